#include "core/browser/BrowserSimulator.h"
#include "core/diagnose/ConsolePaste.h"
#include "core/diagnose/Diagnosis.h"
#include "core/log/RequestLog.h"
#include "core/policy/PolicyJson.h"
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

// Holds the simulator's Local Network Access step to real Chromium 156. Each run of
// tests/conformance/local-network.json starts headless Chromium with its own flags:
// --ip-address-space-overrides makes the page's port public or local and a second API's port
// local and a third's public (the first stays loopback), --host-resolver-rules gives the page a
// plain-http public host name, and a fresh profile's Default/Preferences grants the
// loopback-network and local-network permissions in advance (without it, headless Chromium
// dismisses the prompt). Verdicts, the requests that reached the servers and the console messages
// must be the same, and each message must read back in diagnose to a reproduction that prints it
// again.
namespace {

struct Run
{
    QString name;
    AddressSpace pageSpace = AddressSpace::Loopback;
    QString pageHost;
    bool granted = false;
    QList<ConformanceScenario> scenarios;
    QStringList console;
    QHash<int, QJsonObject> results;
    QList<RequestLogEntry> requests;
};

} // namespace

class TestLocalNetworkConformance : public QObject
{
    Q_OBJECT

private:
    RequestLog m_log{100000};
    PlaygroundServer m_api{&m_log};
    PlaygroundServer m_localApi{&m_log};
    PlaygroundServer m_publicApi{&m_log};
    ConformancePageServer m_page;
    QList<Run> m_runs;
    const Run *m_current = nullptr;
    // What the loopback API runs instead, for a scenario that redirects to it.
    QHash<int, CorsPolicy> m_targetPolicies;

