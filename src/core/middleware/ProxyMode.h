#pragma once

#include "core/http/IncomingRequest.h"
#include "core/http/ServerResponse.h"
#include "core/middleware/CorsMiddleware.h"

#include <QString>
#include <QUrl>

#include <functional>

class QObject;

// Proxy mode, the CORS debugging proxy: every request but a preflight goes to the upstream API
// (MiddlewareOptions::proxyUpstream), and Starlette's CORS layer is put on what it answered,
// in place of the upstream's own CORS headers. Preflights are answered by the middleware
// itself. A value built once per policy; forward() runs on the calling thread and calls back
// there, through that thread's event loop.
class ProxyMode
{
public:
    ProxyMode(const QString &upstream, const CorsMiddleware &middleware);

    QString upstream() const { return m_upstream; }
    // Whether this request goes to the upstream: everything but preflights.
    static bool forwards(const IncomingRequest &request);
    // The upstream URL for a request: the upstream's path, then the request's path and query.
    QUrl upstreamUrl(const IncomingRequest &request, const QString &query) const;
    // Sends the request to the upstream and calls `finish` with its answer, CORS applied, or
    // with a 502 when it does not answer within 10 s. `context` owns the connection.
    void forward(const IncomingRequest &request, const QString &query, const QByteArray &body,
                 QObject *context, std::function<void(ServerResponse)> finish) const;
    // The CORS layer on the upstream's answer: its framing and CORS headers give way.
    ServerResponse withCors(const IncomingRequest &request, ServerResponse upstream) const;

private:
    QString m_upstream;
    CorsMiddleware m_middleware;
};
