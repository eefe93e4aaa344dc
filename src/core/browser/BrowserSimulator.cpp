#include "core/browser/BrowserSimulator.h"

#include "core/browser/CorsExplanation.h"
#include "core/browser/CorsMessages.h"
#include "core/browser/RequestPreparation.h"
#include "core/http/Origin.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray userAgent
    = "Mozilla/5.0 (X11; Linux x86_64) CORS-Playground/" CORS_PLAYGROUND_VERSION
      " (simulating Chromium)";

} // namespace

BrowserSimulator::BrowserSimulator(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SimulationResult>();
    connect(&m_client, &RawHttpClient::finished, this, &BrowserSimulator::onResponse);
    connect(&m_client, &RawHttpClient::failed, this, &BrowserSimulator::onNetworkError);
}

void BrowserSimulator::simulate(const FetchRequest &request)
{
    cancel();
    m_busy = true;
    m_request = request;
    m_facts = InitiatorFacts::of(request);
    m_request.mode = m_facts.mode;
    m_request.credentials = m_facts.credentials;
    m_result = SimulationResult();
    m_result.initiator = request.initiator;
    m_result.url = request.url;
    m_result.origin = request.pageOrigin;
    m_origin = request.pageOrigin;
    m_currentUrl = request.url;
    m_taintedOrigin = false;
    const PreparedRequest prepared = PreparedRequest::prepare(m_request);
    m_body = prepared.body;
    m_method = prepared.method;
    m_headers = prepared.headers;
    m_result.notes = prepared.notes;
    if (prepared.typeError)
        return finishBlocked(*prepared.typeError, 0);
    m_result.localNetworkAccess = LocalNetworkAccess::check(m_request);
    if (const auto refusal = m_result.localNetworkAccess.failure())
        return finishBlocked(*refusal, 0);
    if (credentialsIncluded() && request.cookies.isEmpty()
        && request.initiator == FetchRequest::Initiator::Fetch)
        m_result.notes.append(tr("With credentials: 'include' the browser sends the cookies it "
                                 "holds for the site; none were given, so no Cookie line."));
    startHop();
}

void BrowserSimulator::cancel()
{
    m_client.abort();
    m_busy = false;
}

bool BrowserSimulator::isCrossOrigin() const
{
    return m_taintedOrigin || !Origin::matchesUrl(m_origin, m_currentUrl);
}

bool BrowserSimulator::forcesPreflight() const
{
    return m_request.initiator == FetchRequest::Initiator::XmlHttpRequest
        && m_request.uploadListener && !m_body.isNull();
}

bool BrowserSimulator::credentialsIncluded() const
{
    return m_request.credentials == FetchRequest::Credentials::Include;
}

QList<QByteArray> BrowserSimulator::unsafeNames(const QList<FetchRules::UnsafeHeader> &unsafe) const
{
    const QByteArray joined = FetchRules::accessControlRequestHeaders(unsafe);
    return joined.isEmpty() ? QList<QByteArray>() : joined.split(',');
}

void BrowserSimulator::startHop()
{
    if (!isCrossOrigin() || m_request.mode == FetchRequest::Mode::NoCors)
        return sendActual();

    const QList<FetchRules::UnsafeHeader> unsafe = FetchRules::unsafeRequestHeaders(m_headers);
    const QStringList reasons
        = PreparedRequest::preflightReasons(m_method, m_headers, forcesPreflight());
    if (reasons.isEmpty())
        return sendActual();

    const QString reason = reasons.join(u"; ");
    const PreflightCache::Entry *cached = m_cache.find(
        m_origin, m_currentUrl, credentialsIncluded(), m_method, unsafeNames(unsafe));
    if (!cached)
        return sendPreflight(unsafe, reason);

    SimulatedExchange exchange;
    exchange.request = cached->request;
    exchange.response = cached->response;
    exchange.reason = reason;
    exchange.fromCache = true;
    m_result.preflight = exchange;
    sendActual();
}

