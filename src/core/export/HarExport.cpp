#include "core/export/HarExport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonArray headerArray(const HeaderLines &headers)
{
    QJsonArray array;
    for (const auto &line : headers.lines())
        array.append(QJsonObject{{u"name"_s, QString::fromLatin1(line.first)},
                                 {u"value"_s, QString::fromLatin1(line.second)}});
    return array;
}

QJsonObject entry(const SimulatedExchange &exchange, const QString &comment)
{
    const RawHttpRequest &request = exchange.request;
    QJsonArray query;
    for (const auto &item : QUrlQuery(request.url).queryItems(QUrl::FullyDecoded))
        query.append(QJsonObject{{u"name"_s, item.first}, {u"value"_s, item.second}});
    QJsonObject harRequest{{u"method"_s, QString::fromLatin1(request.method)},
                           {u"url"_s, request.url.toString()},
                           {u"httpVersion"_s, u"HTTP/1.1"_s},
                           {u"cookies"_s, QJsonArray()},
                           {u"headers"_s, headerArray(request.headers)},
                           {u"queryString"_s, query},
                           {u"headersSize"_s, -1},
                           {u"bodySize"_s, request.body.size()}};
    if (!request.body.isEmpty())
        harRequest.insert(
            u"postData"_s,
            QJsonObject{
                {u"mimeType"_s, QString::fromLatin1(request.headers.firstValue("Content-Type"))},
                {u"text"_s, QString::fromUtf8(request.body)}});
    QJsonObject harResponse{{u"status"_s, 0},
                            {u"statusText"_s, QString()},
                            {u"httpVersion"_s, u"HTTP/1.1"_s},
                            {u"cookies"_s, QJsonArray()},
                            {u"headers"_s, QJsonArray()},
                            {u"content"_s, QJsonObject{{u"size"_s, 0}, {u"mimeType"_s, QString()}}},
                            {u"redirectURL"_s, QString()},
                            {u"headersSize"_s, -1},
                            {u"bodySize"_s, -1}};
    if (exchange.response) {
        const RawHttpResponse &response = *exchange.response;
        harResponse
            = {{u"status"_s, response.status},
               {u"statusText"_s, QString::fromLatin1(response.reasonPhrase)},
               {u"httpVersion"_s, QString::fromLatin1(response.httpVersion)},
               {u"cookies"_s, QJsonArray()},
               {u"headers"_s, headerArray(response.headers)},
               {u"content"_s,
                QJsonObject{{u"size"_s, response.body.size()},
                            {u"mimeType"_s,
                             QString::fromLatin1(response.headers.firstValue("Content-Type"))},
                            {u"text"_s, QString::fromUtf8(response.body)}}},
               {u"redirectURL"_s, QString::fromLatin1(response.headers.firstValue("Location"))},
               {u"headersSize"_s, -1},
               {u"bodySize"_s, response.body.size()}};
    }
    return {{u"startedDateTime"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"time"_s, 0},
            {u"request"_s, harRequest},
            {u"response"_s, harResponse},
            {u"cache"_s, QJsonObject()},
            {u"timings"_s, QJsonObject{{u"send"_s, 0}, {u"wait"_s, 0}, {u"receive"_s, 0}}},
            {u"comment"_s, comment}};
}

} // namespace

namespace HarExport {

QJsonObject toHar(const SimulationResult &result)
{
    QJsonArray entries;
    if (result.preflight && !result.preflight->fromCache)
        entries.append(entry(*result.preflight, u"CORS preflight: "_s + result.preflight->reason));
    for (const SimulatedExchange &hop : result.redirects)
        entries.append(entry(hop, u"redirect"_s));
    if (result.actual)
        entries.append(
            entry(*result.actual, result.allowed ? u"allowed"_s : result.chromiumMessage));
    const QJsonObject log{{u"version"_s, u"1.2"_s},
                          {u"creator"_s,
                           QJsonObject{{u"name"_s, u"CORS Playground"_s},
                                       {u"version"_s, QStringLiteral(CORS_PLAYGROUND_VERSION)}}},
                          {u"pages"_s, QJsonArray()},
                          {u"entries"_s, entries},
                          {u"comment"_s, result.allowed ? u"allowed"_s : result.chromiumMessage}};
    return {{u"log"_s, log}};
}

} // namespace HarExport
