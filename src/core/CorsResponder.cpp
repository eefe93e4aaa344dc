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
