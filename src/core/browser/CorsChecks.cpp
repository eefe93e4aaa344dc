#include "core/browser/CorsChecks.h"

#include "core/http/HttpSyntax.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CorsChecks)
};

void record(QList<CorsCheck> *checks, const QByteArray &header, bool passed, const QString &rule)
{
    if (checks)
        checks->append({header, passed, rule});
}

// GURL-like validity, enough to tell Chromium's "invalid value" from "mismatch".
bool looksLikeUrl(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return false;
    static const QStringList hierarchical{u"http"_s, u"https"_s, u"ws"_s, u"wss"_s, u"ftp"_s};
    return !hierarchical.contains(url.scheme().toLower()) || !url.host().isEmpty();
}

// Access-Control-Allow-Methods/-Headers: comma-separated tokens, empty items ignored.
bool parseAllowList(const HeaderLines &headers, const QByteArray &name, bool lowerCase,
                    QList<QByteArray> *values, QByteArray *badItem)
{
    if (!headers.contains(name))
        return true;
    for (const QByteArray &item : headers.combinedValue(name).split(',')) {
        const QByteArray value = item.trimmed();
        if (value.isEmpty())
            continue;
        if (!HttpSyntax::isToken(value)) {
            *badItem = value;
            return false;
        }
        values->append(lowerCase ? value.toLower() : value);
    }
    return true;
}

} // namespace

namespace CorsChecks {

std::optional<CorsFailure> checkAccess(const HeaderLines &responseHeaders, bool credentialsIncluded,
                                       const QString &origin, QList<CorsCheck> *checks)
{
    const QByteArray allowOriginName = "Access-Control-Allow-Origin";
    const bool hasAllowOrigin = responseHeaders.contains(allowOriginName);
    const QString allowOrigin = QString::fromLatin1(responseHeaders.combinedValue(allowOriginName));

    if (hasAllowOrigin && allowOrigin == u"*") {
        if (credentialsIncluded) {
            record(checks, allowOriginName, false,
                   Text::tr("\"*\" is not accepted when the request includes credentials"));
            return CorsFailure{CorsErrorKind::WildcardOriginNotAllowed, {}};
        }
        record(checks, allowOriginName, true,
               Text::tr("\"*\" allows every origin (the request has no credentials)"));
        return std::nullopt;
    }
    if (!hasAllowOrigin) {
        record(checks, allowOriginName, false, Text::tr("must be present"));
        return CorsFailure{CorsErrorKind::MissingAllowOriginHeader, {}};
    }
    if (allowOrigin != origin) {
        CorsFailure failure{CorsErrorKind::AllowOriginMismatch, allowOrigin};
        if (allowOrigin.contains(u' ') || allowOrigin.contains(u','))
            failure.kind = CorsErrorKind::MultipleAllowOriginValues;
        else if (allowOrigin != u"null" && !looksLikeUrl(allowOrigin))
            failure.kind = CorsErrorKind::InvalidAllowOriginValue;
        record(checks, allowOriginName, false,
               Text::tr("must be exactly the page's origin %1 (or \"*\")").arg(origin));
        return failure;
    }
    record(checks, allowOriginName, true, Text::tr("equals the page's origin %1").arg(origin));

    if (credentialsIncluded) {
        const QByteArray allowCredentialsName = "Access-Control-Allow-Credentials";
        const QString allowCredentials
            = QString::fromLatin1(responseHeaders.combinedValue(allowCredentialsName));
        const bool passed = allowCredentials == u"true";
        record(checks, allowCredentialsName, passed,
               Text::tr("must be exactly \"true\" when the request includes credentials"));
        if (!passed)
            return CorsFailure{CorsErrorKind::InvalidAllowCredentials, allowCredentials};
    }
    return std::nullopt;
}

std::optional<CorsFailure> PreflightAllowance::checkMethod(const QByteArray &method) const
{
    // Chromium 156 compares the method exactly as fetch() normalised it: `patch` is not
    // allowed by "PATCH" (the conformance suite shows it).
    if (methods.contains(method) || method == "GET" || method == "HEAD" || method == "POST")
        return std::nullopt;
    if (!credentialsIncluded && methods.contains("*"))
        return std::nullopt;
    return CorsFailure{CorsErrorKind::MethodDisallowedByPreflightResponse,
                       QString::fromLatin1(method)};
}

std::optional<CorsFailure>
PreflightAllowance::checkHeaders(const QList<QByteArray> &unsafeLowerCaseNames) const
{
    // Without credentials "*" allows every header. The Fetch standard excludes Authorization
    // from the wildcard, and so does Firefox, but Chromium 156 does not (conformance suite).
    if (!credentialsIncluded && headers.contains("*"))
        return std::nullopt;
    for (const QByteArray &name : unsafeLowerCaseNames) {
        if (!headers.contains(name))
            return CorsFailure{CorsErrorKind::HeaderDisallowedByPreflightResponse,
                               QString::fromLatin1(name)};
    }
    return std::nullopt;
}

bool isRedirect(int status, const HeaderLines &headers)
{
    const bool redirectStatus
        = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    return redirectStatus && headers.contains("Location");
}

qint64 maxAgeSeconds(const HeaderLines &headers)
{
    if (!headers.contains("Access-Control-Max-Age"))
        return 5;
    bool isNumber = false;
    const qint64 seconds = headers.combinedValue("Access-Control-Max-Age").toLongLong(&isNumber);
    if (!isNumber)
        return 5;
    return std::clamp<qint64>(seconds, 0, 7200);
}

std::optional<CorsFailure> checkPreflightResponse(int status, const HeaderLines &responseHeaders,
                                                  bool credentialsIncluded, const QString &origin,
                                                  PreflightAllowance *allowance,
                                                  QList<CorsCheck> *checks)
{
    if (isRedirect(status, responseHeaders)) {
        record(checks, "Location", false, Text::tr("a preflight must not be redirected"));
        return CorsFailure{CorsErrorKind::PreflightDisallowedRedirect, {}};
    }
    if (const auto failure = checkAccess(responseHeaders, credentialsIncluded, origin, checks))
        return failure->asPreflight();
    const bool okStatus = status >= 200 && status <= 299;
    record(checks, QByteArray(), okStatus,
           Text::tr("a preflight must be answered with a 2xx status (got %1)").arg(status));
    if (!okStatus)
        return CorsFailure{CorsErrorKind::PreflightInvalidStatus, QString::number(status)};

    PreflightAllowance parsed;
    parsed.credentialsIncluded = credentialsIncluded;
    QByteArray badItem;
    if (!parseAllowList(responseHeaders, "Access-Control-Allow-Methods", false, &parsed.methods,
                        &badItem)) {
        record(checks, "Access-Control-Allow-Methods", false,
               Text::tr("must be a comma-separated list of methods"));
        return CorsFailure{CorsErrorKind::InvalidAllowMethodsPreflightResponse,
                           QString::fromLatin1(badItem)};
    }
    if (!parseAllowList(responseHeaders, "Access-Control-Allow-Headers", true, &parsed.headers,
                        &badItem)) {
        record(checks, "Access-Control-Allow-Headers", false,
               Text::tr("must be a comma-separated list of header names"));
        return CorsFailure{CorsErrorKind::InvalidAllowHeadersPreflightResponse,
                           QString::fromLatin1(badItem)};
    }
    parsed.maxAgeSeconds = maxAgeSeconds(responseHeaders);
    if (allowance)
        *allowance = parsed;
    return std::nullopt;
}

} // namespace CorsChecks
