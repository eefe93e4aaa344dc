#include "support/CommandRun.h"
#include "support/HttpTestClient.h"

#include "support/JsonText.h"
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString binary = QStringLiteral(CORS_PLAYGROUND_BINARY);

QString writeFile(const QTemporaryDir &directory, const QString &name, const QByteArray &content)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

// Waits for the first stdout line of a started `serve`.
QString firstLine(QProcess &process)
{
    (void)QTest::qWaitFor(
        [&process] { return process.canReadLine() || process.state() == QProcess::NotRunning; },
        15000);
    return QString::fromUtf8(process.readLine()).trimmed();
}

} // namespace

class TestServeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLineNamesTheAddressAndAFreePort()
    {
        QTemporaryDir directory;
        const QString policy = writeFile(directory, u"p.json"_s,
                                         json("{'allow_origins': ['http://localhost:5173']}"));
        QProcess process;
        process.start(binary, {u"serve"_s, u"--policy"_s, policy, u"--port"_s, u"0"_s});
        const QString line = firstLine(process);
        const QRegularExpressionMatch match
            = QRegularExpression(u"^listening on http://127\\.0\\.0\\.1:(\\d+)$"_s).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        const int port = match.captured(1).toInt();
        QVERIFY(port > 0);

        // The served policy is the file's.
        const auto response = exchange({"GET",
                                        QUrl(u"http://127.0.0.1:%1/api"_s.arg(port)),
                                        {{"Origin", "http://localhost:5173"}},
                                        {}});
        QVERIFY(response);
        QCOMPARE(response->headers.firstValue("Access-Control-Allow-Origin"),
                 QByteArray("http://localhost:5173"));
        // Each request gets a line after the first.
        QVERIFY(QTest::qWaitFor([&process] { return process.canReadLine(); }, 5000));
        QCOMPARE(QString::fromUtf8(process.readLine()).trimmed(),
                 u"GET /api 200 origin=http://localhost:5173: origin allowed (echoed back)"_s);

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void severalThreadsAnswerEveryRequest()
    {
        QProcess process;
        process.start(binary,
                      {u"serve"_s, u"--port"_s, u"0"_s, u"--threads"_s, u"3"_s, u"--quiet"_s});
        const QRegularExpressionMatch match
            = QRegularExpression(u":(\\d+)$"_s).match(firstLine(process));
        QVERIFY(match.hasMatch());
        const QUrl url(u"http://127.0.0.1:%1/api"_s.arg(match.captured(1)));
        int answered = 0;
        for (int index = 0; index < 30; ++index) {
            const auto response = exchange({"GET", url, {{"Origin", "http://a.test"}}, {}});
            answered += response && response->status == 200 ? 1 : 0;
        }
        QCOMPARE(answered, 30);
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 0);
    }

    void sigintEndsCleanly()
    {
        QProcess process;
        process.start(binary, {u"serve"_s, u"--port"_s, u"0"_s, u"--quiet"_s});
        QVERIFY(firstLine(process).startsWith(u"listening on http://127.0.0.1:"));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void bindAddressIsHonoured()
    {
        QProcess process;
        process.start(binary, {u"serve"_s, u"--port"_s, u"0"_s, u"--bind"_s, u"::1"_s});
        const QString line = firstLine(process);
        process.kill();
        process.waitForFinished();
        if (line.isEmpty())
            QSKIP("IPv6 loopback is not available here");
        QVERIFY2(
            QRegularExpression(u"^listening on http://\\[::1\\]:\\d+$"_s).match(line).hasMatch(),
            qPrintable(line));
    }

    void badPolicyNamesFileAndField()
    {
        QTemporaryDir directory;
        const QString policy = writeFile(directory, u"bad.json"_s,
                                         json("{'allow_origins': ['http://localhost:3000/']}"));
        const CommandRun result = CommandRun::run({u"serve"_s, u"--policy"_s, policy});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardOutput.isEmpty());
        QVERIFY2(result.standardError.contains(
                     policy + u": allow_origins[0]: \"http://localhost:3000/\" ends with a slash"),
                 qPrintable(result.standardError));
    }

    void servesALibrarysOwnOptions()
    {
        QTemporaryDir directory;
        const QString policy = writeFile(
            directory, u"express.json"_s,
            json("{'framework': 'express', 'express': {'origin': ['http://localhost:5173']}}"));
        QProcess process;
        process.start(binary, {u"serve"_s, u"--policy"_s, policy, u"--port"_s, u"0"_s});
        const QRegularExpressionMatch match
            = QRegularExpression(u":(\\d+)$"_s).match(firstLine(process));
        QVERIFY(match.hasMatch());
        // Express's cors answers every OPTIONS 204, a refused origin too, without the origin.
        const auto response
            = exchange({"OPTIONS",
                        QUrl(u"http://127.0.0.1:%1/api"_s.arg(match.captured(1))),
                        {{"Origin", "http://evil.test"}, {"Access-Control-Request-Method", "PUT"}},
                        {}});
        QVERIFY(response);
        QCOMPARE(response->status, 204);
        QVERIFY(!response->headers.contains("Access-Control-Allow-Origin"));
        QCOMPARE(response->headers.firstValue("Access-Control-Allow-Methods"),
                 QByteArray("GET,HEAD,PUT,PATCH,POST,DELETE"));
        QVERIFY(QTest::qWaitFor([&process] { return process.canReadLine(); }, 5000));
        QCOMPARE(QString::fromUtf8(process.readLine()).trimmed(),
                 u"OPTIONS /api 204 origin=http://evil.test: preflight answered without checks "
                 u"(the browser decides)"_s);
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(5000));
    }

    void aLibrarysOwnRefusalIsABadPolicy()
    {
        QTemporaryDir directory;
        const QString policy
            = writeFile(directory, u"django.json"_s,
                        json("{'framework': 'django-cors-headers', 'django_cors_headers': "
                             "{'CORS_ALLOWED_ORIGINS': ['localhost:3000']}}"));
        const CommandRun result = CommandRun::run({u"serve"_s, u"--policy"_s, policy});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.standardError.contains(
                     u"django_cors_headers.CORS_ALLOWED_ORIGINS[0]: corsheaders.E013"_s),
                 qPrintable(result.standardError));
    }

    void missingPolicyFileSaysSo()
    {
        const CommandRun result
            = CommandRun::run({u"serve"_s, u"--policy"_s, u"/nonexistent.json"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains(u"/nonexistent.json: cannot read the policy file"));
    }

    void busyPortSaysSo()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        const CommandRun result
            = CommandRun::run({u"serve"_s, u"--port"_s, QString::number(occupant.serverPort())});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.standardError.contains(u"already in use"),
                 qPrintable(result.standardError));
    }

    void badArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("port") << QStringList{u"serve"_s, u"--port"_s, u"http"_s}
                              << u"--port: \"http\" is not a port number (0 to 65535)"_s;
        QTest::newRow("port range") << QStringList{u"serve"_s, u"--port"_s, u"70000"_s}
                                    << u"--port: \"70000\" is not a port number"_s;
        QTest::newRow("bind") << QStringList{u"serve"_s, u"--bind"_s, u"example.com"_s}
                              << u"--bind: \"example.com\" is not an IP address"_s;
        QTest::newRow("log capacity")
            << QStringList{u"serve"_s, u"--log-capacity"_s, u"0"_s}
            << u"--log-capacity: \"0\" is not a whole number of requests, 1 or more"_s;
        QTest::newRow("threads") << QStringList{u"serve"_s, u"--threads"_s, u"0"_s}
                                 << u"--threads: \"0\" is not a number of threads from 1 to 64"_s;
        QTest::newRow("unknown option")
            << QStringList{u"serve"_s, u"--colour"_s} << u"Unknown option 'colour'"_s;
        QTest::newRow("unknown command")
            << QStringList{u"serv"_s}
            << u"unknown command \"serv\"; the commands are: serve, check, export"_s;
    }

    void badArgumentsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandRun result = CommandRun::run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.standardError.contains(message), qPrintable(result.standardError));
    }

    void helpAndVersion()
    {
        const CommandRun help = CommandRun::run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(QString::fromUtf8(help.standardOutput)
                    .contains(u"serve    run the CORS server without a window"));
        const CommandRun serveHelp = CommandRun::run({u"serve"_s, u"--help"_s});
        QCOMPARE(serveHelp.exitCode, 0);
        QVERIFY(QString::fromUtf8(serveHelp.standardOutput).contains(u"--policy <FILE>"));
        QVERIFY(QString::fromUtf8(serveHelp.standardOutput).contains(u"--bind <ADDR>"));
        const CommandRun version = CommandRun::run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(QString::fromUtf8(version.standardOutput).trimmed(),
                 u"cors-playground " CORS_PLAYGROUND_VERSION ""_s);
    }
};

QTEST_GUILESS_MAIN(TestServeCommand)
#include "tst_servecommand.moc"
