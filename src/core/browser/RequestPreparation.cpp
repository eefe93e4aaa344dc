#include "core/browser/RequestPreparation.h"

#include "core/browser/FetchRules.h"
#include "core/browser/InitiatorFacts.h"
#include "core/http/Origin.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestPreparation)
};

CorsFailure fetchTypeError(const QString &message)
{
    return {CorsErrorKind::TypeError, u"Failed to execute 'fetch' on 'Window': "_s + message};
}

// XMLHttpRequest's open() throws a SecurityError (CorsMessages words it so).
CorsFailure openSecurityError(const QString &method)
{
    return {CorsErrorKind::TypeError,
            u"Failed to execute 'open' on 'XMLHttpRequest': '%1' HTTP method is unsupported."_s.arg(
                method)};
}

// A font or an element is always a plain GET with the browser's own headers.
PreparedRequest prepareResourceLoad(const FetchRequest &request)
{
    PreparedRequest prepared;
    prepared.method = "GET";
    if (!request.headers.isEmpty() || !request.body.isNull()
        || FetchRules::normalizeMethod(request.method) != "GET")
        prepared.notes.append(Text::tr("A font or an element always loads with GET and the "
                                       "browser's own headers: the method, headers and body were "
                                       "left out."));
    return prepared;
}

PreparedRequest prepareXmlHttpRequest(const FetchRequest &request)
{
    PreparedRequest prepared;
    prepared.method = FetchRules::normalizeMethod(request.method);
    if (FetchRules::isForbiddenMethod(prepared.method)) {
        prepared.typeError = openSecurityError(QString::fromLatin1(prepared.method));
        return prepared;
    }
    for (const auto &line : request.headers.lines()) {
        if (FetchRules::isForbiddenRequestHeader(line.first, line.second))
            prepared.notes.append(
                Text::tr("%1 is a forbidden header: setRequestHeader() refuses it.")
                    .arg(QString::fromLatin1(line.first)));
        else
            prepared.headers.append(line.first, line.second);
    }
    return prepared;
}

} // namespace

PreparedRequest PreparedRequest::prepare(const FetchRequest &request)
{
    if (request.initiator != FetchRequest::Initiator::Fetch
        && request.initiator != FetchRequest::Initiator::XmlHttpRequest)
        return prepareResourceLoad(request);
    if (request.initiator == FetchRequest::Initiator::XmlHttpRequest) {
        PreparedRequest prepared = prepareXmlHttpRequest(request);
        if (prepared.typeError)
            return prepared;
        if (!request.body.isNull() && (prepared.method == "GET" || prepared.method == "HEAD")) {
            prepared.notes.append(
                Text::tr("send() ignores a body for GET and HEAD: none is sent."));
            return prepared;
        }
        prepared.body = request.body;
        if (!request.body.isNull() && !prepared.headers.contains("Content-Type")) {
            prepared.headers.append("Content-Type", "text/plain;charset=UTF-8");
            prepared.notes.append(Text::tr("A string body makes send() add Content-Type: "
                                           "text/plain;charset=UTF-8."));
        }
        return prepared;
    }
    PreparedRequest prepared;
    prepared.method = FetchRules::normalizeMethod(request.method);
    const QString method = QString::fromLatin1(prepared.method);
    if (FetchRules::isForbiddenMethod(prepared.method))
        prepared.typeError = fetchTypeError(u"'%1' HTTP method is unsupported."_s.arg(method));
    else if (!request.body.isNull() && (prepared.method == "GET" || prepared.method == "HEAD"))
        prepared.typeError = fetchTypeError(u"Request with GET/HEAD method cannot have body."_s);
    else if (request.mode == FetchRequest::Mode::NoCors
             && !FetchRules::isSafelistedMethod(prepared.method))
        prepared.typeError = fetchTypeError(u"'%1' is unsupported in no-cors mode."_s.arg(method));
    if (prepared.typeError)
        return prepared;
    prepared.body = request.body;

    for (const auto &line : request.headers.lines()) {
        const QString name = QString::fromLatin1(line.first);
        if (FetchRules::isForbiddenRequestHeader(line.first, line.second)) {
            prepared.notes.append(
                Text::tr("%1 is a forbidden header: fetch() drops it.").arg(name));
        } else if (request.mode == FetchRequest::Mode::NoCors
                   && !FetchRules::safelistProblem(line.first, line.second).isEmpty()) {
            prepared.notes.append(
                Text::tr("%1 is not safelisted: no-cors mode drops it.").arg(name));
        } else {
            prepared.headers.append(line.first, line.second);
        }
    }
    if (!request.body.isNull() && !prepared.headers.contains("Content-Type")) {
        prepared.headers.append("Content-Type", "text/plain;charset=UTF-8");
        prepared.notes.append(Text::tr("A string body makes fetch() add Content-Type: "
                                       "text/plain;charset=UTF-8."));
    }
    return prepared;
}

QStringList PreparedRequest::preflightReasons(const QByteArray &method, const HeaderLines &headers,
                                              bool uploadListenerWithBody)
{
    QStringList reasons;
    if (uploadListenerWithBody)
        reasons.append(Text::tr("an upload listener was registered before send()"));
    if (!FetchRules::isSafelistedMethod(method))
        reasons.append(
            Text::tr("the method %1 is not GET, HEAD or POST").arg(QString::fromLatin1(method)));
    for (const FetchRules::UnsafeHeader &header : FetchRules::unsafeRequestHeaders(headers))
        reasons.append(Text::tr("header %1: %2")
                           .arg(QString::fromLatin1(header.lowerCaseName), header.reason));
    return reasons;
}

RequestPreview RequestPreview::of(const FetchRequest &request)
{
    RequestPreview preview;
    const PreparedRequest prepared = PreparedRequest::prepare(request);
    preview.reasons = prepared.notes;
    if (prepared.typeError) {
        preview.kind = Kind::Refused;
        preview.summary = request.initiator == FetchRequest::Initiator::XmlHttpRequest
            ? Text::tr("open() will throw: %1").arg(prepared.typeError->detail)
            : Text::tr("fetch() will throw: %1").arg(prepared.typeError->detail);
        return preview;
    }
    if (Origin::matchesUrl(request.pageOrigin, request.url)) {
        preview.kind = Kind::SameOrigin;
        preview.summary = Text::tr("Same origin: no CORS at all.");
        return preview;
    }
    if (InitiatorFacts::of(request).mode == FetchRequest::Mode::NoCors) {
        preview.kind = Kind::NoCors;
        preview.summary = FetchRequest::isElement(request.initiator)
            ? Text::tr("No crossorigin attribute: loaded without CORS; it works, but the page "
                       "gets an opaque response it cannot read.")
            : Text::tr("no-cors: sent without a preflight; the page gets an opaque "
                       "response it cannot read.");
        return preview;
    }
    const bool forced = request.initiator == FetchRequest::Initiator::XmlHttpRequest
        && request.uploadListener && !prepared.body.isNull();
    const QStringList reasons
        = PreparedRequest::preflightReasons(prepared.method, prepared.headers, forced);
    if (reasons.isEmpty()) {
        preview.kind = Kind::Simple;
        preview.summary = Text::tr("Simple request: sent at once, no preflight.");
    } else {
        preview.kind = Kind::Preflighted;
        preview.summary = Text::tr("Preflighted: an OPTIONS request goes first, because %1.")
                              .arg(reasons.join(u"; "));
        preview.reasons = reasons + preview.reasons;
    }
    return preview;
}
