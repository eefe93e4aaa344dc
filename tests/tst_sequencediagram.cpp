#include "gui/SequenceDiagram.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
SimulatedExchange exchange(const QByteArray &method, int status, bool passed)
{
    SimulatedExchange result;
    result.request.method = method;
    result.request.url = QUrl(u"http://127.0.0.1:8000/api/data"_s);
    RawHttpResponse response;
    response.status = status;
    response.reasonPhrase = "X";
    result.response = response;
    result.checks.append({"Access-Control-Allow-Origin", passed, u"rule"_s});
    return result;
}
} // namespace

class TestSequenceDiagram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsPreflightActualAndVerdict()
    {
        SimulationResult result;
        result.preflight = exchange("OPTIONS", 204, true);
        result.actual = exchange("PUT", 200, false);
        result.failure = CorsFailure{CorsErrorKind::MissingAllowOriginHeader, {}};
        const auto steps = SequenceDiagram::stepsFor(result);
        QCOMPARE(steps.size(), 5);
        QCOMPARE(steps.at(0).text, u"OPTIONS /api/data (preflight)"_s);
        QCOMPARE(steps.at(1).text, u"204 X"_s);
        QVERIFY(steps.at(1).passed);
        QVERIFY(!steps.at(3).passed);
        QCOMPARE(steps.at(4).kind, SequenceDiagram::Step::Kind::Verdict);
        QCOMPARE(steps.at(4).text, u"BLOCKED: MissingAllowOriginHeader"_s);
    }

    void theLocalNetworkStepComesBeforeAnyRequest()
    {
        FetchRequest request;
        request.pageOrigin = u"https://app.example.com"_s;
        request.url = QUrl(u"http://127.0.0.1:8000/api/data"_s);
        request.serverAddressSpace = AddressSpace::Loopback;
        SimulationResult refused;
        refused.localNetworkAccess = LocalNetworkAccess::check(request);
        refused.failure = refused.localNetworkAccess.failure();
        auto steps = SequenceDiagram::stepsFor(refused);
        // Nothing was sent: the permission step, then the verdict.
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.first().kind, SequenceDiagram::Step::Kind::Permission);
        QVERIFY(!steps.first().passed);
        QVERIFY2(steps.first().text.contains(u"loopback-network"), qPrintable(steps.first().text));
        QCOMPARE(steps.last().text, u"BLOCKED: LocalNetworkAccessPermissionDenied"_s);

        request.localNetworkPermission = FetchRequest::LocalNetworkPermission::Granted;
        SimulationResult granted;
        granted.localNetworkAccess = LocalNetworkAccess::check(request);
        granted.actual = exchange("GET", 200, true);
        granted.allowed = true;
        steps = SequenceDiagram::stepsFor(granted);
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps.first().kind, SequenceDiagram::Step::Kind::Permission);
        QVERIFY(steps.first().passed);
        QCOMPARE(steps.at(1).kind, SequenceDiagram::Step::Kind::Request);

        // A redirect's next hop refused: the step comes where it was taken, after the hop.
        refused.redirects.append(exchange("GET", 302, true));
        steps = SequenceDiagram::stepsFor(refused);
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps.at(0).kind, SequenceDiagram::Step::Kind::Request);
        QCOMPARE(steps.at(2).kind, SequenceDiagram::Step::Kind::Permission);

        // Same space: no step at all.
        SimulationResult plain;
        plain.actual = exchange("GET", 200, true);
        plain.allowed = true;
        QCOMPARE(SequenceDiagram::stepsFor(plain).first().kind,
                 SequenceDiagram::Step::Kind::Request);
        SequenceDiagram diagram;
        diagram.resize(600, 300);
        diagram.showResult(refused);
        QVERIFY(!diagram.grab().isNull());
    }

    void aCachedPreflightIsANoteNotAnArrow()
    {
        SimulationResult result;
        result.preflight = exchange("OPTIONS", 204, true);
        result.preflight->fromCache = true;
        result.actual = exchange("PUT", 200, true);
        result.allowed = true;
        const auto steps = SequenceDiagram::stepsFor(result);
        QCOMPARE(steps.first().kind, SequenceDiagram::Step::Kind::Note);
        QVERIFY(steps.first().text.contains(u"cache"));
        QCOMPARE(steps.size(), 4);
        SequenceDiagram diagram;
        diagram.resize(600, 300);
        diagram.showResult(result);
        QVERIFY(!diagram.grab().isNull());
    }
};

QTEST_MAIN(TestSequenceDiagram)
#include "tst_sequencediagram.moc"