HeaderLines BrowserSimulator::fetchMetadata(bool includeOrigin, bool isPreflight) const
{
    HeaderLines headers;
    if (includeOrigin)
        headers.append("Origin", m_origin.toLatin1());
    headers.append("User-Agent", userAgent);
    // Chromium adds the user's languages to a preflight, and to a request whose page did not
    // set its own.
    if (isPreflight || !m_headers.contains("Accept-Language"))
        headers.append("Accept-Language", "en-US,en;q=0.9");
    const QByteArray site = !isCrossOrigin()
        ? QByteArray("same-origin")
        : (FetchRules::isSameSite(m_request.pageOrigin, m_currentUrl) ? "same-site" : "cross-site");
    headers.append("Sec-Fetch-Site", site);
    headers.append("Sec-Fetch-Mode",
                   m_request.mode == FetchRequest::Mode::NoCors ? "no-cors" : "cors");
    headers.append("Sec-Fetch-Dest", m_facts.destination);
    headers.append("Referer", m_request.pageOrigin.toLatin1() + '/');
    return headers;
}

void BrowserSimulator::sendPreflight(const QList<FetchRules::UnsafeHeader> &unsafe,
                                     const QString &reason)
{
    m_step = Step::Preflight;
    m_preflightReason = reason;
    RawHttpRequest preflight;
    preflight.method = "OPTIONS";
    preflight.url = m_currentUrl;
    preflight.headers.append("Accept", "*/*");
    preflight.headers.append("Access-Control-Request-Method", m_method);
    const QByteArray requestHeaders = FetchRules::accessControlRequestHeaders(unsafe);
    if (!requestHeaders.isEmpty())
        preflight.headers.append("Access-Control-Request-Headers", requestHeaders);
    preflight.headers.append(fetchMetadata(true, true));

    SimulatedExchange exchange;
    exchange.request = preflight;
    exchange.reason = reason;
    m_result.preflight = exchange;
    m_client.send(preflight, m_timeoutMilliseconds);
}

void BrowserSimulator::sendActual()
{
    m_step = Step::Actual;
    RawHttpRequest actual;
    actual.method = m_method;
    actual.url = m_currentUrl;
    actual.headers = m_headers;
    if (!actual.headers.contains("Accept"))
        actual.headers.append("Accept", m_facts.accept);
    // Chromium sends Origin on every CORS request, and on others unless they are GET or HEAD.
    const bool cors = isCrossOrigin() && m_request.mode == FetchRequest::Mode::Cors;
    const bool includeOrigin = cors || (m_method != "GET" && m_method != "HEAD");
    actual.headers.append(fetchMetadata(includeOrigin, false));
    actual.body = m_body;
    // The browser's own cookies for the target, never on a preflight, only where credentials
    // are allowed, and only to the site they belong to.
    const bool sameSiteAsRequested
        = Origin::matchesUrl(Origin::fromUrl(m_request.url).serialized(), m_currentUrl);
    const bool credentialsAllowed = credentialsIncluded()
        || (m_request.credentials == FetchRequest::Credentials::SameOrigin && !isCrossOrigin());
    if (!m_request.cookies.isEmpty() && sameSiteAsRequested && credentialsAllowed)
        actual.headers.append("Cookie", m_request.cookies);

    SimulatedExchange exchange;
    exchange.request = actual;
    m_result.actual = exchange;
    m_client.send(actual, m_timeoutMilliseconds);
}

