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

    QJsonObject runInChromium(const QByteArray &preferences = {})
    {
        QSignalSpy reported(&m_demo, &DemoPageServer::outcomeReported);
        HeadlessBrowser chromium(HeadlessBrowser::Kind::Chromium);
        if (!m_demo.addressSpaceFlag().isEmpty())
            chromium.setExtraArguments({m_demo.addressSpaceFlag()});
        chromium.setPreferences(preferences);
        QString error;
        if (!chromium.start(QUrl(m_demo.pageUrl().toString() + u"?auto=1"_s), &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        reported.wait(60000);
        chromium.stop();
        return reported.isEmpty() ? QJsonObject() : reported.first().first().toJsonObject();
    }

    bool simulatedVerdict(FetchRequest request, const QJsonObject &outcome = {})
    {
        // As RealBrowserComparison does: the page says what the user answered.
        FetchRequest::parsePermission(outcome.value(u"local_network_permission"_s).toString(),
                                      &request.localNetworkPermission);
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

    // Marked public, the page gives the flag that makes Chromium treat it so, and a public page
    // calling the loopback API waits for the permission: refused when the prompt is dismissed
    // (headless), allowed once granted.
    void aPagePlayingAPublicSiteNeedsThePermission_data()
    {
        QTest::addColumn<bool>("granted");
        QTest::newRow("not granted") << false;
        QTest::newRow("granted") << true;
    }

    void aPagePlayingAPublicSiteNeedsThePermission()
    {
        QFETCH(bool, granted);
        CorsPolicy policy;
        policy.middleware.allowOrigins = {m_demo.origin()};
        policy.middleware.allowMethods = {u"GET"_s, u"PUT"_s};
        m_api.setPolicy(policy);
        FetchRequest request;
        request.pageOrigin = m_demo.origin();
        request.url = m_api.baseUrl().resolved(QUrl(u"/api/demo"_s));
        request.method = u"PUT"_s;
        request.pageAddressSpace = AddressSpace::Public;
        request.serverAddressSpace = AddressSpace::Loopback;
        m_demo.setRequest(request);
        QCOMPARE(m_demo.addressSpaceFlag(),
                 u"--ip-address-space-overrides=127.0.0.1:%1=public"_s.arg(m_demo.port()));
        m_log.clear();
        const QJsonObject outcome = runInChromium(
            granted ? HeadlessBrowser::localNetworkGrant(m_demo.origin()) : QByteArray());
        QVERIFY2(!outcome.isEmpty(), "the demo page reported nothing");
        QCOMPARE(outcome.value(u"ok"_s).toBool(), granted);
        QCOMPARE(outcome.value(u"request"_s).toObject().value(u"page_address_space"_s).toString(),
                 u"public"_s);
        // Nothing reached the API without the permission, not even the preflight.
        QCOMPARE(m_log.entries().isEmpty(), !granted);
        // Headless Chromium dismisses the prompt, which the page reads as denied.
        QCOMPARE(outcome.value(u"local_network_permission"_s).toString(),
                 granted ? u"granted"_s : u"denied"_s);
        QCOMPARE(simulatedVerdict(request, outcome), granted);
        request.pageAddressSpace.reset();
        m_demo.setRequest(request);
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
