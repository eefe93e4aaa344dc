#include "core/browser/FetchRules.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestFetchRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizesOnlyTheSixMethods()
    {
        QCOMPARE(FetchRules::normalizeMethod(u"put"_s), QByteArray("PUT"));
        QCOMPARE(FetchRules::normalizeMethod(u"Delete"_s), QByteArray("DELETE"));
        QCOMPARE(FetchRules::normalizeMethod(u"patch"_s), QByteArray("patch"));
        QCOMPARE(FetchRules::normalizeMethod(u"PROPFIND"_s), QByteArray("PROPFIND"));
        QVERIFY(FetchRules::isForbiddenMethod("trace"));
        QVERIFY(FetchRules::isForbiddenMethod("CONNECT"));
        QVERIFY(!FetchRules::isForbiddenMethod("PATCH"));
        QVERIFY(FetchRules::isSafelistedMethod("POST"));
        QVERIFY(!FetchRules::isSafelistedMethod("PUT"));
    }

    void forbiddenHeaders()
    {
        QVERIFY(FetchRules::isForbiddenRequestHeader("Cookie", "a=1"));
        QVERIFY(FetchRules::isForbiddenRequestHeader("origin", "x"));
        QVERIFY(FetchRules::isForbiddenRequestHeader("Sec-Anything", "x"));
        QVERIFY(FetchRules::isForbiddenRequestHeader("Proxy-Authorization", "x"));
        QVERIFY(FetchRules::isForbiddenRequestHeader("X-HTTP-Method-Override", "GET, TRACE"));
        QVERIFY(!FetchRules::isForbiddenRequestHeader("X-HTTP-Method-Override", "PUT"));
        QVERIFY(!FetchRules::isForbiddenRequestHeader("Authorization", "Bearer x"));
    }

    void safelistProblems_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("safelisted");
        QTest::newRow("accept") << QByteArray("Accept") << QByteArray("application/json") << true;
        QTest::newRow("accept with unsafe byte")
            << QByteArray("Accept") << QByteArray("a(b") << false;
        QTest::newRow("language") << QByteArray("Accept-Language") << QByteArray("en-US,en;q=0.9")
                                  << true;
        QTest::newRow("language underscore")
            << QByteArray("Accept-Language") << QByteArray("en_US") << false;
        QTest::newRow("text/plain")
            << QByteArray("Content-Type") << QByteArray("text/plain;charset=UTF-8") << true;
        QTest::newRow("form") << QByteArray("content-type")
                              << QByteArray("application/x-www-form-urlencoded") << true;
        QTest::newRow("json") << QByteArray("Content-Type") << QByteArray("application/json")
                              << false;
        QTest::newRow("range") << QByteArray("Range") << QByteArray("bytes=0-10") << true;
        QTest::newRow("open range") << QByteArray("Range") << QByteArray("bytes=5-") << true;
        QTest::newRow("suffix range") << QByteArray("Range") << QByteArray("bytes=-5") << false;
        QTest::newRow("two ranges") << QByteArray("Range") << QByteArray("bytes=0-1,4-5") << false;
        QTest::newRow("dpr") << QByteArray("DPR") << QByteArray("2.5") << true;
        QTest::newRow("dpr text") << QByteArray("DPR") << QByteArray("high") << false;
        QTest::newRow("custom") << QByteArray("X-API-Key") << QByteArray("1") << false;
        QTest::newRow("129 bytes") << QByteArray("Accept") << QByteArray(129, 'a') << false;
        QTest::newRow("128 bytes") << QByteArray("Accept") << QByteArray(128, 'a') << true;
    }

    void safelistProblems()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(bool, safelisted);
        QCOMPARE(FetchRules::safelistProblem(name, value).isEmpty(), safelisted);
    }

    void explainsWhyAHeaderIsUnsafe()
    {
        QCOMPARE(FetchRules::safelistProblem("Content-Type", "application/json"),
                 u"Content-Type \"application/json\" is not one of "
                 u"application/x-www-form-urlencoded, multipart/form-data or text/plain"_s);
        QCOMPARE(FetchRules::safelistProblem("X-API-Key", "1"),
                 u"X-API-Key is not a CORS-safelisted header"_s);
    }

    void requestHeadersAreSortedLowerCaseAndUnique()
    {
        const HeaderLines headers{
            {"X-Zeta", "1"}, {"Accept", "*/*"}, {"X-Alpha", "2"}, {"x-zeta", "3"}};
        const auto unsafe = FetchRules::unsafeRequestHeaders(headers);
        QCOMPARE(unsafe.size(), 3);
        QCOMPARE(FetchRules::accessControlRequestHeaders(unsafe), QByteArray("x-alpha,x-zeta"));
    }

    void safelistedValuesOver1024BytesAllNeedAPreflight()
    {
        HeaderLines headers;
        for (const QByteArray name :
             {"Width", "Viewport-Width", "Rtt", "Dpr", "Downlink", "Device-Memory", "Accept",
              "Accept-Language", "Content-Language"})
            headers.append(
                name, QByteArray(120, name == "Accept" || name.endsWith("Language") ? 'a' : '1'));
        QCOMPARE(FetchRules::unsafeRequestHeaders(headers).size(), 9);
        headers.removeAll("Width");
        QCOMPARE(FetchRules::unsafeRequestHeaders(headers).size(), 0);
    }

    void sameSite()
    {
        QVERIFY(FetchRules::isSameSite(u"https://app.example.org"_s,
                                       QUrl(u"https://api.example.org/"_s)));
        QVERIFY(!FetchRules::isSameSite(u"http://localhost:1"_s, QUrl(u"http://127.0.0.1:1/"_s)));
    }

    void exposedHeaders()
    {
        const HeaderLines headers{{"Content-Type", "a"},
                                  {"X-Request-ID", "1"},
                                  {"X-Secret", "2"},
                                  {"Set-Cookie", "s=1"},
                                  {"Access-Control-Expose-Headers", "X-Request-ID, Set-Cookie"}};
        QCOMPARE(FetchRules::exposedResponseHeaders(headers, false),
                 (QList<QByteArray>{"content-type", "x-request-id"}));
        HeaderLines wildcard = headers;
        wildcard.set("Access-Control-Expose-Headers", "*");
        QCOMPARE(FetchRules::exposedResponseHeaders(wildcard, false),
                 (QList<QByteArray>{"access-control-expose-headers", "content-type", "x-request-id",
                                    "x-secret"}));
        QCOMPARE(FetchRules::exposedResponseHeaders(wildcard, true),
                 QList<QByteArray>{"content-type"});
    }
};

QTEST_GUILESS_MAIN(TestFetchRules)
#include "tst_fetchrules.moc"
