#include "core/browser/BrowserSimulator.h"
#include "core/classroom/DemoPageServer.h"
#include "core/log/RequestLog.h"
#include "core/server/PlaygroundServer.h"
#include "support/HeadlessBrowser.h"
#include "support/OracleTools.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The demo page in real headless Chromium: it runs the composed request with the browser's own
// fetch() and reports back; the outcome must match the simulator's verdict for the same request.
class TestDemoPageServer : public QObject
{
    Q_OBJECT

private:
    RequestLog m_log;
    PlaygroundServer m_api{&m_log};
    DemoPageServer m_demo;

    QJsonObject runInChromium()
    {
        QSignalSpy reported(&m_demo, &DemoPageServer::outcomeReported);
        HeadlessBrowser chromium(HeadlessBrowser::Kind::Chromium);
        QString error;
        if (!chromium.start(QUrl(m_demo.pageUrl().toString() + u"?auto=1"_s), &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        reported.wait(60000);
        chromium.stop();
        return reported.isEmpty() ? QJsonObject() : reported.first().first().toJsonObject();
    }

    bool simulatedVerdict(const FetchRequest &request)
    {
        BrowserSimulator simulator;
        QSignalSpy finished(&simulator, &BrowserSimulator::finished);
        simulator.simulate(request);
        finished.wait(10000);
        return finished.first().first().value<SimulationResult>().allowed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_ORACLE_TOOLS(OracleTool::executable(
            HeadlessBrowser::program(HeadlessBrowser::Kind::Chromium), u"chromium"_s));
        QVERIFY(m_api.start());
        // Any free port: the developer's own app may be using the default one.
        QVERIFY(m_demo.start(0));
    }

    void servesThePageAndTheRequest()
    {
        FetchRequest request;
        request.url = m_api.baseUrl().resolved(QUrl(u"/api/data"_s));
        request.method = u"PUT"_s;
        request.headers = {{"X-API-Key", "1"}};
        m_demo.setRequest(request);
        QCOMPARE(m_demo.origin(), u"http://localhost:%1"_s.arg(m_demo.port()));
        QVERIFY(m_demo.origin() != m_api.baseUrl().toString());
    }

    void realBrowserAgreesWithTheSimulator_data()
    {
        QTest::addColumn<bool>("allowDemoOrigin");
        QTest::newRow("origin not allowed") << false;
        QTest::newRow("origin allowed") << true;
    }

    void realBrowserAgreesWithTheSimulator()
    {
        QFETCH(bool, allowDemoOrigin);
        CorsPolicy policy;
        policy.middleware.allowOrigins
            = {allowDemoOrigin ? m_demo.origin() : u"http://localhost:3000"_s};
        policy.middleware.allowMethods = {u"GET"_s, u"PUT"_s};
        m_api.setPolicy(policy);
        FetchRequest request;
        request.pageOrigin = m_demo.origin();
        request.url = m_api.baseUrl().resolved(QUrl(u"/api/demo"_s));
        request.method = u"PUT"_s;
        m_demo.setRequest(request);

        const QJsonObject outcome = runInChromium();
        QVERIFY2(!outcome.isEmpty(), "the demo page reported nothing");
        QCOMPARE(outcome.value(u"ok"_s).toBool(), allowDemoOrigin);
        QCOMPARE(outcome.value(u"request"_s).toObject().value(u"method"_s).toString(), u"PUT"_s);
        QCOMPARE(simulatedVerdict(request), allowDemoOrigin);
    }

    // The page runs the request as its initiator sends it, and Chromium's outcome is the
    // simulator's verdict for the same request.
    void runsTheComposedInitiator_data()
    {
        QTest::addColumn<QString>("initiator");
        QTest::addColumn<QString>("crossOrigin");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("allowDemoOrigin");
        QTest::addColumn<bool>("credentials");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("type");
        QTest::newRow("xhr withCredentials and *")
            << u"xhr"_s << QString() << u"/api/data"_s << false << true << false << QString();
        QTest::newRow("font, origin not allowed") << u"font"_s << QString() << u"/fonts/a.woff2"_s
                                                  << false << false << false << QString();
        QTest::newRow("font, origin allowed")
            << u"font"_s << QString() << u"/fonts/a.woff2"_s << true << false << true << u"cors"_s;
        QTest::newRow("img without crossorigin")
            << u"image"_s << QString() << u"/chart.png"_s << false << false << true << u"opaque"_s;
        QTest::newRow("img crossorigin=anonymous")
            << u"image"_s << u"anonymous"_s << u"/chart.png"_s << true << false << true
            << u"cors"_s;
        QTest::newRow("stylesheet crossorigin=anonymous, not allowed")
            << u"stylesheet"_s << u"anonymous"_s << u"/site.css"_s << false << false << false
            << QString();
    }

    void runsTheComposedInitiator()
    {
        QFETCH(QString, initiator);
        QFETCH(QString, crossOrigin);
        QFETCH(QString, path);
        QFETCH(bool, allowDemoOrigin);
        QFETCH(bool, credentials);
        QFETCH(bool, allowed);
        QFETCH(QString, type);
        CorsPolicy policy;
        // "*" without credentials for the XMLHttpRequest row: withCredentials makes it fail.
        policy.middleware.allowOrigins = {credentials           ? u"*"_s
                                              : allowDemoOrigin ? m_demo.origin()
                                                                : u"http://localhost:3000"_s};
        m_api.setPolicy(policy);
        FetchRequest request;
        request.pageOrigin = m_demo.origin();
        request.url = m_api.baseUrl().resolved(QUrl(path));
        request.method = u"GET"_s;
        QVERIFY(FetchRequest::parseInitiator(initiator, &request.initiator));
        QVERIFY(FetchRequest::parseCrossOrigin(crossOrigin, &request.crossOrigin));
        if (credentials)
            request.credentials = FetchRequest::Credentials::Include;
        m_demo.setRequest(request);

        const QJsonObject outcome = runInChromium();
        QVERIFY2(!outcome.isEmpty(), "the demo page reported nothing");
        QCOMPARE(outcome.value(u"request"_s).toObject().value(u"initiator"_s).toString(),
                 initiator);
        QCOMPARE(outcome.value(u"ok"_s).toBool(), allowed);
        if (!type.isEmpty())
            QCOMPARE(outcome.value(u"type"_s).toString(), type);
        QCOMPARE(simulatedVerdict(request), allowed);
    }
};

QTEST_GUILESS_MAIN(TestDemoPageServer)
#include "tst_demopageserver.moc"
