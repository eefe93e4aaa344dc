#include "core/browser/CorsMessages.h"

#include "core/browser/InitiatorFacts.h"

#include <QCoreApplication>
#include <QMetaEnum>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CorsMessages)
};

const QString preflightPrefix
    = u"Response to preflight request doesn't pass access control check: "_s;
const QString validValueHint = u" Have the server send the header with a valid value."_s;

// The access check's reasons, shared by the actual response and the preflight variants.
// Chromium 156 adds the hint to send a valid value only for fetch(): every other initiator's
// message stops after the reason (observed in tests/tst_chromiumconformance).
QString accessReason(CorsErrorKind kind, const QString &detail, bool withHint)
{
    const QString validValueSuffix = withHint ? validValueHint : QString();
    switch (kind) {
    case CorsErrorKind::WildcardOriginNotAllowed:
    case CorsErrorKind::PreflightWildcardOriginNotAllowed:
        return u"The value of the 'Access-Control-Allow-Origin' header in the response must not "
               u"be the wildcard '*' when the request's credentials mode is 'include'."_s;
    case CorsErrorKind::MissingAllowOriginHeader:
    case CorsErrorKind::PreflightMissingAllowOriginHeader:
        return u"No 'Access-Control-Allow-Origin' header is present on the requested resource."_s;
    case CorsErrorKind::MultipleAllowOriginValues:
    case CorsErrorKind::PreflightMultipleAllowOriginValues:
        return u"The 'Access-Control-Allow-Origin' header contains multiple values '"_s + detail
            + u"', but only one is allowed." + validValueSuffix;
    case CorsErrorKind::InvalidAllowOriginValue:
    case CorsErrorKind::PreflightInvalidAllowOriginValue:
        return u"The 'Access-Control-Allow-Origin' header contains the invalid value '"_s + detail
            + u"'." + validValueSuffix;
    case CorsErrorKind::AllowOriginMismatch:
    case CorsErrorKind::PreflightAllowOriginMismatch:
        return u"The 'Access-Control-Allow-Origin' header has a value '"_s + detail
            + u"' that is not equal to the supplied origin." + validValueSuffix;
    case CorsErrorKind::InvalidAllowCredentials:
    case CorsErrorKind::PreflightInvalidAllowCredentials:
        return u"The value of the 'Access-Control-Allow-Credentials' header in the response is '"_s
            + detail + u"' which must be 'true' when the request's credentials mode is 'include'.";
    case CorsErrorKind::PreflightInvalidStatus:
        return u"It does not have HTTP ok status."_s;
    case CorsErrorKind::PreflightDisallowedRedirect:
        return u"Redirect is not allowed for a preflight request."_s;
    default:
        return {};
    }
}

QString firefoxReason(const CorsFailure &failure, int status)
{
    const QString statusSuffix = u" Status code: "_s + QString::number(status) + u'.';
    switch (failure.kind) {
    case CorsErrorKind::MissingAllowOriginHeader:
    case CorsErrorKind::PreflightMissingAllowOriginHeader:
        return u"CORS header \u2018Access-Control-Allow-Origin\u2019 missing)."_s + statusSuffix;
    case CorsErrorKind::WildcardOriginNotAllowed:
    case CorsErrorKind::PreflightWildcardOriginNotAllowed:
        return u"Credential is not supported if the CORS header "
               u"\u2018Access-Control-Allow-Origin\u2019 is \u2018*\u2019)."_s;
    case CorsErrorKind::MultipleAllowOriginValues:
    case CorsErrorKind::PreflightMultipleAllowOriginValues:
        return u"Multiple CORS header \u2018Access-Control-Allow-Origin\u2019 not allowed)."_s;
    case CorsErrorKind::InvalidAllowOriginValue:
    case CorsErrorKind::PreflightInvalidAllowOriginValue:
    case CorsErrorKind::AllowOriginMismatch:
    case CorsErrorKind::PreflightAllowOriginMismatch:
        return u"CORS header \u2018Access-Control-Allow-Origin\u2019 does not match \u2018"_s
            + failure.detail + u"\u2019).";
    case CorsErrorKind::InvalidAllowCredentials:
    case CorsErrorKind::PreflightInvalidAllowCredentials:
        return u"expected \u2018true\u2019 in CORS header "
               u"\u2018Access-Control-Allow-Credentials\u2019)."_s;
    case CorsErrorKind::PreflightInvalidStatus:
        return u"CORS preflight response did not succeed)."_s + statusSuffix;
    case CorsErrorKind::PreflightDisallowedRedirect:
        return u"CORS request external redirect not allowed)."_s;
    case CorsErrorKind::InvalidAllowMethodsPreflightResponse:
        return u"invalid token \u2018"_s + failure.detail
            + u"\u2019 in CORS header \u2018Access-Control-Allow-Methods\u2019).";
    case CorsErrorKind::InvalidAllowHeadersPreflightResponse:
        return u"invalid token \u2018"_s + failure.detail
            + u"\u2019 in CORS header \u2018Access-Control-Allow-Headers\u2019).";
    case CorsErrorKind::MethodDisallowedByPreflightResponse:
        return u"Did not find method in CORS header \u2018Access-Control-Allow-Methods\u2019)."_s;
    case CorsErrorKind::HeaderDisallowedByPreflightResponse:
        return u"header \u2018"_s + failure.detail
            + u"\u2019 is not allowed according to header \u2018Access-Control-Allow-Headers\u2019 "
              u"from CORS preflight response).";
    case CorsErrorKind::DisallowedByMode:
        return u"CORS disabled)."_s;
    case CorsErrorKind::LocalNetworkAccessPermissionDenied:
        return u"CORS request did not succeed). Status code: (null)."_s;
    default:
        return u"CORS request did not succeed)."_s + statusSuffix;
    }
}

} // namespace

