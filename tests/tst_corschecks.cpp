#include "core/browser/CorsChecks.h"
#include "core/browser/CorsMessages.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString origin = u"http://localhost:5173"_s;

QString kindOf(const std::optional<CorsFailure> &failure)
{
    return failure ? CorsMessages::kindName(failure->kind) : u"none"_s;
}
} // namespace

class TestCorsChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accessCheck_data()
    {
        QTest::addColumn<HeaderLines>("headers");
        QTest::addColumn<bool>("credentials");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("detail");
        QTest::newRow("star") << HeaderLines{{"Access-Control-Allow-Origin", "*"}} << false
                              << u"none"_s << QString();
        QTest::newRow("star with credentials")
            << HeaderLines{{"Access-Control-Allow-Origin", "*"}} << true
            << u"WildcardOriginNotAllowed"_s << QString();
        QTest::newRow("missing") << HeaderLines{} << false << u"MissingAllowOriginHeader"_s
                                 << QString();
        QTest::newRow("exact") << HeaderLines{{"access-control-allow-origin",
                                               "http://localhost:5173"}}
                               << false << u"none"_s << QString();
        QTest::newRow("two lines")
            << HeaderLines{{"Access-Control-Allow-Origin", "http://localhost:5173"},
                           {"Access-Control-Allow-Origin", "*"}}
            << false << u"MultipleAllowOriginValues"_s << u"http://localhost:5173, *"_s;
        QTest::newRow("space") << HeaderLines{{"Access-Control-Allow-Origin", "not a url"}} << false
                               << u"MultipleAllowOriginValues"_s << u"not a url"_s;
        QTest::newRow("trailing slash")
            << HeaderLines{{"Access-Control-Allow-Origin", "http://localhost:5173/"}} << false
            << u"AllowOriginMismatch"_s << u"http://localhost:5173/"_s;
        QTest::newRow("null") << HeaderLines{{"Access-Control-Allow-Origin", "null"}} << false
                              << u"AllowOriginMismatch"_s << u"null"_s;
        QTest::newRow("nonsense") << HeaderLines{{"Access-Control-Allow-Origin", "nonsense"}}
                                  << false << u"InvalidAllowOriginValue"_s << u"nonsense"_s;
        QTest::newRow("empty") << HeaderLines{{"Access-Control-Allow-Origin", ""}} << false
                               << u"InvalidAllowOriginValue"_s << QString();
        QTest::newRow("credentials missing")
            << HeaderLines{{"Access-Control-Allow-Origin", "http://localhost:5173"}} << true
            << u"InvalidAllowCredentials"_s << QString();
        QTest::newRow("credentials True")
            << HeaderLines{{"Access-Control-Allow-Origin", "http://localhost:5173"},
                           {"Access-Control-Allow-Credentials", "True"}}
            << true << u"InvalidAllowCredentials"_s << u"True"_s;
        QTest::newRow("credentials true")
            << HeaderLines{{"Access-Control-Allow-Origin", "http://localhost:5173"},
                           {"Access-Control-Allow-Credentials", "true"}}
            << true << u"none"_s << QString();
    }

    void accessCheck()
    {
        QFETCH(HeaderLines, headers);
        QFETCH(bool, credentials);
        QFETCH(QString, kind);
        QFETCH(QString, detail);
        QList<CorsCheck> checks;
        const auto failure = CorsChecks::checkAccess(headers, credentials, origin, &checks);
        QCOMPARE(kindOf(failure), kind);
        if (failure)
            QCOMPARE(failure->detail, detail);
        QVERIFY(!checks.isEmpty());
        QCOMPARE(checks.last().passed, !failure.has_value());
    }

    void preflightChecksInChromiumsOrder()
    {
        const HeaderLines allowed{{"Access-Control-Allow-Origin", "*"}};
        // A redirect is refused before anything else is looked at.
        QCOMPARE(kindOf(CorsChecks::checkPreflightResponse(302, {{"Location", "/x"}}, false, origin,
                                                           nullptr)),
                 u"PreflightDisallowedRedirect"_s);
        // The access check comes before the status.
        QCOMPARE(kindOf(CorsChecks::checkPreflightResponse(500, {}, false, origin, nullptr)),
                 u"PreflightMissingAllowOriginHeader"_s);
        QCOMPARE(kindOf(CorsChecks::checkPreflightResponse(500, allowed, false, origin, nullptr)),
                 u"PreflightInvalidStatus"_s);
        QCOMPARE(kindOf(CorsChecks::checkPreflightResponse(304, allowed, false, origin, nullptr)),
                 u"PreflightInvalidStatus"_s);
        HeaderLines badMethods = allowed;
        badMethods.append("Access-Control-Allow-Methods", "PUT PATCH");
        QCOMPARE(
            kindOf(CorsChecks::checkPreflightResponse(204, badMethods, false, origin, nullptr)),
            u"InvalidAllowMethodsPreflightResponse"_s);
        HeaderLines badHeaders = allowed;
        badHeaders.append("Access-Control-Allow-Headers", "X-A;X-B");
        QCOMPARE(
            kindOf(CorsChecks::checkPreflightResponse(204, badHeaders, false, origin, nullptr)),
            u"InvalidAllowHeadersPreflightResponse"_s);
    }

    void allowanceComparesMethodsExactly()
    {
        CorsChecks::PreflightAllowance allowance;
        HeaderLines headers{{"Access-Control-Allow-Origin", "*"},
                            {"Access-Control-Allow-Methods", "PUT, ,PATCH"},
                            {"Access-Control-Allow-Headers", "X-API-Key"}};
        QVERIFY(!CorsChecks::checkPreflightResponse(200, headers, false, origin, &allowance));
        QCOMPARE(allowance.methods, (QList<QByteArray>{"PUT", "PATCH"}));
        QVERIFY(!allowance.checkMethod("PUT"));
        QVERIFY(!allowance.checkMethod("POST"));
        QCOMPARE(allowance.checkMethod("patch")->detail, u"patch"_s);
        QCOMPARE(allowance.checkMethod("DELETE")->kind,
                 CorsErrorKind::MethodDisallowedByPreflightResponse);
        QVERIFY(!allowance.checkHeaders({"x-api-key"}));
        QCOMPARE(allowance.checkHeaders({"x-api-key", "x-other"})->detail, u"x-other"_s);
    }

    void wildcardsCountOnlyWithoutCredentials()
    {
        CorsChecks::PreflightAllowance allowance;
        allowance.methods = {"*"};
        allowance.headers = {"*"};
        QVERIFY(!allowance.checkMethod("DELETE"));
        QVERIFY(!allowance.checkHeaders({"authorization", "x-custom"}));
        allowance.credentialsIncluded = true;
        QVERIFY(allowance.checkMethod("DELETE"));
        QVERIFY(allowance.checkHeaders({"x-custom"}));
    }

    void maxAge_data()
    {
        QTest::addColumn<HeaderLines>("headers");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("absent") << HeaderLines{} << qint64(5);
        QTest::newRow("600") << HeaderLines{{"Access-Control-Max-Age", "600"}} << qint64(600);
        QTest::newRow("capped") << HeaderLines{{"Access-Control-Max-Age", "86400"}} << qint64(7200);
        QTest::newRow("negative") << HeaderLines{{"Access-Control-Max-Age", "-1"}} << qint64(0);
        QTest::newRow("unreadable") << HeaderLines{{"Access-Control-Max-Age", "ten"}} << qint64(5);
    }

    void maxAge()
    {
        QFETCH(HeaderLines, headers);
        QFETCH(qint64, seconds);
        QCOMPARE(CorsChecks::maxAgeSeconds(headers), seconds);
    }
};

QTEST_GUILESS_MAIN(TestCorsChecks)
#include "tst_corschecks.moc"
