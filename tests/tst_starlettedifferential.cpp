#include "core/log/RequestLog.h"
#include "core/policy/PolicyJson.h"
#include "core/server/PlaygroundServer.h"
#include "support/FrameworkDifferential.h"
#include "support/HttpTestClient.h"
#include "support/OracleTools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Holds the playground's middleware mode to the real Starlette CORSMiddleware (Debian 12's
// python3-starlette 0.26.1): both serve the same policies, get the same requests, and must
// answer with the same status, body and every Access-Control-* and Vary line.
namespace {

using FrameworkDifferential::corsLines;
using FrameworkDifferential::pick;

struct Exchange
{
    QByteArray method;
    HeaderLines headers;
};

QList<CorsPolicy> makePolicies()
{
    const QList<QStringList> origins{{},
                                     {u"*"_s},
                                     {u"http://a.test"_s},
                                     {u"http://a.test"_s, u"https://b.test:8443"_s},
                                     {u"*"_s, u"http://a.test"_s},
                                     {u"null"_s, u"http://A.test"_s}};
    const QStringList regexes{QString(), u"https://.*\\.example\\.org"_s, u"http://(a|c)\\.test"_s};
    const QList<QStringList> methods{{u"GET"_s},
                                     {u"GET"_s, u"PUT"_s},
                                     {u"*"_s},
                                     {u"POST"_s, u"DELETE"_s, u"PATCH"_s},
                                     {u"get"_s, u"PUT"_s, u"PUT"_s}};
    const QList<QStringList> headers{{},
                                     {u"X-API-Key"_s},
                                     {u"*"_s},
                                     {u"Content-Type"_s, u"x-custom"_s, u"X-Custom"_s},
                                     {u"authorization"_s, u"Accept"_s}};
    const QList<QStringList> exposed{{}, {u"X-Request-ID"_s}, {u"X-A"_s, u"X-B"_s}};
    const QList<int> maxAges{600, 0, 86400};

    QList<CorsPolicy> policies;
    // Every origin setting with and without credentials, then a seeded sample of the rest.
    QRandomGenerator random(20261123);
    for (int index = 0; index < 72; ++index) {
        CorsPolicy policy;
        MiddlewareOptions &options = policy.middleware;
        options.allowOrigins = origins.at(index % origins.size());
        options.allowCredentials = (index / origins.size()) % 2 == 1;
        options.allowOriginRegex = pick(random, regexes);
        options.allowMethods = pick(random, methods);
        options.allowHeaders = pick(random, headers);
        options.exposeHeaders = pick(random, exposed);
        options.maxAge = pick(random, maxAges);
        policies.append(policy);
    }
    return policies;
}

QList<Exchange> makeExchanges(QRandomGenerator &random)
{
    const QList<QByteArray> origins{"http://a.test",           "https://b.test:8443",
                                    "http://evil.test",        "null",
                                    "https://app.example.org", "https://app.example.org.evil",
                                    "http://A.test",           "http://c.test"};
    const QList<QByteArray> simpleMethods{"GET",   "POST", "PUT",    "DELETE",
                                          "PATCH", "HEAD", "OPTIONS"};
    const QList<QByteArray> requestMethods{"GET", "PUT",      "PATCH", "DELETE",
                                           "get", "PROPFIND", "POST"};
    const QList<QByteArray> requestHeaders{QByteArray(),
                                           "x-api-key",
                                           "content-type",
                                           "x-custom,content-type",
                                           "X-API-Key, Authorization",
                                           "accept,",
                                           "",
                                           "x-custom, x-other",
                                           " Accept-Language , content-language"};

    QList<Exchange> exchanges;
    exchanges.append(Exchange{"GET", {}});
    exchanges.append(Exchange{"OPTIONS", {{"Access-Control-Request-Method", "GET"}}});
    for (int index = 0; index < 28; ++index) {
        const QByteArray origin = pick(random, origins);
        if (index % 2 == 0) {
            HeaderLines headers{{"Origin", origin},
                                {"Access-Control-Request-Method", pick(random, requestMethods)}};
            const QByteArray names = pick(random, requestHeaders);
            if (!names.isNull())
                headers.append("Access-Control-Request-Headers", names);
            exchanges.append(Exchange{"OPTIONS", headers});
        } else {
            HeaderLines headers{{"Origin", origin}};
            if (random.bounded(3) == 0)
                headers.append("Cookie", "session=1");
            exchanges.append(Exchange{pick(random, simpleMethods), headers});
        }
    }
    return exchanges;
}

QString describe(const RawHttpResponse &response)
{
    QString text = QString::number(response.status) + u' ' + QString::fromLatin1(response.body);
    for (const auto &line : corsLines(response.headers))
        text += u" | "_s + QString::fromLatin1(line.first + ": " + line.second);
    return text;
}

} // namespace

