#pragma once

#include "core/http/IncomingRequest.h"
#include "core/http/ServerResponse.h"
#include "core/policy/MiddlewareOptions.h"

#include <QRegularExpression>
#include <QStringList>

#include <optional>

// Starlette's CORSMiddleware (0.26.1, the one Debian 12 ships and FastAPI uses), rule for rule:
// which requests are preflights, their 200 "OK" or 400 "Disallowed CORS ..." answers, and the
// headers added to every other response. The differential test holds it to the real one.
class CorsMiddleware
{
public:
    explicit CorsMiddleware(const MiddlewareOptions &options);

    static bool isPreflight(const IncomingRequest &request);
    bool isAllowedOrigin(const QString &origin) const;

    // appResponse is what the application behind the middleware answered.
    ServerResponse respond(const IncomingRequest &request, ServerResponse appResponse) const;

private:
    ServerResponse preflightResponse(const IncomingRequest &request) const;
    ServerResponse simpleResponse(const IncomingRequest &request, ServerResponse response) const;

    QStringList m_allowOrigins;
    QStringList m_allowMethods;
    QStringList m_allowHeadersLowerCase;
    bool m_allowAllOrigins = false;
    bool m_allowAllHeaders = false;
    bool m_preflightExplicitAllowOrigin = false;
    std::optional<QRegularExpression> m_allowOriginRegex;
    HeaderLines m_simpleHeaders;
    HeaderLines m_preflightHeaders;
};
