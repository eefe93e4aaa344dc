#include "core/browser/BrowserSimulator.h"
#include "core/log/CorsOutcomeText.h"
#include "core/log/RequestLog.h"
#include "core/middleware/CorsResponder.h"
#include "core/middleware/ProxyMode.h"
#include "core/server/PlaygroundServer.h"
#include "support/HttpTestClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Proxy mode, the CORS debugging proxy: the playground forwards to an upstream that knows
// nothing of CORS and puts the policy's headers on its answer.
class TestProxyMode : public QObject
{
    Q_OBJECT

private:
    RequestLog m_upstreamLog;
    PlaygroundServer m_upstream{&m_upstreamLog};
    RequestLog m_proxyLog;
    PlaygroundServer m_proxy{&m_proxyLog};

    CorsPolicy proxyPolicy(const QString &upstream)
    {
        CorsPolicy policy;
        policy.middleware.allowOrigins = {u"http://localhost:3000"_s};
        policy.middleware.allowMethods = {u"GET"_s, u"PUT"_s};
        policy.middleware.exposeHeaders = {u"X-Upstream"_s};
        policy.middleware.proxyUpstream = upstream;
        return policy;
    }

private Q_SLOTS:
    void proxyModeIsOneClass()
    {
        MiddlewareOptions options;
        options.allowOrigins = {u"http://localhost:3000"_s};
        const ProxyMode proxy(u"http://127.0.0.1:9/base/"_s, CorsMiddleware(options));
        const IncomingRequest get{"GET", u"/api/data"_s, {{"Origin", "http://localhost:3000"}}};
        QVERIFY(ProxyMode::forwards(get));
        QVERIFY(!ProxyMode::forwards(
            {"OPTIONS",
             u"/api/data"_s,
             {{"Origin", "http://localhost:3000"}, {"Access-Control-Request-Method", "PUT"}}}));
        QCOMPARE(proxy.upstreamUrl(get, u"a=1"_s), QUrl(u"http://127.0.0.1:9/base/api/data?a=1"_s));

        ServerResponse upstream;
        upstream.headers = {
            {"Access-Control-Allow-Origin", "*"}, {"Content-Length", "999"}, {"X-Upstream", "1"}};
        const ServerResponse answer = proxy.withCors(get, upstream);
        QCOMPARE(answer.headers.values("Access-Control-Allow-Origin"),
                 QList<QByteArray>{"http://localhost:3000"});
        QVERIFY(!answer.headers.contains("Content-Length"));
        QCOMPARE(answer.headers.firstValue("X-Upstream"), QByteArray("1"));
        QCOMPARE(answer.corsOutcome.proxiedTo, u"http://127.0.0.1:9/base/"_s);

        // Only a middleware policy with an upstream proxies.
        CorsPolicy policy;
        policy.middleware = options;
        QVERIFY(!CorsResponder(policy).proxyFor(get));
        policy.middleware.proxyUpstream = u"http://127.0.0.1:9"_s;
        QVERIFY(CorsResponder(policy).proxyFor(get));
        policy.mode = CorsPolicy::Mode::Manual;
        QVERIFY(!CorsResponder(policy).proxyFor(get));
    }

    void initTestCase()
    {
        // The upstream: no CORS of its own except a stray header the proxy must replace.
        CorsPolicy upstream;
        upstream.mode = CorsPolicy::Mode::Manual;
        upstream.manualActual
            = {201, {{"X-Upstream", "yes"}, {"Access-Control-Allow-Origin", "http://evil.test"}}};
        m_upstream.setPolicy(upstream);
        QVERIFY(m_upstream.start());
        QVERIFY(m_proxy.start());
        m_proxy.setPolicy(proxyPolicy(m_upstream.baseUrl().toString() + u"/base"_s));
    }

    void forwardsAndAppliesThePolicy()
    {
        const auto response = exchange({"GET",
                                        m_proxy.baseUrl().resolved(QUrl(u"/items?page=2"_s)),
                                        {{"Origin", "http://localhost:3000"}, {"X-Trace", "7"}},
                                        {}});
        QVERIFY(response);
        QCOMPARE(response->status, 201);
        QCOMPARE(response->headers.firstValue("X-Upstream"), QByteArray("yes"));
        QCOMPARE(response->headers.values("Access-Control-Allow-Origin"),
                 QList<QByteArray>{"http://localhost:3000"});
        QCOMPARE(response->headers.firstValue("Access-Control-Expose-Headers"),
                 QByteArray("X-Upstream"));
        QCOMPARE(response->body, QByteArray(R"({"method":"GET","path":"/base/items"})"));
        const RequestLogEntry upstreamSaw = m_upstreamLog.entries().last();
        QCOMPARE(upstreamSaw.target, u"/base/items?page=2"_s);
        QCOMPARE(upstreamSaw.requestHeaders.firstValue("X-Trace"), QByteArray("7"));
        QVERIFY(!m_proxyLog.entries().last().corsOutcome.proxiedTo.isEmpty());
        QVERIFY(CorsOutcomeText::describe(m_proxyLog.entries().last().corsOutcome)
                    .contains(u"proxied to"));
    }

    void preflightsAreAnsweredByTheProxy()
    {
        const qsizetype before = m_upstreamLog.size();
        const auto response = exchange(
            {"OPTIONS",
             m_proxy.baseUrl().resolved(QUrl(u"/items"_s)),
             {{"Origin", "http://localhost:3000"}, {"Access-Control-Request-Method", "PUT"}},
             {}});
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(m_upstreamLog.size(), before);
    }

    void aBrowserReadsTheUpstreamThroughTheProxy()
    {
        FetchRequest request;
        request.pageOrigin = u"http://localhost:3000"_s;
        request.url = m_proxy.baseUrl().resolved(QUrl(u"/items"_s));
        request.method = u"PUT"_s;
        BrowserSimulator simulator;
        QSignalSpy finished(&simulator, &BrowserSimulator::finished);
        simulator.simulate(request);
        QVERIFY(finished.wait(10000));
        const SimulationResult result = finished.first().first().value<SimulationResult>();
        QVERIFY(result.allowed);
        QVERIFY(result.exposedHeaders.contains("x-upstream"));
    }

    void unreachableUpstreamIsABadGateway()
    {
        RequestLog log;
        PlaygroundServer proxy(&log);
        proxy.setPolicy(proxyPolicy(u"http://127.0.0.1:1"_s));
        QVERIFY(proxy.start());
        const auto response = exchange({"GET",
                                        proxy.baseUrl().resolved(QUrl(u"/x"_s)),
                                        {{"Origin", "http://localhost:3000"}},
                                        {}});
        QVERIFY(response);
        QCOMPARE(response->status, 502);
        QVERIFY(response->body.startsWith("The upstream http://127.0.0.1:1/x did not answer"));
        QCOMPARE(response->headers.firstValue("Access-Control-Allow-Origin"),
                 QByteArray("http://localhost:3000"));
    }
};

QTEST_GUILESS_MAIN(TestProxyMode)
#include "tst_proxymode.moc"
