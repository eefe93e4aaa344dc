#include "core/browser/SimulationJson.h"

#include "core/browser/CorsMessages.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonArray headerArray(const HeaderLines &headers)
{
    QJsonArray array;
    for (const auto &line : headers.lines())
        array.append(QJsonArray{QString::fromLatin1(line.first), QString::fromLatin1(line.second)});
    return array;
}

QJsonValue exchangeJson(const std::optional<SimulatedExchange> &exchange, bool isPreflight)
{
    if (!exchange)
        return QJsonValue::Null;
    QJsonObject object{{u"request"_s,
                        QJsonObject{{u"method"_s, QString::fromLatin1(exchange->request.method)},
                                    {u"url"_s, exchange->request.url.toString()},
                                    {u"headers"_s, headerArray(exchange->request.headers)}}},
                       {u"response"_s,
                        exchange->response ? QJsonValue(
                            QJsonObject{{u"status"_s, exchange->response->status},
                                        {u"headers"_s, headerArray(exchange->response->headers)}})
                                           : QJsonValue(QJsonValue::Null)}};
    if (isPreflight) {
        object.insert(u"reason"_s, exchange->reason);
        object.insert(u"from_cache"_s, exchange->fromCache);
    }
    QJsonArray checks;
    for (const CorsCheck &check : exchange->checks)
        checks.append(QJsonObject{{u"header"_s, QString::fromLatin1(check.header)},
                                  {u"passed"_s, check.passed},
                                  {u"rule"_s, check.rule}});
    object.insert(u"checks"_s, checks);
    return object;
}

QJsonObject localNetworkAccessJson(const LocalNetworkAccess &access)
{
    return {
        {u"page_address_space"_s, AddressSpaces::name(access.pageSpace)},
        {u"server_address_space"_s, AddressSpaces::name(access.resourceSpace)},
        {u"target_address_space"_s,
         access.targetSpace ? QJsonValue(AddressSpaces::name(*access.targetSpace))
                            : QJsonValue(QJsonValue::Null)},
        {u"permission"_s, FetchRequest::permissionName(access.permission)},
        {u"page_is_secure_context"_s, access.pageIsSecureContext},
        {u"gated"_s, access.isGated()},
        {u"needed_permission"_s,
         access.isGated() ? QJsonValue(access.neededPermission()) : QJsonValue(QJsonValue::Null)},
        {u"step"_s, LocalNetworkAccess::stepName(access.step)}};
}

} // namespace

namespace SimulationJson {

QJsonObject toJson(const SimulationResult &result)
{
    QJsonValue error = QJsonValue::Null;
    if (result.failure)
        error = QJsonObject{{u"kind"_s, CorsMessages::kindName(result.failure->kind)},
                            {u"message"_s, result.chromiumMessage},
                            {u"firefox"_s, result.firefoxMessage}};
    QJsonArray exposed;
    for (const QByteArray &name : result.exposedHeaders)
        exposed.append(QString::fromLatin1(name));
    QJsonArray redirects;
    for (const SimulatedExchange &hop : result.redirects)
        redirects.append(exchangeJson(hop, false));
    return {{u"url"_s, result.url.toString()},
            {u"origin"_s, result.origin},
            {u"initiator"_s, FetchRequest::initiatorName(result.initiator)},
            {u"local_network_access"_s, localNetworkAccessJson(result.localNetworkAccess)},
            {u"preflight"_s, exchangeJson(result.preflight, true)},
            {u"actual"_s, exchangeJson(result.actual, false)},
            {u"redirects"_s, redirects},
            {u"verdict"_s, result.allowed ? u"allowed"_s : u"blocked"_s},
            {u"error"_s, error},
            {u"explanation"_s, result.explanation},
            {u"exposed_headers"_s, exposed},
            {u"response_type"_s, SimulationResult::responseTypeName(result.responseType)},
            {u"notes"_s, QJsonArray::fromStringList(result.notes)}};
}

} // namespace SimulationJson
