#include "core/export/HarExport.h"
#include "core/export/RequestSnippets.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
FetchRequest composed()
{
    FetchRequest request;
    request.pageOrigin = u"http://localhost:3000"_s;
    request.url = QUrl(u"http://127.0.0.1:8000/api/data?page=2"_s);
    request.method = u"put"_s;
    request.headers = {{"X-API-Key", "it's secret"}};
    request.body = "{\"a\": 1}";
    request.credentials = FetchRequest::Credentials::Include;
    request.cookies = "session=1";
    return request;
}
} // namespace

class TestRequestSnippets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void curlShowsThePreflightAndTheRequest()
    {
        const QString curl = RequestSnippets::curl(composed());
        QVERIFY2(
            curl.startsWith(
                u"# The preflight the browser sends first (the method PUT is not GET, HEAD or POST"_s),
            qPrintable(curl));
        QVERIFY(
            curl.contains(u"curl -i -X OPTIONS 'http://127.0.0.1:8000/api/data?page=2' -H 'Origin: "
                          u"http://localhost:3000' -H 'Access-Control-Request-Method: PUT' -H "
                          u"'Access-Control-Request-Headers: x-api-key'"_s));
        QVERIFY(curl.contains(
            u"curl -i -X PUT 'http://127.0.0.1:8000/api/data?page=2' -H 'Origin: http://localhost:3000'"_s));
        QVERIFY(curl.contains(u"-H 'X-API-Key: it'\\''s secret'"_s));
        QVERIFY(curl.contains(u"-H 'Cookie: session=1'"_s));
        QVERIFY(curl.contains(u"--data-raw '{\"a\": 1}'"_s));
    }

    void simpleRequestHasNoPreflightLine()
    {
        FetchRequest request = composed();
        request.method = u"GET"_s;
        request.headers = {};
        request.body = QByteArray();
        QVERIFY(!RequestSnippets::curl(request).contains(u"OPTIONS"));
    }

    void fetchCallIsWhatThePageWrites()
    {
        QCOMPARE(
            RequestSnippets::fetchCall(composed()),
            u"const response = await fetch(\"http://127.0.0.1:8000/api/data?page=2\", {\n"
            u"  method: \"put\",\n  headers: {\n    \"X-API-Key\": \"it's secret\",\n  },\n"
            u"  body: \"{\\\"a\\\": 1}\",\n  credentials: \"include\",\n  mode: \"cors\",\n});\n"_s);
    }

    void harHasTheFieldsDevToolsNeed()
    {
        SimulationResult result;
        SimulatedExchange preflight;
        preflight.request = {
            "OPTIONS", QUrl(u"http://127.0.0.1:8000/api?x=1"_s), {{"Origin", "http://a.test"}}, {}};
        RawHttpResponse response;
        response.httpVersion = "HTTP/1.1";
        response.status = 204;
        response.reasonPhrase = "No Content";
        response.headers = {{"Access-Control-Allow-Origin", "*"}};
        preflight.response = response;
        preflight.reason = u"the method PUT is not GET, HEAD or POST"_s;
        result.preflight = preflight;
        result.actual
            = SimulatedExchange{{"PUT", QUrl(u"http://127.0.0.1:8000/api?x=1"_s), {}, "body"},
                                std::nullopt,
                                {},
                                false,
                                {}};
        const QJsonObject log = HarExport::toHar(result).value(u"log"_s).toObject();
        QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
        QCOMPARE(log.value(u"creator"_s).toObject().value(u"name"_s).toString(),
                 u"CORS Playground"_s);
        const QJsonArray entries = log.value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonObject first = entries.first().toObject();
        for (const QString &key : {u"startedDateTime"_s, u"time"_s, u"request"_s, u"response"_s,
                                   u"cache"_s, u"timings"_s})
            QVERIFY2(first.contains(key), qPrintable(key));
        const QJsonObject request = first.value(u"request"_s).toObject();
        QCOMPARE(request.value(u"method"_s).toString(), u"OPTIONS"_s);
        QCOMPARE(request.value(u"queryString"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"name"_s)
                     .toString(),
                 u"x"_s);
        QCOMPARE(first.value(u"response"_s).toObject().value(u"status"_s).toInt(), 204);
        QCOMPARE(first.value(u"response"_s)
                     .toObject()
                     .value(u"headers"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"value"_s)
                     .toString(),
                 u"*"_s);
        QCOMPARE(entries.last()
                     .toObject()
                     .value(u"request"_s)
                     .toObject()
                     .value(u"postData"_s)
                     .toObject()
                     .value(u"text"_s)
                     .toString(),
                 u"body"_s);
    }
};

QTEST_GUILESS_MAIN(TestRequestSnippets)
#include "tst_requestsnippets.moc"
