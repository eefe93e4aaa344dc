#pragma once

#include <QString>

// The policy file's JSON keys, a public contract: written once here and used by the reader,
// the writer, the validation (its errors name the field) and the forms (they show each error
// beside its field). Extend, never rename.
namespace PolicyKeys {

inline const QString mode = QStringLiteral("mode");
inline const QString allowOrigins = QStringLiteral("allow_origins");
inline const QString allowOriginRegex = QStringLiteral("allow_origin_regex");
inline const QString allowMethods = QStringLiteral("allow_methods");
inline const QString allowHeaders = QStringLiteral("allow_headers");
inline const QString allowCredentials = QStringLiteral("allow_credentials");
inline const QString exposeHeaders = QStringLiteral("expose_headers");
inline const QString maxAge = QStringLiteral("max_age");
inline const QString proxyUpstream = QStringLiteral("proxy_upstream");
inline const QString manual = QStringLiteral("manual");
inline const QString preflight = QStringLiteral("preflight");
inline const QString actual = QStringLiteral("actual");
inline const QString status = QStringLiteral("status");
inline const QString headers = QStringLiteral("headers");

// The values of "mode".
inline const QString middlewareMode = QStringLiteral("middleware");
inline const QString manualMode = QStringLiteral("manual");

} // namespace PolicyKeys
