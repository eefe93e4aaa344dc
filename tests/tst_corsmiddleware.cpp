#include "core/log/CorsOutcomeText.h"
#include "core/middleware/CorsMiddleware.h"
#include "core/middleware/CorsResponder.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

IncomingRequest request(const QByteArray &method, const HeaderLines &headers)
{
    return {method, u"/api/data"_s, headers};
}

IncomingRequest preflight(const QByteArray &origin, const QByteArray &method,
                          const QByteArray &requestHeaders = QByteArray())
{
    HeaderLines headers{{"Origin", origin}, {"Access-Control-Request-Method", method}};
    if (!requestHeaders.isNull())
        headers.append("Access-Control-Request-Headers", requestHeaders);
    return request("OPTIONS", headers);
}

ServerResponse respond(const MiddlewareOptions &options, const IncomingRequest &incoming)
{
    return CorsMiddleware(options).respond(incoming, CorsResponder::endpointResponse(incoming));
}

MiddlewareOptions allowing(const QStringList &origins)
{
    MiddlewareOptions options;
    options.allowOrigins = origins;
    return options;
}

} // namespace

class TestCorsMiddleware : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noOriginIsLeftAlone()
    {
        const ServerResponse response = respond(allowing({u"*"_s}), request("GET", {}));
        QCOMPARE(response.status, 200);
        for (const auto &line : response.headers.lines())
            QVERIFY(!line.first.startsWith("Access-Control-") && line.first != "Vary");
        QCOMPARE(response.corsDecision, ServerResponse::CorsDecision::NotCors);
        QCOMPARE(response.corsOutcome.reason, CorsOutcome::Reason::NotCorsRequest);
    }

    void outcomeIsACodeNotWords()
    {
        // The server threads decide; words are made where the log is shown.
        const ServerResponse refused
            = respond(allowing({u"http://a.test"_s}), preflight("http://b.test", "GET", "X-Key"));
        QCOMPARE(refused.corsOutcome.reason, CorsOutcome::Reason::PreflightRefused);
        QCOMPARE(refused.corsOutcome.refusedChecks,
                 unsigned(CorsOutcome::RefusedOrigin | CorsOutcome::RefusedHeaders));
        QCOMPARE(refused.body, QByteArray("Disallowed CORS origin, headers"));
        QCOMPARE(CorsOutcomeText::describe(refused.corsOutcome),
                 u"preflight refused: origin, headers"_s);

        const ServerResponse allowed
            = respond(allowing({u"http://a.test"_s}), preflight("http://a.test", "GET"));
        QCOMPARE(allowed.corsOutcome.reason, CorsOutcome::Reason::PreflightAllowed);
        QCOMPARE(respond(allowing({u"*"_s}), request("GET", {{"Origin", "http://a.test"}}))
                     .corsOutcome.reason,
                 CorsOutcome::Reason::OriginWildcard);
        QCOMPARE(
            respond(allowing({u"http://a.test"_s}), request("GET", {{"Origin", "http://a.test"}}))
                .corsOutcome.reason,
            CorsOutcome::Reason::OriginEchoed);
        QCOMPARE(
            respond(allowing({u"http://a.test"_s}), request("GET", {{"Origin", "http://b.test"}}))
                .corsOutcome.reason,
            CorsOutcome::Reason::OriginNotAllowed);
    }

    void optionsWithoutRequestMethodIsNotAPreflight()
    {
        const ServerResponse response
            = respond(allowing({u"*"_s}), request("OPTIONS", {{"Origin", "http://a.test"}}));
        QVERIFY(!response.isPreflight);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.headers.firstValue("Access-Control-Allow-Origin"), QByteArray("*"));
    }

    void preflightAllowedListsEverything()
    {
        MiddlewareOptions options = allowing({u"http://localhost:3000"_s});
        options.allowMethods = {u"GET"_s, u"PUT"_s};
        options.allowHeaders = {u"X-API-Key"_s};
        options.allowCredentials = true;
        options.maxAge = 42;
        const ServerResponse response = respond(
            options, preflight("http://localhost:3000", "PUT", "x-api-key, content-type"));
        QVERIFY(response.isPreflight);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("OK"));
        QCOMPARE(
            response.headers,
            (HeaderLines{{"Vary", "Origin"},
                         {"Access-Control-Allow-Methods", "GET, PUT"},
                         {"Access-Control-Max-Age", "42"},
                         {"Access-Control-Allow-Headers",
                          "Accept, Accept-Language, Content-Language, Content-Type, X-API-Key"},
                         {"Access-Control-Allow-Credentials", "true"},
                         {"Access-Control-Allow-Origin", "http://localhost:3000"},
                         {"Content-Type", "text/plain; charset=utf-8"}}));
    }

    void preflightRefusalNamesTheFailingParts_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("requestHeaders");
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("origin") << QByteArray("http://evil.test") << QByteArray("GET")
                                << QByteArray() << QByteArray("Disallowed CORS origin");
        QTest::newRow("method") << QByteArray("http://a.test") << QByteArray("DELETE")
                                << QByteArray() << QByteArray("Disallowed CORS method");
        QTest::newRow("method case") << QByteArray("http://a.test") << QByteArray("get")
                                     << QByteArray() << QByteArray("Disallowed CORS method");
        QTest::newRow("headers") << QByteArray("http://a.test") << QByteArray("GET")
                                 << QByteArray("content-type,x-custom")
                                 << QByteArray("Disallowed CORS headers");
        QTest::newRow("empty header item")
            << QByteArray("http://a.test") << QByteArray("GET") << QByteArray("accept,")
            << QByteArray("Disallowed CORS headers");
        QTest::newRow("all three")
            << QByteArray("http://b.test") << QByteArray("PUT") << QByteArray("x-custom")
            << QByteArray("Disallowed CORS origin, method, headers");
    }

    void preflightRefusalNamesTheFailingParts()
    {
        QFETCH(QByteArray, origin);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, requestHeaders);
        QFETCH(QByteArray, body);
        const ServerResponse response
            = respond(allowing({u"http://a.test"_s}), preflight(origin, method, requestHeaders));
        QCOMPARE(response.status, 400);
        QCOMPARE(response.body, body);
        QCOMPARE(response.corsDecision, ServerResponse::CorsDecision::Refused);
    }

    void safelistedHeadersAreAlwaysAllowed()
    {
        const ServerResponse response
            = respond(allowing({u"http://a.test"_s}),
                      preflight("http://a.test", "GET",
                                " Accept , ACCEPT-LANGUAGE,content-language,Content-Type"));
        QCOMPARE(response.status, 200);
    }

    void wildcardOriginWithoutCredentialsAnswersStar()
    {
        const ServerResponse response
            = respond(allowing({u"*"_s}), preflight("http://x.test", "GET"));
        QCOMPARE(response.headers.firstValue("Access-Control-Allow-Origin"), QByteArray("*"));
        QVERIFY(!response.headers.contains("Vary"));
    }

    void wildcardOriginWithCredentialsEchoes()
    {
        MiddlewareOptions options = allowing({u"*"_s});
        options.allowCredentials = true;
        const ServerResponse preflightResponse
            = respond(options, preflight("http://x.test", "GET"));
        QCOMPARE(preflightResponse.headers.firstValue("Access-Control-Allow-Origin"),
                 QByteArray("http://x.test"));
        QCOMPARE(preflightResponse.headers.firstValue("Vary"), QByteArray("Origin"));

        // Simple responses say "*" unless the request carries a Cookie (Starlette 0.26.1).
        const ServerResponse withoutCookie
            = respond(options, request("GET", {{"Origin", "http://x.test"}}));
        QCOMPARE(withoutCookie.headers.firstValue("Access-Control-Allow-Origin"), QByteArray("*"));
        QCOMPARE(withoutCookie.headers.firstValue("Access-Control-Allow-Credentials"),
                 QByteArray("true"));
        const ServerResponse withCookie
            = respond(options, request("GET", {{"Origin", "http://x.test"}, {"Cookie", "a=1"}}));
        QCOMPARE(withCookie.headers.values("Access-Control-Allow-Origin"),
                 QList<QByteArray>{"http://x.test"});
        QCOMPARE(withCookie.headers.firstValue("Vary"), QByteArray("Origin"));
    }

    void wildcardHeadersMirrorTheRequest()
    {
        MiddlewareOptions options = allowing({u"http://a.test"_s});
        options.allowHeaders = {u"*"_s};
        const ServerResponse response
            = respond(options, preflight("http://a.test", "GET", "X-One,x-two"));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.headers.firstValue("Access-Control-Allow-Headers"),
                 QByteArray("X-One,x-two"));
        const ServerResponse withoutHeaders = respond(options, preflight("http://a.test", "GET"));
        QVERIFY(!withoutHeaders.headers.contains("Access-Control-Allow-Headers"));
    }

    void wildcardMethodsMeansStarlettesList()
    {
        MiddlewareOptions options = allowing({u"http://a.test"_s});
        options.allowMethods = {u"*"_s};
        const ServerResponse response = respond(options, preflight("http://a.test", "PATCH"));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.headers.firstValue("Access-Control-Allow-Methods"),
                 QByteArray("DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"));
        QCOMPARE(respond(options, preflight("http://a.test", "PROPFIND")).status, 400);
    }

    void regexMustMatchTheWholeOrigin()
    {
        MiddlewareOptions options;
        options.allowOriginRegex = u"https://.*\\.example\\.org"_s;
        CorsMiddleware middleware(options);
        QVERIFY(middleware.isAllowedOrigin(u"https://app.example.org"_s));
        QVERIFY(!middleware.isAllowedOrigin(u"https://app.example.org.evil.test"_s));
        QVERIFY(!middleware.isAllowedOrigin(u"http://app.example.org"_s));
    }

    void originListIsExactAndCaseSensitive()
    {
        CorsMiddleware middleware(allowing({u"http://localhost:3000"_s}));
        QVERIFY(middleware.isAllowedOrigin(u"http://localhost:3000"_s));
        QVERIFY(!middleware.isAllowedOrigin(u"http://LOCALHOST:3000"_s));
        QVERIFY(!middleware.isAllowedOrigin(u"http://localhost:3000/"_s));
        QVERIFY(!middleware.isAllowedOrigin(u"http://localhost"_s));
    }

    void simpleResponseCarriesExposeHeaders()
    {
        MiddlewareOptions options = allowing({u"http://a.test"_s});
        options.exposeHeaders = {u"X-Request-ID"_s, u"X-Total"_s};
        const ServerResponse allowed
            = respond(options, request("GET", {{"Origin", "http://a.test"}}));
        QCOMPARE(allowed.headers.firstValue("Access-Control-Expose-Headers"),
                 QByteArray("X-Request-ID, X-Total"));
        QCOMPARE(allowed.headers.firstValue("Access-Control-Allow-Origin"),
                 QByteArray("http://a.test"));
        QCOMPARE(allowed.corsDecision, ServerResponse::CorsDecision::Allowed);

        // A refused origin still gets the static headers, but no Allow-Origin.
        const ServerResponse refused
            = respond(options, request("GET", {{"Origin", "http://b.test"}}));
        QCOMPARE(refused.status, 200);
        QVERIFY(!refused.headers.contains("Access-Control-Allow-Origin"));
        QVERIFY(refused.headers.contains("Access-Control-Expose-Headers"));
        QCOMPARE(refused.corsDecision, ServerResponse::CorsDecision::Refused);
    }

    void usesTheFirstOfDuplicateRequestHeaders()
    {
        HeaderLines headers{{"Origin", "http://a.test"},
                            {"Origin", "http://b.test"},
                            {"Access-Control-Request-Method", "GET"}};
        const ServerResponse response
            = respond(allowing({u"http://a.test"_s}), request("OPTIONS", headers));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.headers.firstValue("Access-Control-Allow-Origin"),
                 QByteArray("http://a.test"));
    }
};

QTEST_GUILESS_MAIN(TestCorsMiddleware)
#include "tst_corsmiddleware.moc"
