#include "core/browser/BrowserSimulator.h"
#include "core/log/RequestLog.h"
#include "core/server/PlaygroundServer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString origin = u"http://localhost:5173"_s;
} // namespace

class TestBrowserSimulator : public QObject
{
    Q_OBJECT

private:
    RequestLog m_log;
    PlaygroundServer m_server{&m_log};

    FetchRequest request(const QString &method = u"GET"_s, const HeaderLines &headers = {})
    {
        FetchRequest fetch;
        fetch.pageOrigin = origin;
        fetch.url = m_server.baseUrl().resolved(QUrl(u"/api/data"_s));
        fetch.method = method;
        fetch.headers = headers;
        return fetch;
    }

    SimulationResult run(BrowserSimulator &simulator, const FetchRequest &fetch)
    {
        QSignalSpy finished(&simulator, &BrowserSimulator::finished);
        simulator.simulate(fetch);
        // The answer always comes from the event loop, never from inside simulate().
        if (!finished.isEmpty())
            qWarning("finished() was emitted synchronously");
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<SimulationResult>();
    }

    void setPolicy(const QStringList &origins, const QStringList &methods, int maxAge = 600)
    {
        CorsPolicy policy;
        policy.middleware.allowOrigins = origins;
        policy.middleware.allowMethods = methods;
        policy.middleware.maxAge = maxAge;
        m_server.setPolicy(policy);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init() { m_log.clear(); }

    void simpleRequestSendsNoPreflight()
    {
        setPolicy({u"*"_s}, {u"GET"_s});
        BrowserSimulator simulator;
        const SimulationResult result = run(simulator, request());
        QVERIFY(result.allowed);
        QVERIFY(!result.preflight);
        QCOMPARE(result.responseType, SimulationResult::ResponseType::Cors);
        QCOMPARE(result.exposedHeaders, (QList<QByteArray>{"content-length", "content-type"}));
        QCOMPARE(m_log.size(), 1);
        QCOMPARE(m_log.entries().first().origin(), origin.toLatin1());
    }

    void secondRequestTakesThePreflightFromTheCache()
    {
        setPolicy({origin}, {u"PUT"_s});
        BrowserSimulator simulator;
        const SimulationResult first = run(simulator, request(u"PUT"_s));
        QVERIFY(first.allowed);
        QVERIFY(first.preflight && !first.preflight->fromCache);
        QVERIFY(first.preflight->reason.contains(u"the method PUT is not GET, HEAD or POST"));
        const SimulationResult second = run(simulator, request(u"PUT"_s));
        QVERIFY(second.allowed);
        QVERIFY(second.preflight && second.preflight->fromCache);
        QVERIFY(second.explanation.contains(u"preflight cache"));
        // Preflight, actual, then only the actual: the server saw three requests.
        QCOMPARE(m_log.size(), 3);
        simulator.preflightCache().clear();
        QVERIFY(!run(simulator, request(u"PUT"_s)).preflight->fromCache);
    }

    void refusedPreflightStopsTheActualRequest()
    {
        setPolicy({origin}, {u"GET"_s});
        BrowserSimulator simulator;
        const SimulationResult result = run(simulator, request(u"DELETE"_s));
        QVERIFY(!result.allowed);
        QCOMPARE(result.failure->kind, CorsErrorKind::PreflightInvalidStatus);
        QVERIFY(!result.actual);
        QCOMPARE(m_log.size(), 1);
        QVERIFY(result.chromiumMessage.endsWith(u"It does not have HTTP ok status."));
        QVERIFY(result.firefoxMessage.contains(u"CORS preflight response did not succeed"));
        QVERIFY(result.explanation.contains(u"status 400"));
    }

    void forbiddenHeadersAreDroppedWithANote()
    {
        setPolicy({u"*"_s}, {u"GET"_s});
        BrowserSimulator simulator;
        const SimulationResult result
            = run(simulator, request(u"GET"_s, {{"Cookie", "a=1"}, {"Accept", "text/plain"}}));
        QVERIFY(result.allowed);
        QVERIFY(!result.preflight);
        QVERIFY(!result.actual->request.headers.contains("Cookie"));
        QCOMPARE(result.notes.first(), u"Cookie is a forbidden header: fetch() drops it."_s);
    }

    void duplicateLinesAreKeptAndTheCombinationNoted()
    {
        CorsPolicy policy;
        policy.mode = CorsPolicy::Mode::Manual;
        policy.manualActual = {200,
                               {{"Access-Control-Allow-Origin", origin.toLatin1()},
                                {"access-control-allow-origin", "*"}}};
        m_server.setPolicy(policy);
        BrowserSimulator simulator;
        const SimulationResult result = run(simulator, request());
        QCOMPARE(result.failure->kind, CorsErrorKind::MultipleAllowOriginValues);
        QCOMPARE(result.actual->response->headers.values("Access-Control-Allow-Origin").size(), 2);
        QVERIFY(result.notes.contains(u"Access-Control-Allow-Origin came in 2 lines; the browser "
                                      u"reads them combined as \"http://localhost:5173, *\"."_s));
    }

    void cookiesFlipTheWildcardWithCredentials()
    {
        // Starlette 0.26.1 answers "*" unless the request carries a cookie; then it echoes the
        // origin, and allow_credentials decides.
        CorsPolicy policy;
        policy.middleware.allowOrigins = {u"*"_s};
        FetchRequest fetch = request();
        fetch.credentials = FetchRequest::Credentials::Include;
        BrowserSimulator simulator;
        m_server.setPolicy(policy);
        QCOMPARE(run(simulator, fetch).failure->kind, CorsErrorKind::WildcardOriginNotAllowed);
        fetch.cookies = "session=1";
        const SimulationResult withoutCredentials = run(simulator, fetch);
        QCOMPARE(withoutCredentials.failure->kind, CorsErrorKind::InvalidAllowCredentials);
        QCOMPARE(withoutCredentials.actual->request.headers.firstValue("Cookie"),
                 QByteArray("session=1"));
        policy.middleware.allowCredentials = true;
        m_server.setPolicy(policy);
        QVERIFY(run(simulator, fetch).allowed);
        // Without credentials the browser keeps its cookies to itself.
        fetch.credentials = FetchRequest::Credentials::Omit;
        QVERIFY(!run(simulator, fetch).actual->request.headers.contains("Cookie"));
    }

    void fetchThrowsBeforeSending_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message");
        QTest::newRow("trace")
            << u"trace"_s << int(FetchRequest::Mode::Cors)
            << u"TypeError: Failed to execute 'fetch' on 'Window': 'trace' HTTP method is unsupported."_s;
        QTest::newRow("no-cors put")
            << u"PUT"_s << int(FetchRequest::Mode::NoCors)
            << u"TypeError: Failed to execute 'fetch' on 'Window': 'PUT' is unsupported in no-cors mode."_s;
    }

