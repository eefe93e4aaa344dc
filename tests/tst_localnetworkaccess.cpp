#include "core/browser/BrowserSimulator.h"
#include "core/browser/CorsMessages.h"
#include "core/browser/LocalNetworkAccess.h"
#include "core/browser/TraceText.h"
#include "core/http/Origin.h"
#include "core/log/RequestLog.h"
#include "core/server/PlaygroundServer.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Local Network Access as Chromium 156 does it (docs/research/issue16-lna-observations.md):
// the spaces of hosts, the secure context, the order of the three checks, and a simulator that
// sends nothing until the step lets it. tst_chromiumconformance holds the same to real Chromium.
namespace {

using Permission = FetchRequest::LocalNetworkPermission;
using Step = LocalNetworkAccess::Step;

FetchRequest gatedRequest(const QString &pageOrigin, AddressSpace page, AddressSpace server,
                          Permission permission)
{
    FetchRequest request;
    request.pageOrigin = pageOrigin;
    request.url = QUrl(u"http://127.0.0.1:8000/api/data"_s);
    request.pageAddressSpace = page;
    request.serverAddressSpace = server;
    request.localNetworkPermission = permission;
    return request;
}

} // namespace

Q_DECLARE_METATYPE(AddressSpace)
Q_DECLARE_METATYPE(LocalNetworkAccess::Step)

class TestLocalNetworkAccess : public QObject
{
    Q_OBJECT

private:
    RequestLog m_log;
    PlaygroundServer m_server{&m_log};

    SimulationResult run(const FetchRequest &request)
    {
        BrowserSimulator simulator;
        QSignalSpy finished(&simulator, &BrowserSimulator::finished);
        simulator.simulate(request);
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<SimulationResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        CorsPolicy policy;
        policy.middleware.allowOrigins = {u"https://app.example.com"_s};
        policy.middleware.allowMethods = {u"PUT"_s};
        policy.middleware.allowCredentials = true;
        m_server.setPolicy(policy);
        QVERIFY(m_server.start());
    }
    void init() { m_log.clear(); }

