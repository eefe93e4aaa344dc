#include "core/policy/FrameworkConversion.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Switching library in the editor, and "Compare frameworks", carry the policy's intent over
// in the target library's own terms, and name what the target cannot say.
class TestFrameworkConversion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void starletteToEachLibrary()
    {
        CorsPolicy policy;
        policy.middleware.allowOrigins = {u"http://localhost:3000"_s};
        policy.middleware.allowOriginRegex = u"https://.*\\.example\\.org"_s;
        policy.middleware.allowMethods = {u"GET"_s, u"PUT"_s};
        policy.middleware.allowHeaders = {u"X-API-Key"_s};
        policy.middleware.allowCredentials = true;
        policy.middleware.maxAge = 120;

        const auto express = FrameworkConversion::convert(policy, CorsPolicy::Framework::Express);
        QCOMPARE(express.policy.framework, CorsPolicy::Framework::Express);
        QCOMPARE(express.policy.express.originKind, ExpressCorsOptions::OriginKind::List);
        // Starlette's regex matches the whole origin; a RegExp matches anywhere unless anchored.
        QCOMPARE(express.policy.express.originList,
                 (QList<ExpressOriginEntry>{{u"http://localhost:3000"_s, false},
                                            {u"^(?:https://.*\\.example\\.org)$"_s, true}}));
        QCOMPARE(express.policy.express.methods, TextOrList::ofList({u"GET"_s, u"PUT"_s}));
        QCOMPARE(express.policy.express.allowedHeaders, TextOrList::ofList({u"X-API-Key"_s}));
        QVERIFY(express.policy.express.credentials);
        QCOMPARE(express.policy.express.maxAge, 120);
        QVERIFY(express.notCarried.isEmpty());

        const auto flask = FrameworkConversion::convert(policy, CorsPolicy::Framework::FlaskCors);
        QCOMPARE(flask.policy.flaskCors.origins,
                 TextOrList::ofList(
                     {u"http://localhost:3000"_s, u"^(?:https://.*\\.example\\.org)$"_s}));
        QVERIFY(flask.policy.flaskCors.supportsCredentials);

        const auto django
            = FrameworkConversion::convert(policy, CorsPolicy::Framework::DjangoCorsHeaders);
        QCOMPARE(django.policy.djangoCorsHeaders.allowedOrigins,
                 QStringList{u"http://localhost:3000"_s});
        QCOMPARE(django.policy.djangoCorsHeaders.allowedOriginRegexes,
                 QStringList{u"^(?:https://.*\\.example\\.org)$"_s});
        QCOMPARE(django.policy.djangoCorsHeaders.preflightMaxAge, 120);
        QVERIFY(django.policy.isValid());
        // The rest of the policy is kept.
        QCOMPARE(django.policy.middleware, policy.middleware);
    }

    void whatCannotBeSaidIsNamed()
    {
        CorsPolicy policy;
        policy.framework = CorsPolicy::Framework::Express;
        policy.express.originText = u"https://fixed.example"_s;
        policy.express.preflightContinue = true;
        const auto starlette
            = FrameworkConversion::convert(policy, CorsPolicy::Framework::Starlette);
        QCOMPARE(starlette.notCarried,
                 (QStringList{u"express.origin"_s, u"express.preflightContinue"_s}));
        QCOMPARE(starlette.policy.middleware.allowOrigins, QStringList{u"https://fixed.example"_s});

        // django-cors-headers has no wildcard for headers, Flask-CORS drops a max_age of 0.
        CorsPolicy wide;
        wide.middleware.allowOrigins = {u"*"_s};
        wide.middleware.allowHeaders = {u"*"_s};
        wide.middleware.maxAge = 0;
        QCOMPARE(
            FrameworkConversion::convert(wide, CorsPolicy::Framework::DjangoCorsHeaders).notCarried,
            (QStringList{u"django_cors_headers.CORS_ALLOW_HEADERS"_s,
                         u"django_cors_headers.CORS_PREFLIGHT_MAX_AGE"_s}));
        QCOMPARE(FrameworkConversion::convert(wide, CorsPolicy::Framework::FlaskCors).notCarried,
                 QStringList{u"flask_cors.max_age"_s});
    }

    void anyOriginKeepsItsMeaning()
    {
        // Express's true reflects every origin: "*" in Starlette, and with credentials it goes
        // back to true, since a browser refuses "*" with credentials.
        CorsPolicy reflect;
        reflect.framework = CorsPolicy::Framework::Express;
        reflect.express.originKind = ExpressCorsOptions::OriginKind::ReflectAny;
        reflect.express.credentials = true;
        const auto starlette
            = FrameworkConversion::convert(reflect, CorsPolicy::Framework::Starlette);
        QCOMPARE(starlette.policy.middleware.allowOrigins, QStringList{u"*"_s});
        const auto back
            = FrameworkConversion::convert(starlette.policy, CorsPolicy::Framework::Express);
        QCOMPARE(back.policy.express.originKind, ExpressCorsOptions::OriginKind::ReflectAny);
        const auto django = FrameworkConversion::convert(starlette.policy,
                                                         CorsPolicy::Framework::DjangoCorsHeaders);
        QVERIFY(django.policy.djangoCorsHeaders.allowAllOrigins);
        QVERIFY(django.policy.djangoCorsHeaders.allowCredentials);
    }

    void prefixMatchingRegexesStayPrefixMatching()
    {
        // Flask-CORS's pattern matches from the start, ignoring case: carried into Starlette's
        // whole-origin regex as exactly that.
        CorsPolicy flask;
        flask.framework = CorsPolicy::Framework::FlaskCors;
        flask.flaskCors.origins = TextOrList::ofText(u"^https://\\w+\\.example\\.com"_s);
        const auto starlette
            = FrameworkConversion::convert(flask, CorsPolicy::Framework::Starlette);
        QCOMPARE(starlette.policy.middleware.allowOriginRegex,
                 u"(?i:^https://\\w+\\.example\\.com).*"_s);
        QVERIFY(starlette.policy.isValid());
        CorsPolicy django;
        django.framework = CorsPolicy::Framework::DjangoCorsHeaders;
        django.djangoCorsHeaders.allowedOriginRegexes = {u"^https://a"_s};
        QCOMPARE(FrameworkConversion::convert(django, CorsPolicy::Framework::Starlette)
                     .policy.middleware.allowOriginRegex,
                 u"(?:^https://a).*"_s);
    }
};

QTEST_GUILESS_MAIN(TestFrameworkConversion)
#include "tst_frameworkconversion.moc"
