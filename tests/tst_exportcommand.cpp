#include "support/CommandRun.h"
#include "support/JsonText.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fastapi") << u"fastapi"_s << u"allow_origins=[\"http://localhost:3000\"],"_s;
        QTest::newRow("flask") << u"flask"_s << u"supports_credentials=True,"_s;
        QTest::newRow("express") << u"express"_s
                                 << u"app.listen(process.env.PORT || 8000, '127.0.0.1');"_s;
        QTest::newRow("nginx") << u"nginx"_s
                               << u"add_header Access-Control-Allow-Credentials true always;"_s;
        QTest::newRow("headers") << u"headers"_s
                                 << u"Access-Control-Expose-Headers: X-Request-ID"_s;
    }

    void printsEachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, expected);
        QTemporaryDir directory;
        const QString path = directory.filePath(u"policy.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json("{'allow_origins': ['http://localhost:3000'], 'allow_credentials': true, "
                        "'expose_headers': ['X-Request-ID']}"));
        file.close();
        const CommandRun result
            = CommandRun::run({u"export"_s, u"--policy"_s, path, u"--format"_s, format});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(QString::fromUtf8(result.standardOutput).contains(expected),
                 result.standardOutput.constData());
    }

    void unknownFormatListsTheKnownOnes()
    {
        const CommandRun result = CommandRun::run({u"export"_s, u"--format"_s, u"django"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains(
            u"--format: unknown format \"django\"; the formats are: fastapi, flask, express, nginx, headers"_s));
        QCOMPARE(CommandRun::run({u"export"_s}).exitCode, 2);
    }

    void flaskImportsReOnlyForARegex_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<bool>("importsRe");
        QTest::newRow("origins") << json("{'allow_origins': ['http://localhost:3000']}") << false;
        QTest::newRow("wildcard") << json("{'allow_origins': ['*']}") << false;
        QTest::newRow("regex") << json("{'allow_origin_regex': 'https://.*\\\\.example'}") << true;
    }

    void flaskImportsReOnlyForARegex()
    {
        QFETCH(QByteArray, policy);
        QFETCH(bool, importsRe);
        QTemporaryDir directory;
        const QString path = directory.filePath(u"policy.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(policy);
        file.close();
        const CommandRun result
            = CommandRun::run({u"export"_s, u"--policy"_s, path, u"--format"_s, u"flask"_s});
        QCOMPARE(result.exitCode, 0);
        const QString code = QString::fromUtf8(result.standardOutput);
        QCOMPARE(code.contains(u"\nimport re\n"), importsRe);
        QCOMPARE(code.contains(u"re.compile("), importsRe);
        QVERIFY(code.contains(u"\nimport uuid\n"));
    }

    void fastapiDefinesAppForUvicorn()
    {
        const CommandRun result = CommandRun::run({u"export"_s, u"--format"_s, u"fastapi"_s});
        QVERIFY(QString::fromUtf8(result.standardOutput).contains(u"\napp = FastAPI()\n"));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
