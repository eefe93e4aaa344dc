#include "core/middleware/ProxyMode.h"

#include "core/http/RawHttpClient.h"

#include <QCoreApplication>

ProxyMode::ProxyMode(const QString &upstream, const CorsMiddleware &middleware)
    : m_upstream(upstream)
    , m_middleware(middleware)
{ }

bool ProxyMode::forwards(const IncomingRequest &request)
{
    return !CorsMiddleware::isPreflight(request);
}

QUrl ProxyMode::upstreamUrl(const IncomingRequest &request, const QString &query) const
{
    QUrl url(m_upstream);
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + request.path);
    url.setQuery(query.isEmpty() ? QString() : query);
    return url;
}

void ProxyMode::forward(const IncomingRequest &request, const QString &query,
                        const QByteArray &body, QObject *context,
                        std::function<void(ServerResponse)> finish) const
{
    RawHttpRequest forwarded;
    forwarded.method = request.method;
    forwarded.url = upstreamUrl(request, query);
    for (const auto &line : request.headers.lines()) {
        const QByteArray name = line.first.toLower();
        if (name != "host" && name != "connection" && name != "content-length"
            && name != "transfer-encoding")
            forwarded.headers.append(line.first, line.second);
    }
    forwarded.body = body;
    auto *client = new RawHttpClient(context);
    // The lambdas hold a copy of this proxy: the policy may change before the upstream answers.
    QObject::connect(client, &RawHttpClient::finished, context,
                     [finish, proxy = *this, request, client](const RawHttpResponse &answer) {
                         ServerResponse upstream;
                         upstream.status = answer.status;
                         upstream.headers = answer.headers;
                         upstream.body = answer.body;
                         finish(proxy.withCors(request, upstream));
                         client->deleteLater();
                     });
    QObject::connect(
        client, &RawHttpClient::failed, context,
        [finish, proxy = *this, request, client, url = forwarded.url](const QString &error) {
            ServerResponse gateway;
            gateway.status = 502;
            gateway.headers.append("Content-Type", "text/plain; charset=utf-8");
            gateway.body = QCoreApplication::translate("CorsHttpServer",
                                                       "The upstream %1 did not answer: %2")
                               .arg(url.toString(), error)
                               .toUtf8();
            finish(proxy.withCors(request, gateway));
            client->deleteLater();
        });
    client->send(forwarded, 10000);
}

ServerResponse ProxyMode::withCors(const IncomingRequest &request, ServerResponse upstream) const
{
    for (const QByteArray name :
         {"Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive"})
        upstream.headers.removeAll(name);
    HeaderLines kept;
    for (const auto &line : upstream.headers.lines()) {
        if (!line.first.toLower().startsWith("access-control-"))
            kept.append(line.first, line.second);
    }
    upstream.headers = kept;
    ServerResponse response = m_middleware.respond(request, upstream);
    response.corsOutcome.proxiedTo = m_upstream;
    return response;
}
