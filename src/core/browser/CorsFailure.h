#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace CorsErrors {
Q_NAMESPACE

// Why the browser refused a response: Chromium's network::mojom::CorsError kinds, plus the
// two ways fetch() fails before CORS is even reached. The enumerators' names are the names
// shown to users and written in JSON (CorsMessages::kindName), so they are Chromium's.
enum class CorsErrorKind {
    DisallowedByMode,
    InvalidResponse,
    WildcardOriginNotAllowed,
    MissingAllowOriginHeader,
    MultipleAllowOriginValues,
    InvalidAllowOriginValue,
    AllowOriginMismatch,
    InvalidAllowCredentials,
    PreflightInvalidStatus,
    PreflightDisallowedRedirect,
    PreflightWildcardOriginNotAllowed,
    PreflightMissingAllowOriginHeader,
    PreflightMultipleAllowOriginValues,
    PreflightInvalidAllowOriginValue,
    PreflightAllowOriginMismatch,
    PreflightInvalidAllowCredentials,
    InvalidAllowMethodsPreflightResponse,
    InvalidAllowHeadersPreflightResponse,
    MethodDisallowedByPreflightResponse,
    HeaderDisallowedByPreflightResponse,
    RedirectContainsCredentials,
    // Local Network Access (LocalNetworkAccess), refused before anything is sent: fetch()'s
    // targetAddressSpace is not the resource's space; the page is not a secure context; the
    // user did not allow it.
    InvalidPrivateNetworkAccess,
    InsecurePrivateNetwork,
    LocalNetworkAccessPermissionDenied,
    // fetch() threw before sending anything (a forbidden method, PUT in no-cors mode, ...).
    TypeError,
    // The connection failed: no server, a reset, a malformed response.
    NetworkError,
};
Q_ENUM_NS(CorsErrorKind)

} // namespace CorsErrors

using CorsErrors::CorsErrorKind;

struct CorsFailure
{
    CorsFailure() = default;
    CorsFailure(CorsErrorKind failureKind, QString failureDetail = {},
                QString resourceAddressSpace = {})
        : kind(failureKind)
        , detail(std::move(failureDetail))
        , addressSpace(std::move(resourceAddressSpace))
    { }

    CorsErrorKind kind = CorsErrorKind::NetworkError;
    // The value Chromium quotes: a header value, a method, a header name, a location.
    QString detail;
    // The Local Network Access failures: the resource's address space ("loopback", "local").
    // Their detail is the targetAddressSpace, where Chromium quotes it.
    QString addressSpace;

    bool isPreflightAccessError() const;
    // A failure Chromium reports only for a request with credentials (its reason names the
    // request's credentials mode).
    bool needsCredentials() const;
    bool isLocalNetworkAccessError() const;
    // The same access failure found on a preflight response (Chromium's kPreflight* kinds).
    CorsFailure asPreflight() const;
};
