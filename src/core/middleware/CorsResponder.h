#pragma once

#include "core/http/IncomingRequest.h"
#include "core/http/ServerResponse.h"
#include "core/middleware/CorsMiddleware.h"
#include "core/middleware/DjangoCorsMiddleware.h"
#include "core/middleware/ExpressCorsMiddleware.h"
#include "core/middleware/FlaskCorsMiddleware.h"
#include "core/middleware/ProxyMode.h"
#include "core/policy/CorsPolicy.h"

#include <optional>

// Decides the embedded server's answer to one request under one policy. Built once per policy
// change, then shared read-only by every request that policy serves.
class CorsResponder
{
public:
    explicit CorsResponder(const CorsPolicy &policy);

    const CorsPolicy &policy() const { return m_policy; }
    ServerResponse respond(const IncomingRequest &request) const;

    // The proxy that forwards this request to an upstream, or null when it is answered here
    // (proxy mode belongs to the Starlette framework).
    const ProxyMode *proxyFor(const IncomingRequest &request) const;

    // What the API behind the CORS layer answers: a small JSON echo, or for a path such as
    // /logo.png a resource of that kind (EndpointResource).
    static ServerResponse endpointResponse(const IncomingRequest &request);
    // A preflight is an OPTIONS request that carries Access-Control-Request-Method.
    static bool isPreflightShaped(const IncomingRequest &request);

private:
    ServerResponse manualResponse(const IncomingRequest &request) const;

    CorsPolicy m_policy;
    // Exactly one of these answers in middleware mode: the policy's framework.
    std::optional<CorsMiddleware> m_middleware;
    std::optional<ExpressCorsMiddleware> m_express;
    std::optional<FlaskCorsMiddleware> m_flaskCors;
    std::optional<DjangoCorsMiddleware> m_djangoCorsHeaders;
    std::optional<ProxyMode> m_proxy;
};