    bool loadRuns(QString *error)
    {
        QFile file(QStringLiteral(TESTS_SOURCE_DIR "/conformance/local-network.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        const QByteArray text = file.readAll();
        for (const QJsonValue &value :
             QJsonDocument::fromJson(text).object().value(u"runs"_s).toArray()) {
            const QJsonObject object = value.toObject();
            Run run;
            run.name = object.value(u"name"_s).toString();
            run.pageHost = object.value(u"page_host"_s).toString(u"localhost"_s);
            run.granted = object.value(u"granted"_s).toBool();
            if (!AddressSpaces::parse(object.value(u"page_address_space"_s).toString(),
                                      &run.pageSpace)) {
                *error = run.name + u": page_address_space"_s;
                return false;
            }
            m_page.setHost(run.pageHost);
            const ConformanceScenario::Servers servers{m_page.origin(), m_api.baseUrl(),
                                                       m_localApi.baseUrl(), m_publicApi.baseUrl()};
            for (const QJsonValue &scenarioValue : object.value(u"scenarios"_s).toArray()) {
                const QByteArray scenarioText
                    = QJsonDocument(scenarioValue.toObject())
                          .toJson()
                          .replace("{page_origin}", m_page.origin().toUtf8())
                          .replace("{api_port}", QByteArray::number(m_api.port()));
                const QJsonObject scenarioObject = QJsonDocument::fromJson(scenarioText).object();
                ConformanceScenario scenario
                    = ConformanceScenario::fromJson(scenarioObject, servers, error);
                if (!error->isEmpty())
                    return false;
                if (scenarioObject.contains(u"target_policy"_s)) {
                    const PolicyJson::ParseResult target = PolicyJson::fromJsonObject(
                        scenarioObject.value(u"target_policy"_s).toObject());
                    if (!target.ok()) {
                        *error = scenario.name + u": target_policy"_s;
                        return false;
                    }
                    m_targetPolicies.insert(scenario.index, target.policy);
                }
                // What the browser is told by its flags and its profile.
                FetchRequest &request = scenario.request;
                request.pageAddressSpace = run.pageSpace;
                request.serverAddressSpace = request.url.port() == m_localApi.port()
                    ? AddressSpace::Local
                    : request.url.port() == m_publicApi.port() ? AddressSpace::Public
                                                               : AddressSpace::Loopback;
                request.localNetworkPermission = run.granted
                    ? FetchRequest::LocalNetworkPermission::Granted
                    : FetchRequest::LocalNetworkPermission::Prompt;
                run.scenarios.append(scenario);
            }
            m_runs.append(run);
        }
        return true;
    }

    bool runInChromium(Run &run, QString *error)
    {
        m_page.reset();
        m_page.setHost(run.pageHost);
        QJsonArray forPage;
        for (const ConformanceScenario &scenario : std::as_const(run.scenarios))
            forPage.append(scenario.forPage);
        QFile page(QStringLiteral(TESTS_SOURCE_DIR "/conformance/page.html"));
        QFile runner(QStringLiteral(TESTS_SOURCE_DIR "/../resources/demo/run-request.js"));
        if (!page.open(QIODevice::ReadOnly) || !runner.open(QIODevice::ReadOnly)) {
            *error = page.errorString() + runner.errorString();
            return false;
        }
        m_page.setPage(
            page.readAll()
                .replace("/*SCENARIOS*/", QJsonDocument(forPage).toJson(QJsonDocument::Compact))
                .replace("/*RUNNER*/", runner.readAll()));
        QStringList overrides{u"127.0.0.1:%1=local"_s.arg(m_localApi.port()),
                              u"127.0.0.1:%1=public"_s.arg(m_publicApi.port())};
        if (run.pageSpace != AddressSpace::Loopback)
            overrides.prepend(
                u"127.0.0.1:%1=%2"_s.arg(m_page.port()).arg(AddressSpaces::name(run.pageSpace)));
        QStringList arguments{u"--ip-address-space-overrides="_s + overrides.join(u',')};
        if (run.pageHost != u"localhost")
            arguments.append(u"--host-resolver-rules=MAP %1 127.0.0.1"_s.arg(run.pageHost));

        HeadlessBrowser browser(HeadlessBrowser::Kind::Chromium);
        browser.setExtraArguments(arguments);
        if (run.granted)
            browser.setPreferences(HeadlessBrowser::localNetworkGrant(m_page.origin()));
        m_current = &run;
        m_log.clear();
        if (!browser.start(QUrl(m_page.origin() + u"/"_s), error))
            return false;
        const bool done = QTest::qWaitFor([this] { return m_page.isDone(); }, 120000);
        run.console = browser.consoleMessages();
        browser.stop();
        m_current = nullptr;
        run.results = m_page.results();
        run.requests = m_log.entries();
        if (!done)
            *error = run.name + u": Chromium did not finish the page; it printed:\n"_s
                + run.console.join(u'\n');
        return done;
    }

    void setPolicy(const CorsPolicy &policy)
    {
        m_api.setPolicy(policy);
        m_localApi.setPolicy(policy);
        m_publicApi.setPolicy(policy);
    }

    void setPolicy(const ConformanceScenario &scenario)
    {
        setPolicy(scenario.policy);
        m_api.setPolicy(m_targetPolicies.value(scenario.index, scenario.policy));
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_ORACLE_TOOLS(OracleTool::executable(
            HeadlessBrowser::program(HeadlessBrowser::Kind::Chromium), u"chromium"_s));
        QVERIFY(m_api.start());
        QVERIFY(m_localApi.start());
        QVERIFY(m_publicApi.start());
        QVERIFY(m_page.start());
        connect(&m_page, &ConformancePageServer::scenarioStarting, this, [this](int index) {
            for (const ConformanceScenario &scenario : m_current->scenarios) {
                if (scenario.index == index)
                    setPolicy(scenario);
            }
        });
        QString error;
        QVERIFY2(loadRuns(&error), qPrintable(error));
        qInfo("%s", qPrintable(HeadlessBrowser(HeadlessBrowser::Kind::Chromium).version()));
        for (Run &run : m_runs)
            QVERIFY2(runInChromium(run, &error), qPrintable(error));
    }

    void sameAsChromium_data()
    {
        QTest::addColumn<int>("run");
        QTest::addColumn<int>("scenario");
        int count = 0;
        for (qsizetype run = 0; run < m_runs.size(); ++run) {
            for (qsizetype scenario = 0; scenario < m_runs.at(run).scenarios.size(); ++scenario) {
                QTest::newRow(qPrintable(m_runs.at(run).scenarios.at(scenario).name))
                    << int(run) << int(scenario);
                ++count;
            }
        }
        QVERIFY(count >= 12);
    }

    void sameAsChromium()
    {
        QFETCH(int, run);
        QFETCH(int, scenario);
        const Run &inChromium = m_runs.at(run);
        const ConformanceScenario &tested = inChromium.scenarios.at(scenario);
        const QJsonObject outcome = inChromium.results.value(tested.index)
                                        .value(u"outcomes"_s)
                                        .toArray()
                                        .first()
                                        .toObject();
        setPolicy(tested);
        m_log.clear();
        BrowserSimulator simulator;
        const SimulationResult result = simulateRequest(simulator, tested.request);
        QVERIFY2(
            outcome.value(u"ok"_s).toBool() == result.allowed,
            qPrintable(u"Chromium: "_s
                       + QString::fromUtf8(QJsonDocument(outcome).toJson(QJsonDocument::Compact))
                       + u"\nsimulator: "_s + result.chromiumMessage));
        QStringList simulated;
        if (!result.allowed)
            simulated.append(result.chromiumMessage);
        QCOMPARE(simulated, corsMessagesBetween(inChromium.console, tested.index));
        if (qEnvironmentVariableIsSet("CONFORMANCE_DEBUG"))
            qInfo("%s\nChromium: %s",
                  qPrintable(serverSaw(inChromium.requests, tested).join(u'\n')),
                  QJsonDocument(outcome).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(serverSaw(m_log.entries(), tested), serverSaw(inChromium.requests, tested));
    }

    // Every message Chromium printed reads back in diagnose, and its reproduction makes the
    // simulator print the same message. No CORS header fixes a Local Network Access refusal, so
    // diagnose offers no server fix for one.
    void diagnosingTheMessagesReproducesThem()
    {
        QStringList mismatches;
        int reproduced = 0;
        for (const Run &run : std::as_const(m_runs)) {
            for (const ConformanceScenario &scenario : run.scenarios) {
                for (const QString &line : corsMessagesBetween(run.console, scenario.index)) {
                    const QList<ConsoleError> errors = ConsolePaste::read(line);
                    if (errors.size() == 1 && errors.first().failure
                        && errors.first().failure->isLocalNetworkAccessError()
                        && !Diagnosis::of(errors.first(), PolicyExport::Format::FastApi)
                                .fixCode.isEmpty())
                        mismatches.append(u"a server fix for: "_s + line);
                    const QString mismatch = reproductionMismatch(line, &m_api);
                    if (mismatch.isEmpty())
                        ++reproduced;
                    else
                        mismatches.append(mismatch);
                }
            }
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
        QVERIFY2(reproduced >= 10, qPrintable(QString::number(reproduced)));
        qInfo("%d messages diagnosed and reproduced", reproduced);
    }
};

QTEST_GUILESS_MAIN(TestLocalNetworkConformance)
#include "tst_localnetworkconformance.moc"