void BrowserSimulator::onResponse(const RawHttpResponse &response)
{
    if (!m_busy)
        return;
    // The trace keeps every line as received; the checks read duplicates combined.
    for (const QByteArray name : {"Access-Control-Allow-Origin", "Access-Control-Allow-Credentials",
                                  "Access-Control-Allow-Methods", "Access-Control-Allow-Headers",
                                  "Access-Control-Expose-Headers"}) {
        const qsizetype count = response.headers.values(name).size();
        if (count > 1)
            m_result.notes.append(
                tr("%1 came in %2 lines; the browser reads them combined as "
                   "\"%3\".")
                    .arg(QString::fromLatin1(name))
                    .arg(count)
                    .arg(QString::fromLatin1(response.headers.combinedValue(name))));
    }
    // Private Network Access's answer, which servers and libraries still send: Chromium 156
    // never asks for it, and reads nothing from it.
    if (response.headers.contains("Access-Control-Allow-Private-Network"))
        m_result.notes.append(tr("Access-Control-Allow-Private-Network has no effect: Chromium 156 "
                                 "sends no Private Network Access preflight, and Local Network "
                                 "Access asks the user instead."));
    if (m_step == Step::Preflight)
        onPreflightResponse(response);
    else
        onActualResponse(response);
}

void BrowserSimulator::onNetworkError(const QString &errorMessage)
{
    if (m_busy)
        finishBlocked({CorsErrorKind::NetworkError, errorMessage}, 0);
}

void BrowserSimulator::onPreflightResponse(const RawHttpResponse &response)
{
    SimulatedExchange &exchange = *m_result.preflight;
    exchange.response = response;
    CorsChecks::PreflightAllowance allowance;
    std::optional<CorsFailure> failure = CorsChecks::checkPreflightResponse(
        response.status, response.headers, credentialsIncluded(), m_origin, &allowance,
        &exchange.checks);
    const QList<FetchRules::UnsafeHeader> unsafe = FetchRules::unsafeRequestHeaders(m_headers);
    if (!failure) {
        failure = allowance.checkMethod(m_method);
        exchange.checks.append({"Access-Control-Allow-Methods", !failure,
                                tr("must allow the method %1").arg(QString::fromLatin1(m_method))});
    }
    if (!failure && !unsafe.isEmpty()) {
        failure = allowance.checkHeaders(unsafeNames(unsafe));
        if (!failure && m_headers.contains("Authorization")
            && !allowance.headers.contains("authorization"))
            m_result.notes.append(tr("Only \"*\" in Access-Control-Allow-Headers allowed "
                                     "Authorization. Chromium accepts that; the Fetch standard "
                                     "and Firefox do not, so list Authorization by name."));
        exchange.checks.append(
            {"Access-Control-Allow-Headers", !failure,
             tr("must allow %1")
                 .arg(QString::fromLatin1(FetchRules::accessControlRequestHeaders(unsafe)))});
    }
    if (failure)
        return finishBlocked(*failure, response.status);
    m_cache.store(m_origin, m_currentUrl, {allowance, 0, exchange.request, response});
    sendActual();
}

void BrowserSimulator::onActualResponse(const RawHttpResponse &response)
{
    SimulatedExchange &exchange = *m_result.actual;
    exchange.response = response;
    const bool crossOrigin = isCrossOrigin();
    const bool cors = crossOrigin && m_request.mode == FetchRequest::Mode::Cors;
    if (cors) {
        if (const auto failure = CorsChecks::checkAccess(response.headers, credentialsIncluded(),
                                                         m_origin, &exchange.checks))
            return finishBlocked(*failure, response.status);
    }
    if (CorsChecks::isRedirect(response.status, response.headers))
        return followRedirect(response);
    if (!crossOrigin)
        return finishAllowed(SimulationResult::ResponseType::Basic, response.headers);
    if (!cors)
        return finishAllowed(SimulationResult::ResponseType::Opaque, {});
    finishAllowed(SimulationResult::ResponseType::Cors, response.headers);
}