    void hostsAreInChromiumsSpaces_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<AddressSpace>("space");
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << AddressSpace::Loopback;
        QTest::newRow("127.8.9.10") << u"127.8.9.10"_s << AddressSpace::Loopback;
        QTest::newRow("::1") << u"[::1]"_s << AddressSpace::Loopback;
        QTest::newRow("localhost") << u"localhost"_s << AddressSpace::Loopback;
        QTest::newRow("app.localhost") << u"app.localhost"_s << AddressSpace::Loopback;
        QTest::newRow("10/8") << u"10.1.2.3"_s << AddressSpace::Local;
        QTest::newRow("172.16/12") << u"172.31.0.1"_s << AddressSpace::Local;
        QTest::newRow("172.32 is public") << u"172.32.0.1"_s << AddressSpace::Public;
        QTest::newRow("192.168/16") << u"192.168.1.1"_s << AddressSpace::Local;
        QTest::newRow("link-local") << u"169.254.1.1"_s << AddressSpace::Local;
        QTest::newRow("fd00::") << u"[fd00::1]"_s << AddressSpace::Local;
        QTest::newRow("fe80::") << u"[fe80::1]"_s << AddressSpace::Local;
        QTest::newRow("printer.local") << u"printer.local"_s << AddressSpace::Local;
        QTest::newRow("8.8.8.8") << u"8.8.8.8"_s << AddressSpace::Public;
        QTest::newRow("a name") << u"app.example.com"_s << AddressSpace::Public;
    }

    void hostsAreInChromiumsSpaces()
    {
        QFETCH(QString, host);
        QFETCH(AddressSpace, space);
        QCOMPARE(AddressSpaces::ofHost(host), space);
    }

    void secureContexts()
    {
        QVERIFY(Origin::parse(u"https://app.example.com"_s).isPotentiallyTrustworthy());
        QVERIFY(Origin::parse(u"http://localhost:5173"_s).isPotentiallyTrustworthy());
        QVERIFY(Origin::parse(u"http://127.0.0.1:5173"_s).isPotentiallyTrustworthy());
        QVERIFY(Origin::parse(u"http://[::1]:5173"_s).isPotentiallyTrustworthy());
        QVERIFY(!Origin::parse(u"http://app.example.test:8080"_s).isPotentiallyTrustworthy());
        QVERIFY(!Origin::parse(u"http://192.168.1.5"_s).isPotentiallyTrustworthy());
    }

    void checksComeInChromiumsOrder_data()
    {
        QTest::addColumn<QString>("pageOrigin");
        QTest::addColumn<AddressSpace>("page");
        QTest::addColumn<AddressSpace>("server");
        QTest::addColumn<int>("permission");
        QTest::addColumn<QString>("target");
        QTest::addColumn<Step>("step");
        const QString secure = u"https://app.example.com"_s;
        const QString insecure = u"http://app.example.test"_s;
        using S = AddressSpace;
        const auto p = [](Permission permission) { return int(permission); };
        QTest::newRow("same space") << secure << S::Loopback << S::Loopback << p(Permission::Prompt)
                                    << QString() << Step::NotGated;
        QTest::newRow("towards public") << secure << S::Local << S::Public << p(Permission::Prompt)
                                        << QString() << Step::NotGated;
        QTest::newRow("local page to loopback")
            << secure << S::Local << S::Loopback << p(Permission::Prompt) << QString()
            << Step::NotGated;
        QTest::newRow("public to loopback, prompt")
            << secure << S::Public << S::Loopback << p(Permission::Prompt) << QString()
            << Step::Prompted;
        QTest::newRow("public to local, denied")
            << secure << S::Public << S::Local << p(Permission::Denied) << QString()
            << Step::Denied;
        QTest::newRow("public to loopback, granted")
            << secure << S::Public << S::Loopback << p(Permission::Granted) << QString()
            << Step::Granted;
        QTest::newRow("insecure page, even granted")
            << insecure << S::Public << S::Loopback << p(Permission::Granted) << QString()
            << Step::InsecureContext;
        QTest::newRow("target first, even granted")
            << secure << S::Public << S::Loopback << p(Permission::Granted) << u"local"_s
            << Step::TargetMismatch;
        QTest::newRow("target first, even for an insecure page")
            << insecure << S::Public << S::Loopback << p(Permission::Prompt) << u"local"_s
            << Step::TargetMismatch;
        QTest::newRow("target against every space")
            << secure << S::Loopback << S::Loopback << p(Permission::Prompt) << u"local"_s
            << Step::TargetMismatch;
        QTest::newRow("matching target still asks")
            << secure << S::Public << S::Loopback << p(Permission::Prompt) << u"loopback"_s
            << Step::Prompted;
    }

    void checksComeInChromiumsOrder()
    {
        QFETCH(QString, pageOrigin);
        QFETCH(AddressSpace, page);
        QFETCH(AddressSpace, server);
        QFETCH(int, permission);
        QFETCH(QString, target);
        QFETCH(Step, step);
        FetchRequest request = gatedRequest(pageOrigin, page, server, Permission(permission));
        if (!target.isEmpty()) {
            AddressSpace targetSpace = AddressSpace::Public;
            QVERIFY(AddressSpaces::parse(target, &targetSpace));
            request.targetAddressSpace = targetSpace;
        }
        const LocalNetworkAccess access = LocalNetworkAccess::check(request);
        QCOMPARE(access.step, step);
        QCOMPARE(access.failure().has_value(), access.refuses());
    }

    void defaultsChangeNothingForThePlaygroundsServer()
    {
        FetchRequest request;
        request.pageOrigin = u"https://app.example.com"_s;
        request.url = QUrl(u"http://127.0.0.1:8000/"_s);
        QCOMPARE(request.effectivePageAddressSpace(), AddressSpace::Public);
        QCOMPARE(request.effectiveServerAddressSpace(), AddressSpace::Public);
        QCOMPARE(LocalNetworkAccess::check(request).step, Step::NotGated);
    }

    void targetAddressSpaceIsFetchsAlone()
    {
        FetchRequest request = gatedRequest(u"https://app.example.com"_s, AddressSpace::Loopback,
                                            AddressSpace::Loopback, Permission::Prompt);
        request.targetAddressSpace = AddressSpace::Local;
        request.initiator = FetchRequest::Initiator::Image;
        QCOMPARE(LocalNetworkAccess::check(request).step, Step::NotGated);
    }

    void chromiumsThreeMessages()
    {
        const QUrl url(u"http://127.0.0.1:8000/api/data"_s);
        const QString prefix = u"Access to fetch at 'http://127.0.0.1:8000/api/data' from origin "
                               u"'https://a.example' has been blocked by CORS policy: "_s;
        QCOMPARE(CorsMessages::chromiumMessage(
                     {CorsErrorKind::LocalNetworkAccessPermissionDenied, {}, u"loopback"_s}, url,
                     u"https://a.example"_s),
                 prefix
                     + u"Permission was denied for this request to access the `loopback` address "
                       u"space."_s);
        QCOMPARE(CorsMessages::chromiumMessage(
                     {CorsErrorKind::InvalidPrivateNetworkAccess, u"local"_s, u"loopback"_s}, url,
                     u"https://a.example"_s),
                 prefix
                     + u"Request had a target IP address space of `local` yet the resource is in "
                       u"address space `loopback`."_s);
        QCOMPARE(CorsMessages::chromiumMessage(
                     {CorsErrorKind::InsecurePrivateNetwork, {}, u"local"_s}, url,
                     u"https://a.example"_s, QUrl(), FetchRequest::Initiator::Image),
                 u"Access to image at 'http://127.0.0.1:8000/api/data' from origin "
                 u"'https://a.example' has been blocked by CORS policy: The request client is "
                 u"not a secure context and the resource is in more-private address space "
                 u"`local`."_s);
    }

    // Firefox ESR 153 words a refused permission as a failed connection, and has no refusal
    // of its own for an insecure page or a targetAddressSpace.
    void firefoxsWords()
    {
        const QUrl url(u"http://127.0.0.1:8000/api/data"_s);
        QCOMPARE(
            CorsMessages::firefoxMessage(
                {CorsErrorKind::LocalNetworkAccessPermissionDenied, {}, u"loopback"_s}, url, 0),
            u"Cross-Origin Request Blocked: The Same Origin Policy disallows reading the "
            u"remote resource at http://127.0.0.1:8000/api/data. (Reason: CORS request did "
            u"not succeed). Status code: (null)."_s);
        QVERIFY(CorsMessages::firefoxMessage(
                    {CorsErrorKind::InsecurePrivateNetwork, {}, u"local"_s}, url, 0)
                    .isEmpty());
        QVERIFY(CorsMessages::firefoxMessage(
                    {CorsErrorKind::InvalidPrivateNetworkAccess, u"local"_s, u"loopback"_s}, url, 0)
                    .isEmpty());
    }

    void nothingIsSentUntilTheUserAllows_data()
    {
        QTest::addColumn<int>("permission");
        QTest::addColumn<QString>("method");
        QTest::newRow("prompt") << int(Permission::Prompt) << u"GET"_s;
        QTest::newRow("denied, preflighted") << int(Permission::Denied) << u"PUT"_s;
    }

    void nothingIsSentUntilTheUserAllows()
    {
        QFETCH(int, permission);
        QFETCH(QString, method);
        FetchRequest request = gatedRequest(u"https://app.example.com"_s, AddressSpace::Public,
                                            AddressSpace::Loopback, Permission(permission));
        request.url = m_server.baseUrl().resolved(QUrl(u"/api/data"_s));
        request.method = method;
        const SimulationResult result = run(request);
        QVERIFY(!result.allowed);
        QCOMPARE(result.failure->kind, CorsErrorKind::LocalNetworkAccessPermissionDenied);
        QVERIFY(!result.preflight);
        QVERIFY(!result.actual);
        QVERIFY(m_log.entries().isEmpty());
        QVERIFY(result.chromiumMessage.endsWith(u"the `loopback` address space."));
        // The verdict says plainly what a prompt means.
        if (Permission(permission) == Permission::Prompt)
            QVERIFY2(result.explanation.contains(u"(prompt)"), qPrintable(result.explanation));
        QVERIFY(TraceText::format(result).contains(
            u"Local Network Access (page public → server loopback): "_s
            + (Permission(permission) == Permission::Prompt ? u"loopback-network not answered"_s
                                                            : u"the user blocked"_s)));
    }

    void aRedirectIsCheckedAgainstItsOwnSpace()
    {
        FetchRequest request = gatedRequest(u"https://app.example.com"_s, AddressSpace::Public,
                                            AddressSpace::Public, Permission::Prompt);
        request.url = m_server.baseUrl().resolved(QUrl(u"/api/data"_s));
        // Back to the same server: its space; to the page's origin: the page's; else the host's.
        QCOMPARE(
            LocalNetworkAccess::checkRedirect(request, m_server.baseUrl().resolved(QUrl(u"/b"_s)))
                .step,
            Step::NotGated);
        QCOMPARE(
            LocalNetworkAccess::checkRedirect(request, QUrl(u"https://app.example.com/x"_s)).step,
            Step::NotGated);
        QCOMPARE(LocalNetworkAccess::checkRedirect(request, QUrl(u"http://192.168.1.1/"_s))
                     .resourceSpace,
                 AddressSpace::Local);

        // The first hop (public to public) is sent; its redirect to localhost is refused.
        CorsPolicy redirecting;
        redirecting.mode = CorsPolicy::Mode::Manual;
        const QByteArray next = u"http://localhost:%1/next"_s.arg(m_server.port()).toLatin1();
        redirecting.manualActual
            = {302, {{"Access-Control-Allow-Origin", "*"}, {"Location", next}}};
        const CorsPolicy starlette = m_server.policy();
        m_server.setPolicy(redirecting);
        const SimulationResult result = run(request);
        m_server.setPolicy(starlette);
        QCOMPARE(result.failure->kind, CorsErrorKind::LocalNetworkAccessPermissionDenied);
        QCOMPARE(result.localNetworkAccess.step, Step::Prompted);
        QCOMPARE(m_log.entries().size(), 1);
        QVERIFY2(
            result.explanation.startsWith(request.url.toString() + u" answered with a redirect"_s),
            qPrintable(result.explanation));
        // The check comes before the hop: the message names the page, not "null".
        QVERIFY(result.chromiumMessage.contains(u"from origin 'https://app.example.com'"));
        QVERIFY2(result.chromiumMessage.startsWith(u"Access to fetch at '"_s
                                                   + QString::fromLatin1(next)
                                                   + u"' (redirected from '"),
                 qPrintable(result.chromiumMessage));
        QCOMPARE(result.localNetworkAccess.resourceSpace, AddressSpace::Loopback);
    }

    void afterAGrantCorsAppliesAsUsual()
    {
        FetchRequest request = gatedRequest(u"https://app.example.com"_s, AddressSpace::Public,
                                            AddressSpace::Loopback, Permission::Granted);
        request.url = m_server.baseUrl().resolved(QUrl(u"/api/data"_s));
        request.method = u"PUT"_s;
        request.credentials = FetchRequest::Credentials::Include;
        const SimulationResult result = run(request);
        QVERIFY2(result.allowed, qPrintable(result.chromiumMessage));
        QVERIFY(result.preflight);
        // Chromium 156 sends no Private Network Access header on the preflight.
        for (const auto &line : result.preflight->request.headers.lines())
            QVERIFY2(!line.first.contains("Private-Network")
                         && !line.first.contains("Local-Network"),
                     line.first.constData());
        QCOMPARE(m_log.entries().size(), 2);
        QVERIFY(result.explanation.startsWith(u"The user allowed the page"));

        // What a library that still speaks Private Network Access answers changes nothing.
        CorsPolicy manual;
        manual.mode = CorsPolicy::Mode::Manual;
        manual.manualPreflight = {204,
                                  {{"Access-Control-Allow-Origin", "https://app.example.com"},
                                   {"Access-Control-Allow-Methods", "PUT"},
                                   {"Access-Control-Allow-Credentials", "true"},
                                   {"Access-Control-Allow-Private-Network", "true"}}};
        manual.manualActual = {200,
                               {{"Access-Control-Allow-Origin", "https://app.example.com"},
                                {"Access-Control-Allow-Credentials", "true"}}};
        const CorsPolicy starlette = m_server.policy();
        m_server.setPolicy(manual);
        const SimulationResult answered = run(request);
        m_server.setPolicy(starlette);
        QVERIFY(answered.allowed);
        QVERIFY(answered.notes.join(u'\n').contains(u"Access-Control-Allow-Private-Network has no "
                                                    u"effect"));

        request.pageOrigin = u"https://other.example"_s;
        const SimulationResult refused = run(request);
        // Starlette answers another origin's preflight without Access-Control-Allow-Origin.
        QCOMPARE(refused.failure->kind, CorsErrorKind::PreflightMissingAllowOriginHeader);
    }
};

QTEST_GUILESS_MAIN(TestLocalNetworkAccess)
#include "tst_localnetworkaccess.moc"
