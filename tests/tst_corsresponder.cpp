#include "core/middleware/CorsResponder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

CorsPolicy manualPolicy(const ManualResponse &preflight, const ManualResponse &actual)
{
    CorsPolicy policy;
    policy.mode = CorsPolicy::Mode::Manual;
    policy.manualPreflight = preflight;
    policy.manualActual = actual;
    return policy;
}

const IncomingRequest preflightRequest{
    "OPTIONS", u"/x"_s, {{"Origin", "http://a.test"}, {"Access-Control-Request-Method", "PUT"}}};
const IncomingRequest actualRequest{"PUT", u"/x"_s, {{"Origin", "http://a.test"}}};

} // namespace

class TestCorsResponder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointEchoesMethodAndPath()
    {
        const ServerResponse response
            = CorsResponder::endpointResponse({"DELETE", u"/items/7"_s, {}});
        QCOMPARE(response.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(body.value(u"method"_s).toString(), u"DELETE"_s);
        QCOMPARE(body.value(u"path"_s).toString(), u"/items/7"_s);
    }

    void endpointJsonIsWhatQJsonDocumentWrites_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("plain") << u"/api/items"_s;
        QTest::newRow("quote and backslash") << u"/a\"b\\c"_s;
        QTest::newRow("control characters") << u"/a\nb\tc\u0001d\u001f"_s;
        QTest::newRow("non-ASCII") << u"/caf\u00e9/\u20ac/\U0001F600"_s;
        QTest::newRow("empty") << QString();
    }

    void endpointJsonIsWhatQJsonDocumentWrites()
    {
        QFETCH(QString, path);
        const ServerResponse response = CorsResponder::endpointResponse({"PUT", path, {}});
        const QJsonObject expected{{u"method"_s, u"PUT"_s}, {u"path"_s, path}};
        QCOMPARE(response.body, QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }

    void resourcePathsGetABodyEachInitiatorAccepts_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("png") << u"/static/logo.png"_s << QByteArray("image/png")
                             << QByteArray("\x89PNG\r\n");
        QTest::newRow("script") << u"/app.js"_s << QByteArray("text/javascript")
                                << QByteArray("// Served");
        QTest::newRow("module") << u"/app.mjs"_s << QByteArray("text/javascript")
                                << QByteArray("// Served");
        QTest::newRow("css") << u"/site.CSS"_s << QByteArray("text/css; charset=utf-8")
                             << QByteArray("/* Served");
        // A TrueType font starts with the version 1.0 tag whatever the file is called.
        QTest::newRow("woff2") << u"/fonts/brand.woff2"_s << QByteArray("font/ttf")
                               << QByteArray("\x00\x01\x00\x00", 4);
        QTest::newRow("ttf") << u"/fonts/brand.ttf"_s << QByteArray("font/ttf")
                             << QByteArray("\x00\x01\x00\x00", 4);
    }

    void resourcePathsGetABodyEachInitiatorAccepts()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, start);
        const ServerResponse response = CorsResponder::endpointResponse({"GET", path, {}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.headers.firstValue("Content-Type"), contentType);
        QVERIFY(response.body.startsWith(start));
        QVERIFY(response.headers.contains("X-Request-ID"));
    }

    void otherPathsKeepTheJsonEcho()
    {
        for (const QString &path : {u"/api/data"_s, u"/v1.2/items"_s, u"/file.json"_s}) {
            const ServerResponse response = CorsResponder::endpointResponse({"GET", path, {}});
            QCOMPARE(response.headers.firstValue("Content-Type"), QByteArray("application/json"));
            QVERIFY(response.body.startsWith("{\"method\""));
        }
    }

    void middlewareModeUsesTheMiddleware()
    {
        CorsPolicy policy;
        policy.middleware.allowOrigins = {u"http://a.test"_s};
        const ServerResponse response = CorsResponder(policy).respond(preflightRequest);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.body, QByteArray("Disallowed CORS method"));
    }

    void manualModeSendsLinesVerbatim()
    {
        const HeaderLines preflightLines{{"access-control-allow-origin", "http://a.test/"},
                                         {"Access-Control-Allow-Origin", "*"}};
        const HeaderLines actualLines{{"Location", "/moved"}, {"X-Odd", ""}};
        const CorsResponder responder(manualPolicy({503, preflightLines}, {307, actualLines}));

        const ServerResponse preflight = responder.respond(preflightRequest);
        QVERIFY(preflight.isPreflight);
        QCOMPARE(preflight.status, 503);
        QCOMPARE(preflight.headers, preflightLines);
        QVERIFY(preflight.body.isEmpty());
        QCOMPARE(preflight.corsDecision, ServerResponse::CorsDecision::Manual);

        const ServerResponse actual = responder.respond(actualRequest);
        QVERIFY(!actual.isPreflight);
        QCOMPARE(actual.status, 307);
        QCOMPARE(actual.headers.lines().mid(0, 2), actualLines.lines());
        QCOMPARE(actual.headers.firstValue("Content-Type"), QByteArray("application/json"));
        QVERIFY(!actual.body.isEmpty());
    }

    void manualModeKeepsTheUsersContentType()
    {
        const CorsResponder responder(
            manualPolicy({204, {}}, {200, {{"content-type", "text/plain"}}}));
        const ServerResponse actual = responder.respond(actualRequest);
        QCOMPARE(actual.headers, (HeaderLines{{"content-type", "text/plain"}}));
    }

    void manualModeSendsNoBodyWhereHttpForbidsOne()
    {
        const CorsResponder responder(manualPolicy({204, {}}, {204, {}}));
        const ServerResponse actual = responder.respond(actualRequest);
        QVERIFY(actual.body.isEmpty());
        QVERIFY(actual.headers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCorsResponder)
#include "tst_corsresponder.moc"
