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
