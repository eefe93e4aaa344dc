#include "CorsResponder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

CorsResponder::CorsResponder(const CorsPolicy &policy)
    : m_policy(policy)
{
    if (policy.mode == CorsPolicy::Mode::Middleware)
        m_middleware.emplace(policy.middleware);
}

ServerResponse CorsResponder::respond(const IncomingRequest &request) const
{
    if (m_middleware)
        return m_middleware->respond(request, endpointResponse(request));
    return manualResponse(request);
}

bool CorsResponder::forwardsToUpstream(const IncomingRequest &request) const
{
    return m_middleware && !m_policy.middleware.proxyUpstream.isEmpty()
        && !CorsMiddleware::isPreflight(request);
}

QUrl CorsResponder::upstreamUrl(const IncomingRequest &request, const QString &query) const
{
    QUrl url(m_policy.middleware.proxyUpstream);
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + request.path);
    url.setQuery(query.isEmpty() ? QString() : query);
    return url;
}

ServerResponse CorsResponder::respondWithUpstream(const IncomingRequest &request,
                                                  ServerResponse upstream) const
{
    // The upstream's own CORS headers and framing give way to the policy's and the server's.
    for (const QByteArray name :
         {"Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive"})
        upstream.headers.removeAll(name);
    HeaderLines kept;
    for (const auto &line : upstream.headers.lines()) {
        if (!line.first.toLower().startsWith("access-control-"))
            kept.append(line.first, line.second);
    }
    upstream.headers = kept;
    ServerResponse response = m_middleware->respond(request, upstream);
    response.corsOutcome += QCoreApplication::translate("CorsResponder", " (proxied to %1)")
                                .arg(m_policy.middleware.proxyUpstream);
    return response;
}

ServerResponse CorsResponder::endpointResponse(const IncomingRequest &request)
{
    ServerResponse response;
    response.status = 200;
    response.headers.append("Content-Type", "application/json");
    // A header for Access-Control-Expose-Headers lessons: readable only when exposed.
    response.headers.append("X-Request-ID", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    const QJsonObject body{{u"method"_s, QString::fromLatin1(request.method)},
                           {u"path"_s, request.path}};
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

bool CorsResponder::isPreflightShaped(const IncomingRequest &request)
{
    return request.method == "OPTIONS" && request.headers.contains("Access-Control-Request-Method");
}

ServerResponse CorsResponder::manualResponse(const IncomingRequest &request) const
{
    ServerResponse response;
    response.isPreflight = isPreflightShaped(request);
    const ManualResponse &manual
        = response.isPreflight ? m_policy.manualPreflight : m_policy.manualActual;
    response.status = manual.status;
    response.headers = manual.headers;
    if (!response.isPreflight && ServerResponse::statusAllowsBody(manual.status)) {
        const ServerResponse endpoint = endpointResponse(request);
        response.body = endpoint.body;
        if (!response.headers.contains("Content-Type"))
            response.headers.append("Content-Type", endpoint.headers.firstValue("Content-Type"));
    }
    // The server does not judge manual answers; the simulator and the browser do.
    response.corsDecision = ServerResponse::CorsDecision::Manual;
    response.corsOutcome = response.isPreflight
        ? QCoreApplication::translate("CorsResponder", "manual preflight response")
        : QCoreApplication::translate("CorsResponder", "manual response");
    return response;
}