void BrowserSimulator::followRedirect(const RawHttpResponse &response)
{
    const QUrl location
        = m_currentUrl.resolved(QUrl::fromEncoded(response.headers.firstValue("Location")));
    const bool cors = isCrossOrigin() && m_request.mode == FetchRequest::Mode::Cors;
    if (cors && !location.userInfo().isEmpty()) {
        // Chromium 156 quotes the location as '' in its message; the note keeps the real one.
        m_result.notes.append(tr("The redirect went to %1.").arg(location.toString()));
        return finishBlocked({CorsErrorKind::RedirectContainsCredentials, QString()},
                             response.status);
    }
    if (m_result.redirects.size() >= MaximumRedirects) {
        return finishBlocked({CorsErrorKind::NetworkError, u"net::ERR_TOO_MANY_REDIRECTS"_s},
                             response.status);
    }
    m_result.redirects.append(*m_result.actual);
    m_result.actual.reset();
    // A cross-origin hop of a request that is already cross-origin taints its origin: from
    // now on the browser sends "Origin: null".
    if (!Origin::matchesUrl(Origin::fromUrl(m_currentUrl).serialized(), location)
        && isCrossOrigin()) {
        m_taintedOrigin = true;
        m_origin = u"null"_s;
    }
    const int status = response.status;
    if ((status == 303 && m_method != "HEAD")
        || ((status == 301 || status == 302) && m_method == "POST")) {
        m_method = "GET";
        m_body = QByteArray();
        m_headers.removeAll("Content-Type");
    }
    m_currentUrl = location;
    m_result.notes.append(tr("Redirected (%1) to %2.").arg(status).arg(location.toString()));
    const LocalNetworkAccess hop = LocalNetworkAccess::checkRedirect(m_request, location);
    if (const auto refusal = hop.failure()) {
        // The step that refused is the one the trace and the explanation tell. It comes
        // before the hop is made, so Chromium names the page's own origin, not "null".
        m_result.localNetworkAccess = hop;
        m_origin = m_request.pageOrigin;
        return finishBlocked(*refusal, 0);
    }
    startHop();
}

void BrowserSimulator::finishAllowed(SimulationResult::ResponseType type,
                                     const HeaderLines &responseHeaders)
{
    m_result.allowed = true;
    m_result.responseType = type;
    if (type == SimulationResult::ResponseType::Basic) {
        QList<QByteArray> names;
        for (const auto &line : responseHeaders.lines()) {
            const QByteArray name = line.first.toLower();
            if (name != "set-cookie" && name != "set-cookie2" && !names.contains(name))
                names.append(name);
        }
        std::sort(names.begin(), names.end());
        m_result.exposedHeaders = names;
    } else if (type != SimulationResult::ResponseType::Opaque) {
        m_result.exposedHeaders
            = FetchRules::exposedResponseHeaders(responseHeaders, credentialsIncluded());
    }
    if (type == SimulationResult::ResponseType::Opaque)
        m_result.notes.append(CorsExplanation::opaqueConsequence(m_request.initiator));
    m_result.method = m_method;
    m_result.credentialsIncluded = credentialsIncluded();
    m_result.explanation = CorsExplanation::explain(m_result);
    finish();
}

void BrowserSimulator::finishBlocked(const CorsFailure &failure, int status)
{
    m_result.allowed = false;
    m_result.responseType = SimulationResult::ResponseType::Error;
    m_result.failure = failure;
    const QUrl firstUrl = m_request.url;
    const QUrl redirectedFrom = m_currentUrl != firstUrl ? firstUrl : QUrl();
    m_result.chromiumMessage = CorsMessages::chromiumMessage(failure, m_currentUrl, m_origin,
                                                             redirectedFrom, m_request.initiator);
    m_result.firefoxMessage = CorsMessages::firefoxMessage(failure, m_currentUrl, status);
    m_result.method = m_method;
    m_result.credentialsIncluded = credentialsIncluded();
    m_result.failedStatus = status;
    m_result.sentOrigin = m_origin;
    m_result.explanation = CorsExplanation::explain(m_result);
    finish();
}

void BrowserSimulator::finish()
{
    m_busy = false;
    m_client.abort();
    // Always from the event loop, also when fetch() threw before sending anything, so callers
    // get the answer the same way every time.
    QMetaObject::invokeMethod(
        this, [this, result = m_result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
}
