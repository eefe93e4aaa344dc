#include "core/export/HarExport.h"
#include "core/export/RequestSnippets.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(FetchRequest::Initiator)
Q_DECLARE_METATYPE(FetchRequest::CrossOrigin)

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
        // fetch()'s Local Network Access option, when the composer sets it.
        FetchRequest request = composed();
        request.targetAddressSpace = AddressSpace::Local;
        QVERIFY(RequestSnippets::fetchCall(request).endsWith(
            u"  mode: \"cors\",\n  targetAddressSpace: \"local\",\n});\n"_s));
    }

    void xmlHttpRequestIsWhatThePageWrites()
    {
        FetchRequest request = composed();
        request.initiator = FetchRequest::Initiator::XmlHttpRequest;
        request.uploadListener = true;
        QCOMPARE(RequestSnippets::pageCode(request),
                 u"const xhr = new XMLHttpRequest();\n"
                 u"xhr.open(\"put\", \"http://127.0.0.1:8000/api/data?page=2\");\n"
                 u"xhr.withCredentials = true;\n"
                 u"xhr.setRequestHeader(\"X-API-Key\", \"it's secret\");\n"
                 u"xhr.upload.onprogress = (event) => console.log(\"sent\", event.loaded);\n"
                 u"xhr.onload = () => console.log(xhr.status, xhr.responseText);\n"
                 u"xhr.onerror = () => console.log(\"network error: the console says why\");\n"
                 u"xhr.send(\"{\\\"a\\\": 1}\");\n"_s);
        request.credentials = FetchRequest::Credentials::SameOrigin;
        request.body = QByteArray();
        const QString code = RequestSnippets::xmlHttpRequestCode(request);
        QVERIFY(!code.contains(u"withCredentials"));
        QVERIFY(code.endsWith(u"xhr.send();\n"));
    }

    void axiosCallIsWhatAnAxiosUserWrites()
    {
        FetchRequest request = composed();
        request.initiator = FetchRequest::Initiator::XmlHttpRequest;
        request.uploadListener = true;
        QCOMPARE(RequestSnippets::axiosCall(request),
                 u"const response = await axios({\n  method: \"put\",\n"
                 u"  url: \"http://127.0.0.1:8000/api/data?page=2\",\n"
                 u"  headers: {\n    \"X-API-Key\": \"it's secret\",\n  },\n"
                 u"  data: \"{\\\"a\\\": 1}\",\n  withCredentials: true,\n"
                 u"  onUploadProgress: (event) => console.log(\"sent\", event.loaded),\n});\n"_s);
        request.credentials = FetchRequest::Credentials::SameOrigin;
        QVERIFY(!RequestSnippets::axiosCall(request).contains(u"withCredentials"));
    }

    void elementsAreTheirHtml_data()
    {
        QTest::addColumn<FetchRequest::Initiator>("initiator");
        QTest::addColumn<FetchRequest::CrossOrigin>("crossOrigin");
        QTest::addColumn<QString>("html");
        const QString url = u"http://127.0.0.1:8000/a.png?x=1&amp;y=%222%22"_s;
        QTest::newRow("img without crossorigin")
            << FetchRequest::Initiator::Image << FetchRequest::CrossOrigin::Absent
            << u"<img src=\"%1\" alt=\"\">\n"_s.arg(url);
        QTest::newRow("img anonymous")
            << FetchRequest::Initiator::Image << FetchRequest::CrossOrigin::Anonymous
            << u"<img crossorigin=\"anonymous\" src=\"%1\" alt=\"\">\n"_s.arg(url);
        QTest::newRow("script use-credentials")
            << FetchRequest::Initiator::Script << FetchRequest::CrossOrigin::UseCredentials
            << u"<script crossorigin=\"use-credentials\" src=\"%1\"></script>\n"_s.arg(url);
        QTest::newRow("module script")
            << FetchRequest::Initiator::ModuleScript << FetchRequest::CrossOrigin::Absent
            << u"<script type=\"module\" src=\"%1\"></script>\n"_s.arg(url);
        QTest::newRow("stylesheet anonymous")
            << FetchRequest::Initiator::Stylesheet << FetchRequest::CrossOrigin::Anonymous
            << u"<link rel=\"stylesheet\" crossorigin=\"anonymous\" href=\"%1\">\n"_s.arg(url);
        QTest::newRow("font")
            << FetchRequest::Initiator::Font << FetchRequest::CrossOrigin::Absent
            << u"<style>\n  @font-face {\n    font-family: \"Playground\";\n"
               u"    src: url(\"http://127.0.0.1:8000/a.png?x=1&y=%222%22\");\n  }\n"
               u"  body { font-family: \"Playground\", sans-serif; }\n</style>\n"_s;
    }

    void elementsAreTheirHtml()
    {
        QFETCH(FetchRequest::Initiator, initiator);
        QFETCH(FetchRequest::CrossOrigin, crossOrigin);
        QFETCH(QString, html);
        FetchRequest request;
        request.pageOrigin = u"http://localhost:3000"_s;
        request.url = QUrl(u"http://127.0.0.1:8000/a.png?x=1&y=\"2\""_s);
        request.initiator = initiator;
        request.crossOrigin = crossOrigin;
        QCOMPARE(RequestSnippets::pageCode(request), html);
    }

    void curlFollowsTheInitiator()
    {
        FetchRequest request = composed();
        request.method = u"POST"_s;
        request.headers = {};
        request.credentials = FetchRequest::Credentials::SameOrigin;
        request.initiator = FetchRequest::Initiator::XmlHttpRequest;
        QVERIFY(!RequestSnippets::curl(request).contains(u"OPTIONS"));
        // An upload listener with a body: XMLHttpRequest preflights even a simple POST.
        request.uploadListener = true;
        QVERIFY2(RequestSnippets::curl(request).startsWith(u"# The preflight"),
                 qPrintable(RequestSnippets::curl(request)));
        // An image without crossorigin is no-cors: never preflighted.
        request.initiator = FetchRequest::Initiator::Image;
        QVERIFY(!RequestSnippets::curl(request).contains(u"OPTIONS"));
        QVERIFY(RequestSnippets::curl(request).startsWith(u"curl -i -X GET"));
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
