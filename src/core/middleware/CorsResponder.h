#pragma once

#include "core/http/IncomingRequest.h"
#include "core/http/ServerResponse.h"
#include "core/middleware/CorsMiddleware.h"
#include "core/policy/CorsPolicy.h"

#include <QUrl>

#include <optional>

// Decides the embedded server's answer to one request under one policy. Built once per policy
// change, then shared read-only by every request that policy serves.
class CorsResponder
{
public:
    explicit CorsResponder(const CorsPolicy &policy);

    const CorsPolicy &policy() const { return m_policy; }
    ServerResponse respond(const IncomingRequest &request) const;

    // Proxy mode: whether this request goes to the upstream (everything but preflights), and
    // the CORS layer applied to what the upstream answered.
    bool forwardsToUpstream(const IncomingRequest &request) const;
    QUrl upstreamUrl(const IncomingRequest &request, const QString &query) const;
    ServerResponse respondWithUpstream(const IncomingRequest &request,
                                       ServerResponse upstream) const;

    // What the API behind the CORS layer answers to anything: a small JSON echo.
    static ServerResponse endpointResponse(const IncomingRequest &request);
    // A preflight is an OPTIONS request that carries Access-Control-Request-Method.
    static bool isPreflightShaped(const IncomingRequest &request);

private:
    ServerResponse manualResponse(const IncomingRequest &request) const;

    CorsPolicy m_policy;
    std::optional<CorsMiddleware> m_middleware;
};
