#include "support/CommandRun.h"
#include "support/JsonText.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// The export of a policy file's text, or empty when the command fails.
QString exported(const QByteArray &policy, const QString &format)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"policy.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(policy);
    file.close();
    const CommandRun result
        = CommandRun::run({u"export"_s, u"--policy"_s, path, u"--format"_s, format});
    return result.exitCode == 0 ? QString::fromUtf8(result.standardOutput) : QString();
}

} // namespace

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
        QTest::newRow("django") << u"django"_s
                                << u"    CORS_ALLOWED_ORIGINS=[\"http://localhost:3000\"],\n"_s;
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
        const CommandRun result = CommandRun::run({u"export"_s, u"--format"_s, u"rails"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains(
            u"--format: unknown format \"rails\"; the formats are: fastapi, flask, express, nginx, headers, django"_s));
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

    // path-to-regexp 8 (Express 5) throws on a '*' path: app.options('*') and app.all('*')
    // crash the app before it listens.
    void expressRoutesNoStarPath_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::newRow("starlette") << json("{'allow_origins': ['*'], 'allow_credentials': true}");
        QTest::newRow("express options") << json("{'framework': 'express'}");
    }

    void expressRoutesNoStarPath()
    {
        QFETCH(QByteArray, policy);
        const QString code = exported(policy, u"express"_s);
        QVERIFY(code.contains(u"app.use(cors("));
        QVERIFY2(!code.contains(QRegularExpression(u"app\\.\\w+\\(\\s*['\"`]\\*"_s)),
                 qPrintable(code));
        QVERIFY(code.contains(u"\napp.use((req, res) => {\n"));
    }

    void djangoIsOneRunnableFile()
    {
        const CommandRun result = CommandRun::run({u"export"_s, u"--format"_s, u"django"_s});
        QCOMPARE(result.exitCode, 0);
        const QString code = QString::fromUtf8(result.standardOutput);
        for (const QString &line :
             {u"settings.configure(\n"_s, u"    DEBUG=False,\n"_s,
              u"    ALLOWED_HOSTS=[\"*\"],\n"_s, u"    ROOT_URLCONF=__name__,\n"_s,
              u"    INSTALLED_APPS=[\"corsheaders\"],\n"_s,
              u"    MIDDLEWARE=[\"corsheaders.middleware.CorsMiddleware\"],\n"_s,
              // Starlette's defaults allow no origin; so do these settings.
              u"    CORS_ALLOWED_ORIGINS=[],\n"_s,
              u"    response[\"X-Request-ID\"] = str(uuid.uuid4())\n"_s,
              u"urlpatterns = [re_path(r\"^.*$\", endpoint)]\n"_s,
              u"\nif __name__ == \"__main__\":\n    execute_from_command_line(sys.argv)\n"_s})
            QVERIFY2(code.contains(line), qPrintable(line));
        QVERIFY(code.startsWith(u"# CORS policy exported by CORS Playground. Run: python3 main.py "
                                u"runserver 127.0.0.1:8000 --noreload\n"));
    }

    // A framework's own options are exported as written: cors sends a string verbatim but
    // joins a list, Flask-CORS sorts a list, so each stays what it was.
    void frameworkOptionsExportAsWritten_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("express")
            << json("{'framework': 'express', 'express': {'origin': ['http://localhost:3000', "
                    "{'regex': '^https://(a|b)\\\\.example/?$'}], 'methods': 'GET,PUT', "
                    "'credentials': true, 'maxAge': 0}}")
            << u"express"_s
            << QStringList{u"  origin: [\"http://localhost:3000\", /^https:\\/\\/(a|b)\\.example\\/?$/],\n"_s,
                           u"  methods: \"GET,PUT\",\n"_s, u"  credentials: true,\n"_s,
                           u"  maxAge: 0,\n"_s}
            << QStringList{u"allowedHeaders"_s, u"exposedHeaders"_s, u"optionsSuccessStatus"_s,
                           u"Starlette"_s};
        QTest::newRow("express list methods")
            << json("{'framework': 'express', 'express': {'methods': ['GET', 'PUT'], "
                    "'exposedHeaders': 'X-Request-ID'}}")
            << u"express"_s
            << QStringList{u"  origin: \"*\",\n"_s, u"  methods: [\"GET\", \"PUT\"],\n"_s,
                           u"  exposedHeaders: \"X-Request-ID\",\n"_s}
            << QStringList{u"credentials"_s, u"maxAge"_s};
        QTest::newRow("flask-cors")
            << json("{'framework': 'flask-cors', 'flask_cors': {'origins': "
                    "'http://localhost:[0-9]+', 'methods': 'GET, PUT', "
                    "'supports_credentials': true}}")
            << u"flask"_s
            << QStringList{u"    origins=\"http://localhost:[0-9]+\",\n"_s,
                           u"    methods=\"GET, PUT\",\n"_s, u"    supports_credentials=True,\n"_s,
                           u"methods=[\"GET\", \"HEAD\", \"POST\", \"PUT\", \"PATCH\", \"DELETE\"])\n"_s}
            << QStringList{u"\"OPTIONS\""_s, u"after_request"_s, u"send_wildcard"_s, u"max_age"_s,
                           u"import re"_s};
        QTest::newRow("django-cors-headers")
            << json("{'framework': 'django-cors-headers', 'django_cors_headers': "
                    "{'CORS_ALLOWED_ORIGINS': ['http://localhost:3000'], "
                    "'CORS_ALLOWED_ORIGIN_REGEXES': ['^https://\\\\w+\\\\.example$'], "
                    "'CORS_PREFLIGHT_MAX_AGE': 0}}")
            << u"django"_s
            << QStringList{u"    CORS_ALLOWED_ORIGINS=[\"http://localhost:3000\"],\n"_s,
                           u"    CORS_ALLOWED_ORIGIN_REGEXES=[\"^https://\\\\w+\\\\.example$\"],\n"_s,
                           u"    CORS_PREFLIGHT_MAX_AGE=0,\n"_s}
            << QStringList{u"CORS_ALLOW_METHODS"_s, u"CORS_ALLOW_CREDENTIALS"_s,
                           u"Not carried over"_s};
    }

    void frameworkOptionsExportAsWritten()
    {
        QFETCH(QByteArray, policy);
        QFETCH(QString, format);
        QFETCH(QStringList, lines);
        QFETCH(QStringList, absent);
        const QString code = exported(policy, format);
        for (const QString &line : lines)
            QVERIFY2(code.contains(line), qPrintable(line + u"\n---\n"_s + code));
        for (const QString &text : absent)
            QVERIFY2(!code.contains(text), qPrintable(text + u"\n---\n"_s + code));
    }

    // Any other pair goes through Starlette's terms, and says what did not carry over.
    void otherPairsNameWhatIsNotCarried_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("firstLine");
        const QByteArray continues
            = json("{'framework': 'express', 'express': {'preflightContinue': true}}");
        QTest::newRow("express as fastapi")
            << continues << u"fastapi"_s
            << u"# Not carried over from the Express (cors) options: express.preflightContinue"_s;
        QTest::newRow("express as headers")
            << continues << u"headers"_s
            << u"# Not carried over from the Express (cors) options: express.preflightContinue"_s;
        QTest::newRow("flask-cors as express")
            << json("{'framework': 'flask-cors', 'flask_cors': {'send_wildcard': true}}")
            << u"express"_s
            << u"// Not carried over from the Flask-CORS options: flask_cors.send_wildcard"_s;
        QTest::newRow("starlette as django")
            << json("{'allow_origins': ['*'], 'allow_headers': ['*'], 'max_age': 0}") << u"django"_s
            << u"# Not carried over from the Starlette / FastAPI options: "
               u"django_cors_headers.CORS_ALLOW_HEADERS, django_cors_headers.CORS_PREFLIGHT_MAX_AGE"_s;
        QTest::newRow("carried whole") << json("{'framework': 'django-cors-headers'}") << u"nginx"_s
                                       << u"# CORS policy exported"_s;
    }

    void otherPairsNameWhatIsNotCarried()
    {
        QFETCH(QByteArray, policy);
        QFETCH(QString, format);
        QFETCH(QString, firstLine);
        const QString code = exported(policy, format);
        QCOMPARE(code.section(u'\n', 0, 0).left(firstLine.size()), firstLine);
    }

    void frameworkPolicyExportsStarletteHeaderLines()
    {
        const QString code = exported(
            json("{'framework': 'express', 'express': {'origin': ['http://localhost:3000'], "
                 "'methods': 'GET,PUT', 'allowedHeaders': ['X-API-Key']}}"),
            u"headers"_s);
        QVERIFY2(code.contains(u"Access-Control-Allow-Methods: GET, PUT\n"), qPrintable(code));
        QVERIFY(code.contains(u"Access-Control-Allow-Headers: Accept, Accept-Language, "
                              u"Content-Language, Content-Type, X-API-Key\n"));
    }

    // A raw string would keep JSON's doubled backslash: r"\\." matches a backslash.
    void pythonRegexesAreNotRawStrings()
    {
        const QByteArray policy = json("{'allow_origin_regex': 'https://.*\\\\.example'}");
        QVERIFY(exported(policy, u"fastapi"_s)
                    .contains(u"    allow_origin_regex=\"https://.*\\\\.example\",\n"_s));
        QVERIFY(exported(policy, u"flask"_s)
                    .contains(u"re.compile(\"^(?:https://.*\\\\.example)$\")"_s));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
