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

inline const QString framework = QStringLiteral("framework");
inline const QString express = QStringLiteral("express");
inline const QString flaskCors = QStringLiteral("flask_cors");
inline const QString djangoCorsHeaders = QStringLiteral("django_cors_headers");

// The values of "mode".
inline const QString middlewareMode = QStringLiteral("middleware");
inline const QString manualMode = QStringLiteral("manual");

// The values of "framework".
inline const QString starletteFramework = QStringLiteral("starlette");
inline const QString expressFramework = QStringLiteral("express");
inline const QString flaskCorsFramework = QStringLiteral("flask-cors");
inline const QString djangoCorsHeadersFramework = QStringLiteral("django-cors-headers");

// Inside "express": npm cors' own option names.
namespace Express {
inline const QString origin = QStringLiteral("origin");
inline const QString regex = QStringLiteral("regex");
inline const QString methods = QStringLiteral("methods");
inline const QString allowedHeaders = QStringLiteral("allowedHeaders");
inline const QString exposedHeaders = QStringLiteral("exposedHeaders");
inline const QString credentials = QStringLiteral("credentials");
inline const QString maxAge = QStringLiteral("maxAge");
inline const QString preflightContinue = QStringLiteral("preflightContinue");
inline const QString optionsSuccessStatus = QStringLiteral("optionsSuccessStatus");
} // namespace Express

// Inside "flask_cors": the keyword arguments of CORS(app, ...).
namespace FlaskCors {
inline const QString origins = QStringLiteral("origins");
inline const QString methods = QStringLiteral("methods");
inline const QString allowHeaders = QStringLiteral("allow_headers");
inline const QString exposeHeaders = QStringLiteral("expose_headers");
inline const QString supportsCredentials = QStringLiteral("supports_credentials");
inline const QString maxAge = QStringLiteral("max_age");
inline const QString sendWildcard = QStringLiteral("send_wildcard");
inline const QString alwaysSend = QStringLiteral("always_send");
inline const QString varyHeader = QStringLiteral("vary_header");
inline const QString automaticOptions = QStringLiteral("automatic_options");
} // namespace FlaskCors

// Inside "django_cors_headers": the settings.py names.
namespace Django {
inline const QString allowedOrigins = QStringLiteral("CORS_ALLOWED_ORIGINS");
inline const QString allowedOriginRegexes = QStringLiteral("CORS_ALLOWED_ORIGIN_REGEXES");
inline const QString allowAllOrigins = QStringLiteral("CORS_ALLOW_ALL_ORIGINS");
inline const QString allowMethods = QStringLiteral("CORS_ALLOW_METHODS");
inline const QString allowHeaders = QStringLiteral("CORS_ALLOW_HEADERS");
inline const QString exposeHeaders = QStringLiteral("CORS_EXPOSE_HEADERS");
inline const QString allowCredentials = QStringLiteral("CORS_ALLOW_CREDENTIALS");
inline const QString preflightMaxAge = QStringLiteral("CORS_PREFLIGHT_MAX_AGE");
inline const QString urlsRegex = QStringLiteral("CORS_URLS_REGEX");
} // namespace Django

} // namespace PolicyKeys