class TestStarletteDifferential : public QObject
{
    Q_OBJECT

private:
    QProcess m_starlette;
    QTemporaryDir m_directory;
    quint16 m_starlettePort = 0;
    QList<CorsPolicy> m_policies;

private Q_SLOTS:
    void initTestCase()
    {
        const QString python = qEnvironmentVariable("STARLETTE_PYTHON", u"/usr/bin/python3"_s);
        REQUIRE_ORACLE_TOOLS(
            OracleTool::pythonModule(u"starlette"_s, u"python3-starlette"_s, python),
            OracleTool::pythonModule(u"uvicorn"_s, u"python3-uvicorn"_s, python));
        m_policies = makePolicies();
        QJsonArray array;
        for (const CorsPolicy &policy : std::as_const(m_policies))
            array.append(PolicyJson::toJsonObject(policy));
        QFile file(m_directory.filePath(u"policies.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(array).toJson());
        file.close();

        m_starlette.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_starlette.start(
            python,
            {QStringLiteral(TESTS_SOURCE_DIR "/starlette/starlette_server.py"), file.fileName()});
        QVERIFY2(m_starlette.waitForStarted(10000), qPrintable(python + u" did not start"_s));
        (void)QTest::qWaitFor(
            [this] {
                return m_starlette.canReadLine() || m_starlette.state() == QProcess::NotRunning;
            },
            20000);
        m_starlettePort = quint16(m_starlette.readLine().trimmed().toUInt());
        QVERIFY2(m_starlettePort > 0,
                 "Starlette did not start: install python3-starlette and python3-uvicorn "
                 "(scripts/test.sh does)");
    }

    void cleanupTestCase()
    {
        m_starlette.terminate();
        if (!m_starlette.waitForFinished(5000))
            m_starlette.kill();
        m_starlette.waitForFinished();
    }

    void sameAnswersAsStarlette()
    {
        RequestLog log;
        PlaygroundServer playground(&log);
        QVERIFY(playground.start());
        QRandomGenerator random(7);
        QStringList mismatches;
        int compared = 0;
        for (qsizetype index = 0; index < m_policies.size(); ++index) {
            playground.setPolicy(m_policies.at(index));
            const QString path = u"/policy/%1/api/data"_s.arg(index);
            for (const Exchange &exchangeToSend : makeExchanges(random)) {
                QString error;
                const auto starlette
                    = exchange({exchangeToSend.method,
                                QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_starlettePort).arg(path)),
                                exchangeToSend.headers,
                                {}},
                               &error);
                QVERIFY2(starlette, qPrintable(u"Starlette: "_s + error));
                const auto ours = exchange({exchangeToSend.method,
                                            playground.baseUrl().resolved(QUrl(path)),
                                            exchangeToSend.headers,
                                            {}},
                                           &error);
                QVERIFY2(ours, qPrintable(u"playground: "_s + error));
                ++compared;
                if (ours->status != starlette->status || ours->body != starlette->body
                    || corsLines(ours->headers) != corsLines(starlette->headers)) {
                    QString request = QString::fromLatin1(exchangeToSend.method);
                    for (const auto &line : exchangeToSend.headers.lines())
                        request += u" | "_s + QString::fromLatin1(line.first + ": " + line.second);
                    mismatches.append(
                        u"policy %1 %2\n  request:    %3\n  starlette:  %4\n  playground: %5"_s
                            .arg(index)
                            .arg(QString::fromUtf8(PolicyJson::serialize(m_policies.at(index)))
                                     .simplified(),
                                 request, describe(*starlette), describe(*ours)));
                }
            }
        }
        qInfo("compared %d exchanges over %d policies, %d differ", compared, int(m_policies.size()),
              int(mismatches.size()));
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 8).join(u"\n"_s)));
        QVERIFY(compared >= 2000);
    }
};

QTEST_GUILESS_MAIN(TestStarletteDifferential)
#include "tst_starlettedifferential.moc"