namespace CorsMessages {

QString kindName(CorsErrorKind kind)
{
    return QString::fromLatin1(
        QMetaEnum::fromType<CorsErrorKind>().valueToKey(static_cast<int>(kind)));
}

QString chromiumReason(const CorsFailure &failure, FetchRequest::Initiator initiator)
{
    switch (failure.kind) {
    case CorsErrorKind::DisallowedByMode:
        return u"Cross origin requests are not allowed by request mode."_s;
    case CorsErrorKind::InvalidResponse:
        return u"The response is invalid."_s;
    case CorsErrorKind::InvalidAllowMethodsPreflightResponse:
        return u"Cannot parse Access-Control-Allow-Methods response header field in preflight "
               u"response."_s;
    case CorsErrorKind::InvalidAllowHeadersPreflightResponse:
        return u"Cannot parse Access-Control-Allow-Headers response header field in preflight "
               u"response."_s;
    case CorsErrorKind::MethodDisallowedByPreflightResponse:
        return u"Method "_s + failure.detail
            + u" is not allowed by Access-Control-Allow-Methods in preflight response.";
    case CorsErrorKind::HeaderDisallowedByPreflightResponse:
        return u"Request header field "_s + failure.detail
            + u" is not allowed by Access-Control-Allow-Headers in preflight response.";
    case CorsErrorKind::RedirectContainsCredentials:
        return u"Redirect location '"_s + failure.detail
            + u"' contains a username and password, which is disallowed for cross-origin "
              u"requests.";
    case CorsErrorKind::InvalidPrivateNetworkAccess:
        return u"Request had a target IP address space of `"_s + failure.detail
            + u"` yet the resource is in address space `" + failure.addressSpace + u"`.";
    case CorsErrorKind::InsecurePrivateNetwork:
        return u"The request client is not a secure context and the resource is in more-private "
               u"address space `"_s
            + failure.addressSpace + u"`.";
    case CorsErrorKind::LocalNetworkAccessPermissionDenied:
        return u"Permission was denied for this request to access the `"_s + failure.addressSpace
            + u"` address space.";
    case CorsErrorKind::TypeError:
    case CorsErrorKind::NetworkError:
        return failure.detail;
    default:
        break;
    }
    QString reason
        = accessReason(failure.kind, failure.detail, initiator == FetchRequest::Initiator::Fetch);
    if (initiator == FetchRequest::Initiator::XmlHttpRequest && failure.needsCredentials())
        reason += u" The credentials mode of requests initiated by the XMLHttpRequest is "
                  u"controlled by the withCredentials attribute."_s;
    return failure.isPreflightAccessError() ? preflightPrefix + reason : reason;
}

QString chromiumMessage(const CorsFailure &failure, const QUrl &url, const QString &origin,
                        const QUrl &redirectedFrom, FetchRequest::Initiator initiator)
{
    // XMLHttpRequest's open() refuses a method with a SecurityError where fetch() throws.
    if (failure.kind == CorsErrorKind::TypeError)
        return (initiator == FetchRequest::Initiator::XmlHttpRequest ? u"SecurityError: "_s
                                                                     : u"TypeError: "_s)
            + failure.detail;
    if (failure.kind == CorsErrorKind::NetworkError)
        return u"TypeError: Failed to fetch ("_s + failure.detail + u')';
    QString message = u"Access to "_s + InitiatorFacts::wordFor(initiator) + u" at '"
        + url.toString(QUrl::FullyEncoded) + u'\'';
    if (redirectedFrom.isValid())
        message += u" (redirected from '"_s + redirectedFrom.toString(QUrl::FullyEncoded) + u"')";
    return message + u" from origin '" + origin + u"' has been blocked by CORS policy: "
        + chromiumReason(failure, initiator);
}

QString firefoxMessage(const CorsFailure &failure, const QUrl &url, int status)
{
    // Firefox ESR 153 has Local Network Access too, but it neither reads targetAddressSpace nor
    // refuses an insecure page (it asks instead); a refused permission reads like a failed
    // connection, with no status (docs/research/probes/lna/probe_firefox.out.txt).
    if (failure.kind == CorsErrorKind::InvalidPrivateNetworkAccess
        || failure.kind == CorsErrorKind::InsecurePrivateNetwork)
        return {};
    if (failure.kind == CorsErrorKind::TypeError)
        return u"TypeError: "_s + failure.detail;
    if (failure.kind == CorsErrorKind::NetworkError)
        return u"TypeError: NetworkError when attempting to fetch resource."_s;
    return u"Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote "
           u"resource at "_s
        + url.toString(QUrl::FullyEncoded) + u". (Reason: " + firefoxReason(failure, status);
}

} // namespace CorsMessages