    void fetchThrowsBeforeSending()
    {
        QFETCH(QString, method);
        QFETCH(int, mode);
        QFETCH(QString, message);
        FetchRequest fetch = request(method);
        fetch.mode = FetchRequest::Mode(mode);
        BrowserSimulator simulator;
        const SimulationResult result = run(simulator, fetch);
        QVERIFY(!result.allowed);
        QCOMPARE(result.failure->kind, CorsErrorKind::TypeError);
        QCOMPARE(result.chromiumMessage, message);
        QCOMPARE(m_log.size(), 0);
    }

    void endlessRedirectsStopAtTwenty()
    {
        // The first hop goes to another origin (localhost instead of 127.0.0.1), which taints
        // the request's origin; the later hops stay there.
        const QByteArray elsewhere
            = "http://localhost:" + QByteArray::number(m_server.port()) + "/again";
        CorsPolicy policy;
        policy.mode = CorsPolicy::Mode::Manual;
        policy.manualActual
            = {302, {{"Access-Control-Allow-Origin", "*"}, {"Location", elsewhere}}};
        m_server.setPolicy(policy);
        BrowserSimulator simulator;
        const SimulationResult result = run(simulator, request());
        QVERIFY(!result.allowed);
        QCOMPARE(result.failure->kind, CorsErrorKind::NetworkError);
        QCOMPARE(result.failure->detail, u"net::ERR_TOO_MANY_REDIRECTS"_s);
        QCOMPARE(result.redirects.size(), BrowserSimulator::MaximumRedirects);
        QCOMPARE(m_log.entries().first().origin(), origin.toLatin1());
        QCOMPARE(m_log.entries().last().origin(), QByteArray("null"));
        QVERIFY(result.chromiumMessage.isEmpty()
                || result.chromiumMessage.contains(u"ERR_TOO_MANY_REDIRECTS"));
    }

    void unreachableServerIsANetworkError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        FetchRequest fetch = request();
        fetch.url = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
        BrowserSimulator simulator;
        const SimulationResult result = run(simulator, fetch);
        QCOMPARE(result.failure->kind, CorsErrorKind::NetworkError);
        QVERIFY(result.explanation.contains(u"Is the server running"));
    }

    void sameOriginNeedsNoCors()
    {
        setPolicy({}, {u"GET"_s});
        FetchRequest fetch = request(u"PUT"_s);
        fetch.pageOrigin = m_server.baseUrl().toString();
        BrowserSimulator simulator;
        const SimulationResult result = run(simulator, fetch);
        QVERIFY(result.allowed);
        QVERIFY(!result.preflight);
        QCOMPARE(result.responseType, SimulationResult::ResponseType::Basic);
        QVERIFY(result.actual->request.headers.contains("Origin"));
    }
};

QTEST_GUILESS_MAIN(TestBrowserSimulator)
#include "tst_browsersimulator.moc"
