#include "core/policy/CorsPolicy.h"
#include "core/policy/PolicyJson.h"

#include "support/JsonText.h"
#include <QJsonDocument>

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

PolicyJson::ParseResult parse(const QByteArray &text)
{
    return PolicyJson::parse(text);
}

// The one error a bad policy produced, as "field: message".
QString onlyError(const QByteArray &text)
{
    const PolicyJson::ParseResult result = parse(text);
    if (result.errors.size() != 1)
        return u"expected one error, got %1"_s.arg(result.errors.size());
    return result.errors.first().toString();
}

} // namespace

class TestCorsPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyObjectTakesStarlettesDefaults()
    {
        const PolicyJson::ParseResult result = parse("{}");
        QVERIFY(result.ok());
        const MiddlewareOptions &options = result.policy.middleware;
        QCOMPARE(result.policy.mode, CorsPolicy::Mode::Middleware);
        QCOMPARE(options.allowOrigins, QStringList());
        QCOMPARE(options.allowOriginRegex, QString());
        QCOMPARE(options.allowMethods, QStringList{u"GET"_s});
        QCOMPARE(options.allowHeaders, QStringList());
        QCOMPARE(options.allowCredentials, false);
        QCOMPARE(options.exposeHeaders, QStringList());
        QCOMPARE(options.maxAge, 600);
    }

    void readsTheContractsMiddlewareExample()
    {
        const PolicyJson::ParseResult result
            = parse(json("{'mode': 'middleware', 'allow_origins': ['http://localhost:3000'], "
                         "'allow_origin_regex': '', 'allow_methods': ['GET', 'PUT'], "
                         "'allow_headers': ['Content-Type'], 'allow_credentials': true, "
                         "'expose_headers': ['X-Request-ID'], 'max_age': 600}"));
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
        const MiddlewareOptions &options = result.policy.middleware;
        QCOMPARE(options.allowOrigins, QStringList{u"http://localhost:3000"_s});
        QCOMPARE(options.allowMethods, (QStringList{u"GET"_s, u"PUT"_s}));
        QCOMPARE(options.allowHeaders, QStringList{u"Content-Type"_s});
        QVERIFY(options.allowCredentials);
        QCOMPARE(options.exposeHeaders, QStringList{u"X-Request-ID"_s});
    }

    void readsTheContractsManualExampleWithDuplicates()
    {
        const PolicyJson::ParseResult result
            = parse(json("{'mode': 'manual', 'manual': { 'preflight': {'status': 204, 'headers': "
                         "[['Access-Control-Allow-Origin', '*']]}, 'actual': {'status': 302, "
                         "'headers': [['access-control-allow-origin', 'http://a.test/'], "
                         "['Access-Control-Allow-Origin', '*'], ['Location', '/elsewhere']]}}}"));
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
        QCOMPARE(result.policy.mode, CorsPolicy::Mode::Manual);
        QCOMPARE(result.policy.manualPreflight.status, 204);
        QCOMPARE(result.policy.manualActual.status, 302);
        QCOMPARE(result.policy.manualActual.headers.lines().at(0).first,
                 QByteArray("access-control-allow-origin"));
        QCOMPARE(result.policy.manualActual.headers.values("Access-Control-Allow-Origin").size(),
                 2);
    }

    void roundTripsThroughJson()
    {
        CorsPolicy policy;
        policy.mode = CorsPolicy::Mode::Manual;
        policy.middleware.allowOrigins = {u"*"_s};
        policy.middleware.allowOriginRegex = u"https://.*\\.example\\.org"_s;
        policy.middleware.allowMethods = {u"*"_s};
        policy.middleware.allowHeaders = {u"X-API-Key"_s};
        policy.middleware.allowCredentials = true;
        policy.middleware.exposeHeaders = {u"X-Total"_s};
        policy.middleware.maxAge = 0;
        policy.manualPreflight = {599, {{"A", "1"}, {"a", "2"}}};
        policy.manualActual = {100, {}};
        const PolicyJson::ParseResult result = PolicyJson::parse(PolicyJson::serialize(policy));
        QVERIFY(result.ok());
        QCOMPARE(result.policy, policy);
    }

    void nullRegexMeansNone()
    {
        const PolicyJson::ParseResult result = parse(json("{'allow_origin_regex': null}"));
        QVERIFY(result.ok());
        QVERIFY(result.policy.middleware.allowOriginRegex.isEmpty());
    }

    void acceptsWildcardsAndNullOrigin()
    {
        const QByteArray wildcards
            = json("{'allow_origins': ['*', 'null', 'https://a.test:8443', 'http://[::1]:3000'], "
                   "'allow_methods': ['*'], 'allow_headers': ['*'], 'expose_headers': ['*']}");
        QVERIFY(parse(wildcards).ok());
    }

    void validationMessagesTeach_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("trailing slash")
            << QByteArray(json("{'allow_origins': ['http://localhost:3000/']}"))
            << u"allow_origins[0]: \"http://localhost:3000/\" ends with a slash. Browsers send "
               u"the origin without one, so it would never match: write \"http://localhost:3000\"."_s;
        QTest::newRow("path")
            << QByteArray(json("{'allow_origins': ['http://a.test', 'https://a.test/api']}"))
            << u"allow_origins[1]: \"https://a.test/api\" has a path, query or fragment "
               u"(\"/api\"). An origin is only scheme://host[:port]: write \"https://a.test\"."_s;
        QTest::newRow("no scheme")
            << QByteArray(json("{'allow_origins': ['localhost:3000']}"))
            << u"allow_origins[0]: \"localhost:3000\" has no scheme. An origin is "
               u"scheme://host[:port], for example \"http://localhost:3000\"."_s;
        QTest::newRow("empty origin") << QByteArray(json("{'allow_origins': ['']}"))
                                      << u"allow_origins[0]: is empty; an origin looks like "
                                         u"\"http://localhost:3000\"."_s;
        QTest::newRow("user info")
            << QByteArray(json("{'allow_origins': ['http://me@a.test']}"))
            << u"allow_origins[0]: \"http://me@a.test\" contains a user name or password; an "
               u"origin never does."_s;
        QTest::newRow("bad port")
            << QByteArray(json("{'allow_origins': ['http://a.test:99999']}"))
            << u"allow_origins[0]: \"http://a.test:99999\" is not a valid origin: Invalid port "
               u"or port number out of range."_s;
        QTest::newRow("regex")
            << QByteArray(json("{'allow_origin_regex': 'https://(a|b.test'}"))
            << u"allow_origin_regex: does not compile: missing closing parenthesis at "
               u"character 18."_s;
        QTest::newRow("method with space")
            << QByteArray(json("{'allow_methods': ['GET', 'PUT DELETE']}"))
            << u"allow_methods[1]: \"PUT DELETE\" is not a valid HTTP method: use letters, "
               u"digits or !#$%&'*+-.^_`|~, no spaces or commas."_s;
        QTest::newRow("header with colon")
            << QByteArray(json("{'allow_headers': ['X-API-Key:']}"))
            << u"allow_headers[0]: \"X-API-Key:\" ends with a colon; write the header name "
               u"without it."_s;
        QTest::newRow("expose header with space")
            << QByteArray(json("{'expose_headers': ['X Total']}"))
            << u"expose_headers[0]: \"X Total\" is not a valid header name: use letters, digits "
               u"or !#$%&'*+-.^_`|~, no spaces, colons or commas."_s;
        QTest::newRow("negative max_age")
            << QByteArray(json("{'max_age': -1}"))
            << u"max_age: must be a whole number of seconds from 0 to 2147483647 (got -1)."_s;
        QTest::newRow("fractional max_age")
            << QByteArray(json("{'max_age': 1.5}"))
            << u"max_age: must be a whole number of seconds from 0 to 2147483647 (got 1.5)."_s;
        QTest::newRow("max_age as string")
            << QByteArray(json("{'max_age': '600'}"))
            << u"max_age: must be a whole number of seconds from 0 to 2147483647 (got a string)."_s;
        QTest::newRow("status too high")
            << QByteArray(json("{'manual': {'actual': {'status': 600}}}"))
            << u"manual.actual.status: must be an HTTP status from 100 to 599 (got 600)."_s;
        QTest::newRow("status too low")
            << QByteArray(json("{'manual': {'preflight': {'status': 99}}}"))
            << u"manual.preflight.status: must be an HTTP status from 100 to 599 (got 99)."_s;
        QTest::newRow("header name")
            << QByteArray(json("{'manual': {'preflight': {'headers': [['Bad Name', 'x']]}}}"))
            << u"manual.preflight.headers[0][0]: \"Bad Name\" is not a valid header name: use "
               u"letters, digits or !#$%&'*+-.^_`|~, no spaces, colons or commas."_s;
        QTest::newRow("header value line break")
            << QByteArray(json("{'manual': {'actual': {'headers': [['X', 'a\\r\\nEvil: 1']]}}}"))
            << u"manual.actual.headers[0][1]: contains a line break or NUL character, which "
               u"would end the header line."_s;
        QTest::newRow("content-length is the server's")
            << QByteArray(json("{'manual': {'actual': {'headers': [['content-length', '5']]}}}"))
            << u"manual.actual.headers[0][0]: content-length is written by the server from the "
               u"body it sends; leave it out."_s;
        QTest::newRow("header pair shape")
            << QByteArray(json("{'manual': {'actual': {'headers': [['X']]}}}"))
            << u"manual.actual.headers[0]: must be a pair of two strings, [name, value]."_s;
        QTest::newRow("headers not a list")
            << QByteArray(json("{'manual': {'actual': {'headers': {'X': '1'}}}}"))
            << u"manual.actual.headers: must be a list of [name, value] pairs, such as "
               u"[[\"Access-Control-Allow-Origin\", \"*\"]], not an object."_s;
        QTest::newRow("unknown key with suggestion")
            << QByteArray(json("{'allow_origin': ['*']}"))
            << u"allow_origin: unknown key; did you mean \"allow_origins\"?"_s;
        QTest::newRow("unknown key without suggestion")
            << QByteArray(json("{'colour': 'blue'}"))
            << u"colour: unknown key; the known keys are mode, allow_origins, "
               u"allow_origin_regex, allow_methods, allow_headers, allow_credentials, "
               u"expose_headers, max_age, manual, proxy_upstream, framework, express, flask_cors, "
               u"django_cors_headers."_s;
        QTest::newRow("unknown nested key")
            << QByteArray(json("{'manual': {'preflight': {'code': 204}}}"))
            << u"manual.preflight.code: unknown key; the known keys are status, headers."_s;
        QTest::newRow("origins as a string")
            << QByteArray(json("{'allow_origins': '*'}"))
            << u"allow_origins: must be a list of strings, such as [\"http://localhost:3000\"], "
               u"not a string."_s;
        QTest::newRow("number in list") << QByteArray(json("{'allow_methods': ['GET', 5]}"))
                                        << u"allow_methods[1]: must be a string, not a number."_s;
        QTest::newRow("credentials as string")
            << QByteArray(json("{'allow_credentials': 'true'}"))
            << u"allow_credentials: must be true or false, not a string."_s;
        QTest::newRow("proxy upstream")
            << json("{'proxy_upstream': 'ftp://files'}")
            << u"proxy_upstream: \"ftp://files\" is not an http:// URL; write the upstream as "
               u"http://host[:port][/path], for example http://127.0.0.1:9000."_s;
        QTest::newRow("unknown mode")
            << QByteArray(json("{'mode': 'proxy'}"))
            << u"mode: must be \"middleware\" or \"manual\", not \"proxy\"."_s;
        QTest::newRow("manual not an object")
            << QByteArray(json("{'manual': []}")) << u"manual: must be an object, not a list."_s;
        QTest::newRow("not json") << QByteArray("{\n  \"max_age\": 5,,\n}")
                                  << u"not valid JSON: unterminated object at line 2, column 17."_s;
        QTest::newRow("not an object")
            << QByteArray("[1]") << u"a policy must be a JSON object { ... }."_s;
    }

    void validationMessagesTeach()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(onlyError(input), expected);
    }

    void reportsEveryProblemAtOnce()
    {
        const PolicyJson::ParseResult result
            = parse(json("{'allow_origins': ['http://a/', 'b'], 'allow_headers': ['a b']}"));
        QCOMPARE(result.errors.size(), 3);
        QCOMPARE(result.errors.at(0).field, u"allow_origins[0]"_s);
        QCOMPARE(result.errors.at(1).field, u"allow_origins[1]"_s);
        QCOMPARE(result.errors.at(2).field, u"allow_headers[0]"_s);
    }

    void validateCatchesEditsMadeInCode()
    {
        CorsPolicy policy;
        QVERIFY(policy.isValid());
        policy.middleware.maxAge = -5;
        policy.middleware.allowOrigins = {u"https://a.test/"_s};
        const PolicyErrors errors = policy.validate();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).field, u"allow_origins[0]"_s);
        QCOMPARE(errors.at(1).toString(), u"max_age: must be 0 or more seconds (got -5)."_s);
    }
};

QTEST_GUILESS_MAIN(TestCorsPolicy)
#include "tst_corspolicy.moc"
