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

    void initiatorsSendWhatChromiumSends_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("initiator");
        QTest::addColumn<QString>("secFetchMode");
        QTest::addColumn<QString>("secFetchDest");
        QTest::addColumn<bool>("sendsOrigin");
        QTest::addColumn<QString>("responseType");
        QTest::newRow("xhr") << QStringList{u"--initiator"_s, u"xhr"_s} << u"xhr"_s << u"cors"_s
                             << u"empty"_s << true << u"cors"_s;
        QTest::newRow("font") << QStringList{u"--initiator"_s, u"font"_s, u"--path"_s,
                                             u"/fonts/a.woff2"_s}
                              << u"font"_s << u"cors"_s << u"font"_s << true << u"cors"_s;
        QTest::newRow("img without crossorigin")
            << QStringList{u"--initiator"_s, u"image"_s, u"--path"_s, u"/logo.png"_s} << u"image"_s
            << u"no-cors"_s << u"image"_s << false << u"opaque"_s;
        QTest::newRow("img anonymous")
            << QStringList{u"--initiator"_s, u"image"_s,  u"--crossorigin"_s,
                           u"anonymous"_s,   u"--path"_s, u"/logo.png"_s}
            << u"image"_s << u"cors"_s << u"image"_s << true << u"cors"_s;
        QTest::newRow("module script")
            << QStringList{u"--initiator"_s, u"module-script"_s, u"--path"_s, u"/app.mjs"_s}
            << u"module-script"_s << u"cors"_s << u"script"_s << true << u"cors"_s;
        QTest::newRow("stylesheet")
            << QStringList{u"--initiator"_s, u"stylesheet"_s, u"--path"_s, u"/site.css"_s}
            << u"stylesheet"_s << u"no-cors"_s << u"style"_s << false << u"opaque"_s;
    }

    void initiatorsSendWhatChromiumSends()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, initiator);
        QFETCH(QString, secFetchMode);
        QFETCH(QString, secFetchDest);
        QFETCH(bool, sendsOrigin);
        QFETCH(QString, responseType);
        QTemporaryDir directory;
        const QString policy = writePolicy(directory, json("{'allow_origins': ['*']}"));
        const CommandRun result = check(QStringList{u"--policy"_s, policy, u"--origin"_s,
                                                    u"http://localhost:5173"_s, u"--json"_s}
                                        + arguments);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(result.standardOutput).object();
        QCOMPARE(object.value(u"initiator"_s).toString(), initiator);
        QCOMPARE(object.value(u"response_type"_s).toString(), responseType);
        QVERIFY(object.value(u"preflight"_s).isNull());
        QHash<QString, QString> sent;
        for (const QJsonValue &line :
             object.value(u"actual"_s)["request"_L1]["headers"_L1].toArray())
            sent.insert(line[0].toString(), line[1].toString());
        QCOMPARE(sent.value(u"Sec-Fetch-Mode"_s), secFetchMode);
        QCOMPARE(sent.value(u"Sec-Fetch-Dest"_s), secFetchDest);
        QCOMPARE(sent.contains(u"Origin"_s), sendsOrigin);
    }

    void xmlHttpRequestWordsAndWithCredentials()
    {
        QTemporaryDir directory;
        const QString policy
            = writePolicy(directory, json("{'allow_origins': ['*'], 'allow_credentials': true}"));
        const CommandRun result
            = check({u"--policy"_s, policy, u"--origin"_s, u"http://localhost:5173"_s,
                     u"--initiator"_s, u"xhr"_s, u"--credentials"_s, u"include"_s, u"--json"_s});
        QCOMPARE(result.exitCode, 1);
        const QString message = QJsonDocument::fromJson(result.standardOutput)
                                    .object()["error"_L1]["message"_L1]
                                    .toString();
        QVERIFY2(message.startsWith(u"Access to XMLHttpRequest at '"_s), qPrintable(message));
        QVERIFY2(message.endsWith(u"The credentials mode of requests initiated by the "
                                  u"XMLHttpRequest is controlled by the withCredentials "
                                  u"attribute."_s),
                 qPrintable(message));
    }

    void uploadListenerForcesAPreflightOnlyWithABody()
    {
        QTemporaryDir directory;
        const QString policy
            = writePolicy(directory, json("{'allow_origins': ['http://localhost:5173']}"));
        const QStringList base{
            u"--policy"_s,    policy,   u"--origin"_s, u"http://localhost:5173"_s,
            u"--initiator"_s, u"xhr"_s, u"--method"_s, u"POST"_s,
            u"--json"_s};
        const CommandRun plain = check(base + QStringList{u"--body"_s, u"data"_s});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(plain.standardOutput).object()["preflight"_L1].isNull());
        // Starlette allows only GET by default, so the forced preflight of a POST fails.
        const CommandRun listened
            = check(base + QStringList{u"--body"_s, u"data"_s, u"--upload-listener"_s});
        QCOMPARE(listened.exitCode, 1);
        const QJsonObject object = QJsonDocument::fromJson(listened.standardOutput).object();
        QVERIFY(object["preflight"_L1].isObject());
        QVERIFY2(object["preflight"_L1]["reason"_L1].toString().contains(u"upload listener"_s),
                 qPrintable(object["preflight"_L1]["reason"_L1].toString()));
        const CommandRun withoutBody = check(base + QStringList{u"--upload-listener"_s});
        QCOMPARE(withoutBody.exitCode, 0);
        QVERIFY(
            QJsonDocument::fromJson(withoutBody.standardOutput).object()["preflight"_L1].isNull());
    }

    void initiatorOptionsThatMakeNoSenseAreRefused_data()
    {
        const QStringList origin{u"--origin"_s, u"http://a.test"_s};
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown initiator")
            << origin + QStringList{u"--initiator"_s, u"iframe"_s}
            << u"--initiator: \"iframe\" is not one of fetch, xhr, font, image, script, "
               u"module-script, stylesheet."_s;
        QTest::newRow("body for an image")
            << origin + QStringList{u"--initiator"_s, u"image"_s, u"--body"_s, u"x"_s}
            << u"--initiator image does not take --body"_s;
        QTest::newRow("header and method for a font")
            << origin + QStringList{u"--initiator"_s, u"font"_s,     u"--header"_s,
                                    u"X-A: 1"_s,      u"--method"_s, u"POST"_s}
            << u"--initiator font does not take --header, --method POST"_s;
        QTest::newRow("mode for xhr")
            << origin + QStringList{u"--initiator"_s, u"xhr"_s, u"--mode"_s, u"no-cors"_s}
            << u"--initiator xhr does not take --mode"_s;
        QTest::newRow("crossorigin for fetch")
            << origin + QStringList{u"--crossorigin"_s, u"anonymous"_s}
            << u"--initiator fetch does not take --crossorigin"_s;
        QTest::newRow("crossorigin for a font")
            << origin + QStringList{u"--initiator"_s, u"font"_s, u"--crossorigin"_s, u"anonymous"_s}
            << u"--initiator font does not take --crossorigin"_s;
        QTest::newRow("upload listener for an image")
            << origin + QStringList{u"--initiator"_s, u"image"_s, u"--upload-listener"_s}
            << u"--initiator image does not take --upload-listener"_s;
        QTest::newRow("bad crossorigin")
            << origin + QStringList{u"--initiator"_s, u"script"_s, u"--crossorigin"_s, u"yes"_s}
            << u"--crossorigin: \"yes\" is not anonymous or use-credentials"_s;
        QTest::newRow("omit for xhr")
            << origin + QStringList{u"--initiator"_s, u"xhr"_s, u"--credentials"_s, u"omit"_s}
            << u"--credentials omit: XMLHttpRequest has only withCredentials"_s;
    }

    void initiatorOptionsThatMakeNoSenseAreRefused() { badInputExitsTwoNamingTheArgument(); }

    void localNetworkOptionsAreChecked_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList origin{u"--origin"_s, u"https://a.test"_s};
        QTest::newRow("page space") << origin + QStringList{u"--page-address-space"_s, u"lan"_s}
                                    << u"--page-address-space: \"lan\" is not public"_s;
        QTest::newRow("server space")
            << origin + QStringList{u"--server-address-space"_s, u"private"_s}
            << u"--server-address-space: \"private\""_s;
        QTest::newRow("permission")
            << origin + QStringList{u"--local-network-permission"_s, u"yes"_s}
            << u"--local-network-permission: \"yes\" is not prompt, granted or denied"_s;
        QTest::newRow("target for an image") << origin
                + QStringList{u"--initiator"_s, u"image"_s, u"--target-address-space"_s, u"local"_s}
                                             << u"only fetch() has the targetAddressSpace option"_s;
    }
    void localNetworkOptionsAreChecked() { badInputExitsTwoNamingTheArgument(); }

    // The served policy keeps the page's space unless asked; a public page calling the
    // loopback server waits for the permission, and --json says so.
    void localNetworkAccessIsReportedInJson()
    {
        const QStringList page{u"--origin"_s, u"https://app.example.com"_s, u"--json"_s};
        const auto access = [](const CommandRun &run) {
            return QJsonDocument::fromJson(run.standardOutput)
                .object()
                .value(u"local_network_access"_s)
                .toObject();
        };
        QTemporaryDir directory;
        const QString policy
            = writePolicy(directory, json("{'allow_origins': ['https://app.example.com']}"));
        const QStringList served = page + QStringList{u"--policy"_s, policy};
        CommandRun run = check(served);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(access(run).value(u"step"_s).toString(), u"not-gated"_s);
        QCOMPARE(access(run).value(u"server_address_space"_s).toString(), u"public"_s);

        run = check(served + QStringList{u"--server-address-space"_s, u"loopback"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(access(run).value(u"step"_s).toString(), u"prompted"_s);
        QCOMPARE(access(run).value(u"needed_permission"_s).toString(), u"loopback-network"_s);
        const QJsonObject blocked = QJsonDocument::fromJson(run.standardOutput).object();
        QVERIFY(blocked.value(u"actual"_s).isNull());
        QVERIFY(blocked.value(u"preflight"_s).isNull());

        run = check(served
                    + QStringList{u"--server-address-space"_s, u"loopback"_s,
                                  u"--local-network-permission"_s, u"granted"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(access(run).value(u"step"_s).toString(), u"granted"_s);

        // A live --url is in the space of its real address: 127.0.0.1 is loopback.
        RequestLog log;
        PlaygroundServer server(&log);
        CorsPolicy any;
        any.middleware.allowOrigins = {u"*"_s};
        server.setPolicy(any);
        QVERIFY(server.start());
        run = check(page + QStringList{u"--url"_s, server.baseUrl().toString() + u"/live"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(access(run).value(u"server_address_space"_s).toString(), u"loopback"_s);
        QVERIFY(log.entries().isEmpty());
        const CommandRun trace
            = check({u"--origin"_s, u"http://app.example.com"_s, u"--server-address-space"_s,
                     u"loopback"_s, u"--local-network-permission"_s, u"granted"_s});
        QVERIFY2(trace.standardOutput.contains("the page is not a secure context"),
                 trace.standardOutput.constData());
        QVERIFY(trace.standardOutput.contains("not a secure context and the resource is in "
                                              "more-private address space `loopback`."));
        // Firefox has no such refusal, so there is no Firefox message, and the reason says why.
        QVERIFY(!trace.standardOutput.contains("Firefox:  "));
        QVERIFY(trace.standardOutput.contains("Firefox ESR does not refuse an insecure page"));
    }

    void getIsAcceptedForEveryInitiator()
    {
        for (const QString &initiator : {u"fetch"_s, u"xhr"_s, u"font"_s, u"image"_s, u"script"_s,
                                         u"module-script"_s, u"stylesheet"_s}) {
            const CommandRun result
                = check({u"--origin"_s, u"http://localhost:5173"_s, u"--initiator"_s, initiator,
                         u"--method"_s, u"GET"_s, u"--json"_s});
            QVERIFY2(result.exitCode == 0 || result.exitCode == 1,
                     qPrintable(initiator + u": "_s + result.standardError));
        }
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
