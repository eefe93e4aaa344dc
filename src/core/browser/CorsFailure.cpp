#include "core/browser/CorsFailure.h"

bool CorsFailure::isPreflightAccessError() const
{
    switch (kind) {
    case CorsErrorKind::PreflightInvalidStatus:
    case CorsErrorKind::PreflightDisallowedRedirect:
    case CorsErrorKind::PreflightWildcardOriginNotAllowed:
    case CorsErrorKind::PreflightMissingAllowOriginHeader:
    case CorsErrorKind::PreflightMultipleAllowOriginValues:
    case CorsErrorKind::PreflightInvalidAllowOriginValue:
    case CorsErrorKind::PreflightAllowOriginMismatch:
    case CorsErrorKind::PreflightInvalidAllowCredentials:
        return true;
    default:
        return false;
    }
}

bool CorsFailure::needsCredentials() const
{
    return kind == CorsErrorKind::WildcardOriginNotAllowed
        || kind == CorsErrorKind::PreflightWildcardOriginNotAllowed
        || kind == CorsErrorKind::InvalidAllowCredentials
        || kind == CorsErrorKind::PreflightInvalidAllowCredentials;
}

CorsFailure CorsFailure::asPreflight() const
{
    CorsFailure preflight = *this;
    switch (kind) {
    case CorsErrorKind::WildcardOriginNotAllowed:
        preflight.kind = CorsErrorKind::PreflightWildcardOriginNotAllowed;
        break;
    case CorsErrorKind::MissingAllowOriginHeader:
        preflight.kind = CorsErrorKind::PreflightMissingAllowOriginHeader;
        break;
    case CorsErrorKind::MultipleAllowOriginValues:
        preflight.kind = CorsErrorKind::PreflightMultipleAllowOriginValues;
        break;
    case CorsErrorKind::InvalidAllowOriginValue:
        preflight.kind = CorsErrorKind::PreflightInvalidAllowOriginValue;
        break;
    case CorsErrorKind::AllowOriginMismatch:
        preflight.kind = CorsErrorKind::PreflightAllowOriginMismatch;
        break;
    case CorsErrorKind::InvalidAllowCredentials:
        preflight.kind = CorsErrorKind::PreflightInvalidAllowCredentials;
        break;
    default:
        break;
    }
    return preflight;
}

bool CorsFailure::isLocalNetworkAccessError() const
{
    return kind == CorsErrorKind::InvalidPrivateNetworkAccess
        || kind == CorsErrorKind::InsecurePrivateNetwork
        || kind == CorsErrorKind::LocalNetworkAccessPermissionDenied;
}
