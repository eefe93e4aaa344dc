#include "core/browser/CorsExplanation.h"

#include "core/browser/LocalNetworkAccessText.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CorsExplanation)
};

// The allowed verdicts' words keep the context they were first translated in.
struct AllowedText
{
    Q_DECLARE_TR_FUNCTIONS(BrowserSimulator)
};

QString mismatchDetail(const QString &value, const QString &origin)
{
    if (value == origin + u'/')
        return Text::tr("The value has a trailing slash; an origin never has one.");
    if (value.compare(origin, Qt::CaseInsensitive) == 0)
        return Text::tr("The value differs only in upper/lower case; origins are compared "
                        "exactly.");
    if (value.section(u':', 0, 1) == origin.section(u':', 0, 1))
        return Text::tr("The port differs; the port is part of the origin.");
    if (value.section(u"://"_s, 1) == origin.section(u"://"_s, 1))
        return Text::tr("The scheme differs (http and https are different origins).");
    return Text::tr("Origins must match exactly: scheme, host and port.");
}

QString allowOriginFix(const QString &origin)
{
    return Text::tr("Fix: send exactly one line \"Access-Control-Allow-Origin: %1\" (in middleware "
                    "mode, put %1 in allow_origins).")
        .arg(origin);
}

QString onWhich(const CorsFailure &failure)
{
    return failure.isPreflightAccessError() ? Text::tr("The preflight (OPTIONS) response")
                                            : Text::tr("The response");
}

} // namespace

