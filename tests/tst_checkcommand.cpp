#include "core/log/RequestLog.h"
#include "core/server/PlaygroundServer.h"
#include "support/CommandRun.h"
#include "support/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

CommandRun check(const QStringList &arguments)
{
    return CommandRun::run(QStringList{u"check"_s} + arguments);
}

QString writePolicy(const QTemporaryDir &directory, const QByteArray &json)
{
    const QString path = directory.filePath(u"policy.json"_s);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(json);
    return path;
}

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowedExitsZeroWithTheJsonContract()
    {
        QTemporaryDir directory;
        const QString policy = writePolicy(
            directory,
            json("{'allow_origins': ['http://localhost:5173'], 'allow_methods': ['PUT']}"));
        const CommandRun result
            = check({u"--policy"_s, policy, u"--origin"_s, u"http://localhost:5173"_s,
                     u"--method"_s, u"PUT"_s, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(result.standardOutput).object();
        for (const QString &key :
             {u"url"_s, u"origin"_s, u"preflight"_s, u"actual"_s, u"verdict"_s, u"error"_s,
              u"explanation"_s, u"exposed_headers"_s, u"response_type"_s})
            QVERIFY2(object.contains(key), qPrintable(key));
        QCOMPARE(object.value(u"verdict"_s).toString(), u"allowed"_s);
        QVERIFY(object.value(u"error"_s).isNull());
        QCOMPARE(object.value(u"origin"_s).toString(), u"http://localhost:5173"_s);
        QVERIFY(object.value(u"url"_s).toString().startsWith(u"http://127.0.0.1:"));
        QVERIFY(object.value(u"url"_s).toString().endsWith(u"/api/data"));
        QCOMPARE(object.value(u"response_type"_s).toString(), u"cors"_s);
        const QJsonObject preflight = object.value(u"preflight"_s).toObject();
        QCOMPARE(preflight.value(u"from_cache"_s).toBool(true), false);
        QVERIFY(!preflight.value(u"reason"_s).toString().isEmpty());
        QCOMPARE(preflight.value(u"request"_s).toObject().value(u"method"_s).toString(),
                 u"OPTIONS"_s);
        QCOMPARE(preflight.value(u"response"_s).toObject().value(u"status"_s).toInt(), 200);
        const QJsonArray firstLine = preflight.value(u"request"_s)
                                         .toObject()
                                         .value(u"headers"_s)
                                         .toArray()
                                         .first()
                                         .toArray();
        QCOMPARE(firstLine.size(), 2);
        QCOMPARE(object.value(u"actual"_s)
                     .toObject()
                     .value(u"request"_s)
                     .toObject()
                     .value(u"method"_s)
                     .toString(),
                 u"PUT"_s);
        QCOMPARE(object.value(u"exposed_headers"_s).toArray(),
                 (QJsonArray{u"content-length"_s, u"content-type"_s}));
    }

    void blockedExitsOneWithChromiumsMessage()
    {
        const CommandRun result = check({u"--origin"_s, u"http://localhost:5173"_s, u"--json"_s});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject object = QJsonDocument::fromJson(result.standardOutput).object();
        QCOMPARE(object.value(u"verdict"_s).toString(), u"blocked"_s);
        QVERIFY(object.value(u"preflight"_s).isNull());
        const QJsonObject error = object.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"kind"_s).toString(), u"MissingAllowOriginHeader"_s);
        QVERIFY(error.value(u"message"_s)
                    .toString()
                    .startsWith(u"Access to fetch at 'http://127.0.0.1:"));
        QVERIFY(
            error.value(u"message"_s)
                .toString()
                .endsWith(
                    u"from origin 'http://localhost:5173' has been blocked by CORS policy: No "
                    u"'Access-Control-Allow-Origin' header is present on the requested resource."_s));
        QVERIFY(error.value(u"firefox"_s).toString().startsWith(u"Cross-Origin Request Blocked"));
        QCOMPARE(object.value(u"response_type"_s).toString(), u"error"_s);
    }

    void readableTraceByDefault()
    {
        const CommandRun result
            = check({u"--origin"_s, u"http://localhost:5173"_s, u"--header"_s, u"X-API-Key: 1"_s});
        QCOMPARE(result.exitCode, 1);
        const QString trace = QString::fromUtf8(result.standardOutput);
        QVERIFY2(trace.contains(u"> Access-Control-Request-Headers: x-api-key"), qPrintable(trace));
        QVERIFY(trace.contains(u"< HTTP/1.1 400 Bad Request"));
        QVERIFY(trace.contains(u"BLOCKED"));
        QVERIFY(trace.contains(u"Chromium: Access to fetch at"));
    }

    void writesAHarFile()
    {
        QTemporaryDir directory;
        const QString har = directory.filePath(u"trace.har"_s);
        const CommandRun result = check(
            {u"--origin"_s, u"http://localhost:5173"_s, u"--method"_s, u"PUT"_s, u"--har"_s, har});
        QCOMPARE(result.exitCode, 1);
        QFile file(har);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject log
            = QJsonDocument::fromJson(file.readAll()).object().value(u"log"_s).toObject();
        QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
        QCOMPARE(log.value(u"entries"_s).toArray().size(), 1);
        QCOMPARE(log.value(u"entries"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"request"_s)
                     .toObject()
                     .value(u"method"_s)
                     .toString(),
                 u"OPTIONS"_s);
    }

    void checksALiveServerWithUrl()
    {
        RequestLog log;
        PlaygroundServer server(&log);
        CorsPolicy policy;
        policy.middleware.allowOrigins = {u"*"_s};
        server.setPolicy(policy);
        QVERIFY(server.start());
        const CommandRun result = check({u"--url"_s, server.baseUrl().toString() + u"/live"_s,
                                         u"--origin"_s, u"http://localhost:5173"_s, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(log.entries().last().target, u"/live"_s);
    }

    void badInputExitsTwoNamingTheArgument_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no origin") << QStringList{} << u"--origin is required"_s;
        QTest::newRow("trailing slash") << QStringList{u"--origin"_s, u"http://a.test/"_s}
                                        << u"--origin: \"http://a.test/\" ends with a slash"_s;
        QTest::newRow("path") << QStringList{u"--origin"_s, u"http://a.test/app"_s}
                              << u"--origin: \"http://a.test/app\" has a path"_s;
        QTest::newRow("no scheme")
            << QStringList{u"--origin"_s, u"a.test"_s} << u"--origin: \"a.test\" has no scheme"_s;
        QTest::newRow("method") << QStringList{u"--origin"_s, u"http://a.test"_s, u"--method"_s,
                                               u"GE T"_s}
                                << u"--method: \"GE T\" is not a valid HTTP method"_s;
        QTest::newRow("header") << QStringList{u"--origin"_s, u"http://a.test"_s, u"--header"_s,
                                               u"NoColon"_s}
                                << u"--header: \"NoColon\" is not \"Name: value\"."_s;
        QTest::newRow("header name")
            << QStringList{u"--origin"_s, u"http://a.test"_s, u"--header"_s, u"Bad Name: 1"_s}
            << u"--header: \"Bad Name\" is not a valid header name"_s;
        QTest::newRow("mode") << QStringList{u"--origin"_s, u"http://a.test"_s, u"--mode"_s,
                                             u"navigate"_s}
                              << u"--mode: \"navigate\" is not cors or no-cors."_s;
        QTest::newRow("credentials")
            << QStringList{u"--origin"_s, u"http://a.test"_s, u"--credentials"_s, u"always"_s}
            << u"--credentials: \"always\" is not omit, same-origin or include."_s;
        QTest::newRow("url") << QStringList{u"--origin"_s, u"http://a.test"_s, u"--url"_s,
                                            u"ftp://x/"_s}
                             << u"--url: \"ftp://x/\" is not an http:// or https:// URL."_s;
        QTest::newRow("url with policy")
            << QStringList{u"--origin"_s, u"http://a.test"_s, u"--url"_s, u"http://127.0.0.1:1/"_s,
                           u"--policy"_s, u"p.json"_s}
            << u"--url checks a live server: leave out --policy and --path."_s;
    }

    void badInputExitsTwoNamingTheArgument()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandRun result = check(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.standardError.contains(message), qPrintable(result.standardError));
        QVERIFY(result.standardOutput.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
