#include "core/policy/PolicyJson.h"
#include "support/JsonText.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The policy file's framework objects, a public contract: each library's option names as
// written in code, strings kept apart from lists, omitted keys at the library's defaults,
// and errors that name the field.
class TestFrameworkOptionsJson : public QObject
{
    Q_OBJECT

private:
    static CorsPolicy parsed(const char *text)
    {
        const auto result = PolicyJson::parse(json(text));
        if (!result.ok())
            qWarning() << result.errors.first().toString();
        return result.policy;
    }

    static QStringList errorsOf(const char *text)
    {
        QStringList errors;
        for (const PolicyError &error : PolicyJson::parse(json(text)).errors)
            errors.append(error.toString());
        return errors;
    }

private Q_SLOTS:
    void omittedKeysTakeEachLibrarysDefaults()
    {
        const CorsPolicy policy = parsed("{'framework': 'express'}");
        QCOMPARE(policy.framework, CorsPolicy::Framework::Express);
        QCOMPARE(policy.express.originText, u"*"_s);
        QCOMPARE(policy.express.methods, TextOrList::ofText(u"GET,HEAD,PUT,PATCH,POST,DELETE"_s));
        QCOMPARE(policy.express.optionsSuccessStatus, 204);
        QVERIFY(!policy.express.maxAge);
        QCOMPARE(policy.flaskCors.origins, TextOrList::ofText(u"*"_s));
        QCOMPARE(policy.djangoCorsHeaders.preflightMaxAge, 86400);
        QCOMPARE(policy.djangoCorsHeaders.urlsRegex, u"^.*$"_s);
        // A file without "framework" is Starlette, as every file written before it existed.
        QCOMPARE(parsed("{}").framework, CorsPolicy::Framework::Starlette);
    }

