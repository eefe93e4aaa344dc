#include "core/browser/BrowserSimulator.h"
#include "core/browser/CorsMessages.h"
#include "core/classroom/ScenarioLibrary.h"
#include "core/log/RequestLog.h"
#include "core/server/PlaygroundServer.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Every compiled-in scenario still gives the verdict its lesson promises.
class TestScenarioLibrary : public QObject
{
    Q_OBJECT

private:
    ScenarioLibrary m_library = ScenarioLibrary::load();

private Q_SLOTS:
    void loadsEveryScenario()
    {
        QVERIFY2(m_library.errors().isEmpty(), qPrintable(m_library.errors().join(u'\n')));
        QVERIFY(m_library.scenarios().size() >= 12);
        QVERIFY(m_library.find(u"02-wildcard-with-credentials"_s));
    }

    void everyScenarioFileIsCompiledIn()
    {
        // Dropping a JSON file into resources/scenarios/ is all it takes to add a scenario.
        const QStringList sourceFiles
            = QDir(QStringLiteral(TESTS_SOURCE_DIR "/../resources/scenarios"))
                  .entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(!sourceFiles.isEmpty());
        QCOMPARE(QDir(u":/scenarios"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name),
                 sourceFiles);
        QCOMPARE(m_library.scenarios().size(), sourceFiles.size());
    }

    void textsAreTranslatable()
    {
        const QStringList translatable = ScenarioLibrary::translatableTexts();
        for (const Scenario &scenario : m_library.scenarios()) {
            QVERIFY2(translatable.contains(scenario.sourceTitle), qPrintable(scenario.id));
            QVERIFY2(translatable.contains(scenario.sourceLesson), qPrintable(scenario.id));
        }
    }

    void expectedVerdictHolds_data()
    {
        QTest::addColumn<QString>("id");
        for (const Scenario &scenario : m_library.scenarios())
            QTest::newRow(qPrintable(scenario.id)) << scenario.id;
    }

    void expectedVerdictHolds()
    {
        QFETCH(QString, id);
        const Scenario *scenario = m_library.find(id);
        RequestLog log;
        PlaygroundServer server(&log);
        server.setPolicy(scenario->policy);
        QVERIFY(server.start());
        BrowserSimulator simulator;
        QSignalSpy finished(&simulator, &BrowserSimulator::finished);
        simulator.simulate(scenario->requestFor(server.baseUrl()));
        QVERIFY(finished.wait(10000));
        const SimulationResult result = finished.first().first().value<SimulationResult>();
        QCOMPARE(result.allowed, scenario->expectAllowed);
        if (!scenario->expectAllowed)
            QCOMPARE(CorsMessages::kindName(result.failure->kind), scenario->expectedError);
        if (!scenario->expectedResponseType.isEmpty())
            QCOMPARE(SimulationResult::responseTypeName(result.responseType),
                     scenario->expectedResponseType);
        if (!scenario->expectedExposedHeaders.isEmpty()) {
            QStringList exposed;
            for (const QByteArray &name : result.exposedHeaders)
                exposed.append(QString::fromLatin1(name));
            QCOMPARE(exposed, scenario->expectedExposedHeaders);
        }
    }

    void badScenarioFilesAreReported()
    {
        QString error;
        ScenarioLibrary::parse(
            R"({"id": "x", "title": "t", "lesson": "l", "expected": {"verdict": "maybe"}})",
            &error);
        QCOMPARE(error, u"expected.verdict must be \"allowed\" or \"blocked\""_s);
        ScenarioLibrary::parse(
            R"({"id": "x", "title": "t", "lesson": "l", "request": {"initiator": "iframe"}})",
            &error);
        QCOMPARE(error, u"request: unknown initiator or crossorigin"_s);
        ScenarioLibrary::parse(R"({"id": "x", "title": "t", "lesson": "l",
                                   "request": {"server_address_space": "intranet"}})",
                               &error);
        QCOMPARE(error,
                 u"request.server_address_space must be \"public\", \"local\" or \"loopback\""_s);
        ScenarioLibrary::parse(R"({"id": "x", "title": "t", "lesson": "l",
                                   "request": {"local_network_permission": "yes"}})",
                               &error);
        QCOMPARE(
            error,
            u"request.local_network_permission must be \"prompt\", \"granted\" or \"denied\""_s);
        ScenarioLibrary::parse(R"({"id": "x"})", &error);
        QCOMPARE(error, u"id, title and lesson are required"_s);
    }
};

QTEST_GUILESS_MAIN(TestScenarioLibrary)
#include "tst_scenariolibrary.moc"
