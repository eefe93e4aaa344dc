#include "core/browser/BrowserSimulator.h"
#include "core/log/RequestLog.h"
#include "core/server/PlaygroundServer.h"
#include "support/ConformancePageServer.h"
#include "support/ConformanceScenario.h"
#include "support/HeadlessBrowser.h"
#include "support/OracleTools.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Holds the simulator to real Chromium (Debian's package): every scenario in
// tests/conformance/scenarios.json runs once in headless Chromium and once in the simulator,
// against the same server and policy, and the verdicts, the requests that reached the server,
// the console messages and the readable headers must be the same. Firefox ESR runs the same
// page too; its verdicts must equal Chromium's except where a scenario says they differ.
// Local Network Access needs browsers started with other flags: tst_localnetworkconformance.
namespace {
using Scenario = ConformanceScenario;
} // namespace

class TestChromiumConformance : public QObject
{
    Q_OBJECT

private:
    RequestLog m_log{100000};
    PlaygroundServer m_api{&m_log};
    ConformancePageServer m_page;
    QList<Scenario> m_scenarios;
    QStringList m_console;
    QList<RequestLogEntry> m_chromiumRequests;
    QHash<int, QJsonObject> m_chromiumResults;

    QByteArray loadScenarios(QString *error)
    {
        QFile file(QStringLiteral(TESTS_SOURCE_DIR "/conformance/scenarios.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return {};
        }
        QString text = QString::fromUtf8(file.readAll());
        text.replace(u"{page_origin}"_s, m_page.origin())
            .replace(u"{page_port}"_s, QString::number(m_page.port()))
            .replace(u"{api_port}"_s, QString::number(m_api.port()));
        QJsonArray pageScenarios;
        const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
        const ConformanceScenario::Servers servers{m_page.origin(), m_api.baseUrl(), QUrl(),
                                                   QUrl()};
        for (const QJsonValue &value : array) {
            const Scenario scenario
                = ConformanceScenario::fromJson(value.toObject(), servers, error);
            if (!error->isEmpty())
                return {};
            m_scenarios.append(scenario);
            pageScenarios.append(scenario.forPage);
        }
        return QJsonDocument(pageScenarios).toJson(QJsonDocument::Compact);
    }

    // Runs the page in a browser until it reports done; the page server holds the results.
    bool runBrowser(HeadlessBrowser::Kind kind, QStringList *console, QString *error)
    {
        m_page.reset();
        HeadlessBrowser browser(kind);
        qInfo("%s, %d scenarios", qPrintable(browser.version()), int(m_scenarios.size()));
        if (!browser.start(QUrl(m_page.origin() + u"/"_s), error))
            return false;
        const bool done = QTest::qWaitFor([this] { return m_page.isDone(); }, 120000);
        *console = browser.consoleMessages();
        browser.stop();
        if (!done)
            *error = browser.executable()
                + u" did not finish the page: stuck at scenario %1; it printed:\n"_s.arg(
                    m_page.results().size())
                + console->join(u'\n');
        return done;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_ORACLE_TOOLS(
            OracleTool::executable(HeadlessBrowser::program(HeadlessBrowser::Kind::Chromium),
                                   u"chromium"_s),
            OracleTool::executable(HeadlessBrowser::program(HeadlessBrowser::Kind::Firefox),
                                   u"firefox-esr"_s));
        QVERIFY(m_api.start());
        QVERIFY(m_page.start());
        QString error;
        const QByteArray pageScenarios = loadScenarios(&error);
        QVERIFY2(!pageScenarios.isEmpty(), qPrintable(error));
        QFile page(QStringLiteral(TESTS_SOURCE_DIR "/conformance/page.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QFile runner(QStringLiteral(TESTS_SOURCE_DIR "/../resources/demo/run-request.js"));
        QVERIFY(runner.open(QIODevice::ReadOnly));
        m_page.setPage(page.readAll()
                           .replace("/*SCENARIOS*/", pageScenarios)
                           .replace("/*RUNNER*/", runner.readAll()));
        connect(&m_page, &ConformancePageServer::scenarioStarting, this,
                [this](int index) { m_api.setPolicy(m_scenarios.value(index).policy); });

        QVERIFY2(runBrowser(HeadlessBrowser::Kind::Chromium, &m_console, &error),
                 qPrintable(error));
        m_chromiumResults = m_page.results();
        m_chromiumRequests = m_log.entries();
        m_log.clear();
    }

    void sameAsChromium_data()
    {
        QTest::addColumn<int>("index");
        for (qsizetype index = 0; index < m_scenarios.size(); ++index)
            QTest::newRow(qPrintable(m_scenarios.at(index).name)) << int(index);
    }

    void sameAsChromium()
    {
        QFETCH(int, index);
        const Scenario &scenario = m_scenarios.at(index);
        const QJsonArray outcomes = m_page.results().value(index).value(u"outcomes"_s).toArray();
        QCOMPARE(outcomes.size(), scenario.repeat);
        const QStringList chromiumMessages = corsMessagesBetween(m_console, index);

        m_api.setPolicy(scenario.policy);
        BrowserSimulator simulator;
        QStringList simulatedMessages;
        for (int round = 0; round < scenario.repeat; ++round) {
            const SimulationResult result = simulateRequest(simulator, scenario.request);
            const QJsonObject outcome = outcomes.at(round).toObject();
            QVERIFY2(outcome.value(u"ok"_s).toBool() == result.allowed,
                     qPrintable(
                         u"Chromium: "_s
                         + QString::fromUtf8(QJsonDocument(outcome).toJson(QJsonDocument::Compact))
                         + u"\nsimulator: "_s + result.chromiumMessage));
            if (result.allowed) {
                // What the page can observe: fetch() gives the type and the headers,
                // XMLHttpRequest the headers, an image or a stylesheet whether it is opaque.
                if (outcome.contains(u"type"_s))
                    QCOMPARE(SimulationResult::responseTypeName(result.responseType),
                             outcome.value(u"type"_s).toString());
                QStringList exposed;
                for (const QByteArray &name : result.exposedHeaders)
                    exposed.append(QString::fromLatin1(name));
                if (outcome.contains(u"headers"_s))
                    QCOMPARE(exposed, outcome.value(u"headers"_s).toVariant().toStringList());
            } else if (result.failure->kind == CorsErrorKind::TypeError) {
                QCOMPARE(result.chromiumMessage, outcome.value(u"error"_s).toString());
            } else if (result.failure->kind == CorsErrorKind::NetworkError) {
                QCOMPARE(outcome.value(u"error"_s).toString(), u"TypeError: Failed to fetch"_s);
            } else {
                simulatedMessages.append(result.chromiumMessage);
            }
        }
        QCOMPARE(simulatedMessages, chromiumMessages);
        QCOMPARE(serverSaw(m_log.entries(), scenario), serverSaw(m_chromiumRequests, scenario));
    }

    // Every console message real Chromium printed, pasted into diagnose, reads back to a
    // reproduction that makes the simulator print the same message (asked at the final URL
    // directly: a redirect is not reproduced).
    void diagnosingChromiumsMessagesReproducesThem()
    {
        QStringList mismatches;
        int reproduced = 0;
        for (qsizetype index = 0; index < m_scenarios.size(); ++index) {
            for (const QString &line : corsMessagesBetween(m_console, int(index))) {
                const QString mismatch = reproductionMismatch(line, &m_api);
                if (mismatch.isEmpty())
                    ++reproduced;
                else
                    mismatches.append(mismatch);
            }
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
        // Most blocked scenarios print a message; a run that read none would prove nothing.
        QVERIFY2(reproduced >= 60, qPrintable(QString::number(reproduced)));
        qInfo("%d of Chromium's messages diagnosed and reproduced", reproduced);
    }

    void firefoxGivesTheSameVerdicts()
    {
        QStringList console;
        QString error;
        QVERIFY2(runBrowser(HeadlessBrowser::Kind::Firefox, &console, &error), qPrintable(error));
        QStringList mismatches;
        for (qsizetype index = 0; index < m_scenarios.size(); ++index) {
            const auto verdicts = [](const QJsonObject &result) {
                QList<bool> allowed;
                for (const QJsonValue &outcome : result.value(u"outcomes"_s).toArray())
                    allowed.append(outcome.toObject().value(u"ok"_s).toBool());
                return allowed;
            };
            const QList<bool> chromium = verdicts(m_chromiumResults.value(int(index)));
            const QList<bool> firefox = verdicts(m_page.results().value(int(index)));
            const bool expectSame = m_scenarios.at(index).firefoxDiffers.isEmpty();
            if ((chromium == firefox) != expectSame)
                mismatches.append(m_scenarios.at(index).name);
        }
        QVERIFY2(mismatches.isEmpty(),
                 qPrintable(u"Firefox and Chromium verdicts differ unexpectedly in: "_s
                            + mismatches.join(u"; ")));
    }
};

QTEST_GUILESS_MAIN(TestChromiumConformance)
#include "tst_chromiumconformance.moc"