    void everyShapeRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("express fixed origin, string methods")
            << json("{'framework': 'express', 'express': {'origin': 'https://a.test', "
                    "'methods': 'GET, PUT', 'maxAge': 0}}");
        QTest::newRow("express origin true, list methods")
            << json("{'framework': 'express', 'express': {'origin': true, 'methods': ['GET'], "
                    "'allowedHeaders': '', 'exposedHeaders': ['X-A']}}");
        QTest::newRow("express origin false")
            << json("{'framework': 'express', 'express': {'origin': false, "
                    "'preflightContinue': true, 'optionsSuccessStatus': 200}}");
        QTest::newRow("express list with a regex")
            << json("{'framework': 'express', 'express': {'origin': ['https://a.test', "
                    "{'regex': '\\\\.example\\\\.org$'}], 'credentials': true}}");
        QTest::newRow("express regex")
            << json("{'framework': 'express', 'express': {'origin': {'regex': '^https://'}}}");
        QTest::newRow("flask strings")
            << json("{'framework': 'flask-cors', 'flask_cors': {'origins': 'https://a.test', "
                    "'methods': 'GET, PUT', 'expose_headers': 'X-A', 'max_age': 600}}");
        QTest::newRow("flask lists")
            << json("{'framework': 'flask-cors', 'flask_cors': {'origins': ['https://a.test', "
                    "'^https://.*'], 'allow_headers': ['X-A'], 'send_wildcard': true, "
                    "'always_send': false, 'vary_header': false, 'automatic_options': false}}");
        QTest::newRow("django") << json(
            "{'framework': 'django-cors-headers', 'django_cors_headers': "
            "{'CORS_ALLOWED_ORIGINS': ['https://a.test'], 'CORS_ALLOWED_ORIGIN_REGEXES': "
            "['^https://\\\\w+\\\\.a\\\\.test$'], 'CORS_ALLOW_CREDENTIALS': true, "
            "'CORS_PREFLIGHT_MAX_AGE': 0, 'CORS_URLS_REGEX': '^/api/'}}");
    }

    void everyShapeRoundTrips()
    {
        QFETCH(QByteArray, input);
        const auto first = PolicyJson::parse(input);
        QVERIFY2(first.ok(), qPrintable(first.errors.value(0).toString()));
        const auto second = PolicyJson::parse(PolicyJson::serialize(first.policy));
        QVERIFY(second.ok());
        QCOMPARE(second.policy, first.policy);
        // What the user wrote is what the file keeps: a string stays a string.
        const QJsonObject written = PolicyJson::toJsonObject(first.policy);
        const QJsonObject original = QJsonDocument::fromJson(input).object();
        for (const QString &object : {u"express"_s, u"flask_cors"_s, u"django_cors_headers"_s}) {
            const QJsonObject given = original.value(object).toObject();
            for (auto key = given.begin(); key != given.end(); ++key)
                QCOMPARE(written.value(object).toObject().value(key.key()), key.value());
        }
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown framework")
            << json("{'framework': 'rails'}")
            << u"framework: must be one of \"starlette\", \"express\", \"flask-cors\", "
               u"\"django-cors-headers\", not \"rails\"."_s;
        QTest::newRow("express maxAge")
            << json("{'express': {'maxAge': 'long'}}")
            << u"express.maxAge: must be a whole number of seconds or null (got a string)."_s;
        QTest::newRow("express origin number")
            << json("{'express': {'origin': 3}}")
            << u"express.origin: must be a string, true, false, a list or {\"regex\": \"...\"}, "
               u"not a number."_s;
        QTest::newRow("express regex entry")
            << json("{'express': {'origin': ['https://a.test', {'pattern': 'x'}]}}")
            << u"express.origin[1]: a regular expression is written {\"regex\": \"^https://.*\"}."_s;
        QTest::newRow("express bad regex")
            << json("{'express': {'origin': {'regex': '(a'}}}")
            << u"express.origin: does not compile: missing closing parenthesis at character 3."_s;
        QTest::newRow("express status")
            << json("{'express': {'optionsSuccessStatus': 700}}")
            << u"express.optionsSuccessStatus: must be an HTTP status from 100 to 599 (got 700)."_s;
        QTest::newRow("flask unknown key")
            << json("{'flask_cors': {'origin': '*'}}")
            << u"flask_cors.origin: unknown key; did you mean \"origins\"?"_s;
        QTest::newRow("flask refuses wildcard with credentials")
            << json("{'flask_cors': {'supports_credentials': true, 'send_wildcard': true}}")
            << u"flask_cors.send_wildcard: Flask-CORS refuses to start: \"Cannot use "
               u"supports_credentials in conjunction withan origin string of '*'.\" Turn off "
               u"send_wildcard or supports_credentials."_s;
        QTest::newRow("django string setting")
            << json("{'django_cors_headers': {'CORS_ALLOWED_ORIGINS': 'https://a.test'}}")
            << u"django_cors_headers.CORS_ALLOWED_ORIGINS: must be a list such as "
               u"[\"https://a.test\"]: django-cors-headers would read a string one character "
               u"at a time."_s;
        QTest::newRow("django E014")
            << json("{'django_cors_headers': {'CORS_ALLOWED_ORIGINS': ['https://a.test/app']}}")
            << u"django_cors_headers.CORS_ALLOWED_ORIGINS[0]: corsheaders.E014: Origin "
               u"'https://a.test/app' in CORS_ALLOWED_ORIGINS should not have path."_s;
        QTest::newRow("django E004")
            << json("{'django_cors_headers': {'CORS_PREFLIGHT_MAX_AGE': -1}}")
            << u"django_cors_headers.CORS_PREFLIGHT_MAX_AGE: corsheaders.E004: "
               u"CORS_PREFLIGHT_MAX_AGE should be an integer greater than or equal to zero."_s;
    }

    void errorsNameTheField()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const auto result = PolicyJson::parse(input);
        QStringList errors;
        for (const PolicyError &error : result.errors)
            errors.append(error.toString());
        QCOMPARE(errors, QStringList{expected});
    }

    void differingFieldsNameTheFrameworkOption()
    {
        CorsPolicy left;
        CorsPolicy right;
        right.express.maxAge = 10;
        right.djangoCorsHeaders.urlsRegex = u"^/api/"_s;
        QCOMPARE(left.differingFields(right),
                 (QStringList{u"express.maxAge"_s, u"django_cors_headers.CORS_URLS_REGEX"_s}));
    }
};

QTEST_GUILESS_MAIN(TestFrameworkOptionsJson)
#include "tst_frameworkoptionsjson.moc"