namespace CorsExplanation {

QString opaqueConsequence(FetchRequest::Initiator initiator)
{
    switch (initiator) {
    case FetchRequest::Initiator::Image:
        return Text::tr("No crossorigin attribute: the image loads without CORS and shows, but "
                        "it taints any canvas it is drawn on, so toDataURL() and getImageData() "
                        "throw \"Tainted canvases may not be exported.\" To read its pixels, add "
                        "crossorigin=\"anonymous\" and have the server allow this origin.");
    case FetchRequest::Initiator::Script:
        return Text::tr("No crossorigin attribute: the script loads without CORS and runs, but "
                        "its errors reach window.onerror only as \"Script error.\", with no "
                        "message, line or stack. Add crossorigin=\"anonymous\" and have the "
                        "server allow this origin to see them.");
    case FetchRequest::Initiator::Stylesheet:
        return Text::tr("No crossorigin attribute: the stylesheet loads without CORS and its "
                        "styles apply, but the page cannot read its rules: sheet.cssRules throws "
                        "a SecurityError. Add crossorigin=\"anonymous\" and have the server "
                        "allow this origin to read them.");
    default:
        return Text::tr("no-cors: the request went out without CORS and the page gets an "
                        "opaque response: status 0, no headers, no body it can read.");
    }
}

QString explain(const CorsFailure &failure, const Context &context)
{
    const QString &origin = context.origin;
    switch (failure.kind) {
    case CorsErrorKind::MissingAllowOriginHeader:
    case CorsErrorKind::PreflightMissingAllowOriginHeader:
        return Text::tr("%1 has no Access-Control-Allow-Origin header, so the browser keeps it "
                        "from the page at %2. ")
                   .arg(onWhich(failure), origin)
            + allowOriginFix(origin);
    case CorsErrorKind::WildcardOriginNotAllowed:
    case CorsErrorKind::PreflightWildcardOriginNotAllowed:
        return Text::tr("%1 allows any origin with \"*\", but the request carries credentials "
                        "(credentials: 'include'), and with credentials the wildcard is never "
                        "accepted. Fix: answer with the exact origin, "
                        "\"Access-Control-Allow-Origin: %2\", plus "
                        "\"Access-Control-Allow-Credentials: true\"; or send the request without "
                        "credentials.")
            .arg(onWhich(failure), origin);
    case CorsErrorKind::MultipleAllowOriginValues:
    case CorsErrorKind::PreflightMultipleAllowOriginValues:
        return Text::tr("%1 gives Access-Control-Allow-Origin as \"%2\": two header lines, or a "
                        "list. Browsers accept exactly one origin. A server that allows several "
                        "origins must pick the one that asked, per request. ")
                   .arg(onWhich(failure), failure.detail)
            + allowOriginFix(origin);
    case CorsErrorKind::InvalidAllowOriginValue:
    case CorsErrorKind::PreflightInvalidAllowOriginValue:
        return Text::tr("%1 gives Access-Control-Allow-Origin as \"%2\", which is not an origin. ")
                   .arg(onWhich(failure), failure.detail)
            + allowOriginFix(origin);
    case CorsErrorKind::AllowOriginMismatch:
    case CorsErrorKind::PreflightAllowOriginMismatch:
        return Text::tr("%1 allows the origin \"%2\", but the page's origin is \"%3\". %4 ")
                   .arg(onWhich(failure), failure.detail, origin,
                        mismatchDetail(failure.detail, origin))
            + allowOriginFix(origin);
    case CorsErrorKind::InvalidAllowCredentials:
    case CorsErrorKind::PreflightInvalidAllowCredentials:
        return (failure.isPreflightAccessError()
                    ? Text::tr("The request carries credentials, so the preflight (OPTIONS) "
                               "response must say \"Access-Control-Allow-Credentials: true\" "
                               "(exactly, in lower case); it says \"%1\". Fix: send that header "
                               "(allow_credentials in middleware mode), or send the request "
                               "without credentials.")
                    : Text::tr("The request carries credentials, so the response must say "
                               "\"Access-Control-Allow-Credentials: true\" (exactly, in lower "
                               "case); it says \"%1\". Fix: send that header (allow_credentials "
                               "in middleware mode), or send the request without credentials."))
            .arg(failure.detail);
    case CorsErrorKind::PreflightInvalidStatus:
        return Text::tr("The preflight (OPTIONS) was answered with status %1, and a preflight "
                        "must get a 2xx status. Fix: answer OPTIONS with 200 or 204 and the CORS "
                        "headers. Often OPTIONS has no route, or an authentication check runs "
                        "before CORS.")
            .arg(context.status);
    case CorsErrorKind::PreflightDisallowedRedirect:
        return Text::tr("The preflight (OPTIONS) was answered with a redirect, and browsers never "
                        "follow redirects for a preflight. Fix: call the final URL directly (a "
                        "missing trailing slash or http-to-https redirect is the usual cause), or "
                        "answer OPTIONS without redirecting.");
    case CorsErrorKind::InvalidAllowMethodsPreflightResponse:
        return Text::tr("Access-Control-Allow-Methods on the preflight response is not a "
                        "comma-separated list of method names, so the browser cannot read it. "
                        "Fix: send e.g. \"Access-Control-Allow-Methods: GET, PUT, DELETE\".");
    case CorsErrorKind::InvalidAllowHeadersPreflightResponse:
        return Text::tr("Access-Control-Allow-Headers on the preflight response is not a "
                        "comma-separated list of header names, so the browser cannot read it. "
                        "Fix: send e.g. \"Access-Control-Allow-Headers: Content-Type, "
                        "X-API-Key\".");
    case CorsErrorKind::MethodDisallowedByPreflightResponse: {
        QString text = Text::tr("The request uses the method %1, which needs permission (only "
                                "GET, HEAD and POST do not), and the preflight response's "
                                "Access-Control-Allow-Methods does not list it. Fix: add %1 to "
                                "Access-Control-Allow-Methods (allow_methods in middleware "
                                "mode).")
                           .arg(failure.detail);
        if (failure.detail != failure.detail.toUpper())
            text += u' '
                + Text::tr("fetch() sends %1 in lower case as written, and the server must list "
                           "it in exactly that case; writing the method in upper case in the "
                           "page is simpler.")
                      .arg(failure.detail);
        if (context.credentialsIncluded)
            text += u' ' + Text::tr("With credentials, \"*\" does not count as a wildcard.");
        return text;
    }
    case CorsErrorKind::HeaderDisallowedByPreflightResponse: {
        QString text = Text::tr("The request sends the header %1, which needs permission, and "
                                "the preflight response's Access-Control-Allow-Headers does not "
                                "list it. Fix: add %1 to Access-Control-Allow-Headers "
                                "(allow_headers in middleware mode), or stop sending it.")
                           .arg(failure.detail);
        if (failure.detail == u"authorization")
            text += u' ' + Text::tr("\"*\" never covers Authorization: it must be listed by name.");
        else if (context.credentialsIncluded)
            text += u' ' + Text::tr("With credentials, \"*\" does not count as a wildcard.");
        return text;
    }
    case CorsErrorKind::RedirectContainsCredentials:
        return Text::tr("The server redirected to a URL with a user name or password in it; "
                        "browsers refuse that for cross-origin requests. Fix: redirect to a URL "
                        "without credentials.");
    case CorsErrorKind::DisallowedByMode:
        return Text::tr("The request's mode does not allow cross-origin requests.");
    case CorsErrorKind::TypeError:
        return Text::tr("fetch() refused the request before sending anything: %1")
            .arg(failure.detail);
    case CorsErrorKind::NetworkError:
        return Text::tr("The request did not complete (%1). Is the server running, and is the "
                        "URL right?")
            .arg(failure.detail);
    case CorsErrorKind::InvalidPrivateNetworkAccess:
    case CorsErrorKind::InsecurePrivateNetwork:
    case CorsErrorKind::LocalNetworkAccessPermissionDenied:
        return LocalNetworkAccessText::explain(failure);
    case CorsErrorKind::InvalidResponse:
        break;
    }
    return Text::tr("The response is invalid.");
}

QString explainAllowed(const AllowedContext &context)
{
    switch (context.responseType) {
    case SimulationResult::ResponseType::Basic:
        return AllowedText::tr("Same origin: the page %1 and the URL share scheme, host and "
                               "port, so CORS does not apply and the page may read everything.")
            .arg(context.origin);
    case SimulationResult::ResponseType::Opaque:
        return AllowedText::tr("no-cors mode: the request was sent, but the response is "
                               "opaque. JavaScript sees status 0, no headers and no body, and "
                               "no CORS error is reported.");
    default:
        break;
    }
    QString text = context.credentialsIncluded
        ? AllowedText::tr("Allowed: Access-Control-Allow-Origin names %1 and "
                          "Access-Control-Allow-Credentials is true.")
              .arg(context.origin)
        : AllowedText::tr("Allowed: Access-Control-Allow-Origin allows %1.").arg(context.origin);
    if (context.preflighted) {
        text += u' '
            + (context.preflightFromCache
                   ? AllowedText::tr("The preflight came from the browser's preflight cache.")
                   : AllowedText::tr("A preflight was needed (%1) and it allowed the request.")
                         .arg(context.preflightReason));
    }
    QStringList exposed;
    for (const QByteArray &name : context.exposedHeaders)
        exposed.append(QString::fromLatin1(name));
    text += u' '
        + AllowedText::tr("JavaScript can read these response headers: %1.")
              .arg(exposed.join(u", "));
    return text;
}

QString explain(const SimulationResult &result)
{
    if (!result.allowed && result.failure && result.localNetworkAccess.refuses()) {
        const QString text
            = LocalNetworkAccessText::explain(result.localNetworkAccess, result.origin);
        return result.redirects.isEmpty()
            ? text
            : LocalNetworkAccessText::onRedirect(result.url) + u' ' + text;
    }
    const QString afterGrant = LocalNetworkAccessText::afterGrant(result.localNetworkAccess);
    const auto withGrant = [&afterGrant](const QString &text) {
        return afterGrant.isEmpty() ? text : afterGrant + u' ' + text;
    };
    if (!result.allowed && result.failure)
        return withGrant(explain(
            *result.failure,
            {result.sentOrigin, result.method, result.credentialsIncluded, result.failedStatus}));
    AllowedContext context;
    context.origin = result.origin;
    context.responseType = result.responseType;
    context.credentialsIncluded = result.credentialsIncluded;
    if (result.preflight) {
        context.preflighted = true;
        context.preflightFromCache = result.preflight->fromCache;
        context.preflightReason = result.preflight->reason;
    }
    context.exposedHeaders = result.exposedHeaders;
    return withGrant(explainAllowed(context));
}

} // namespace CorsExplanation
