#include "core/http/HttpSyntax.h"
#include "core/http/Origin.h"

#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Origin::Problem)

class TestOrigin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serializesTheOriginOfAUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("origin");
        QTest::newRow("case and default port")
            << u"http://Example.COM:80/a"_s << u"http://example.com"_s;
        QTest::newRow("path and query dropped")
            << u"https://a.test:8443/x?y"_s << u"https://a.test:8443"_s;
        QTest::newRow("IPv6 in brackets") << u"http://[::1]:3000/"_s << u"http://[::1]:3000"_s;
        QTest::newRow("https default") << u"https://api.test:443"_s << u"https://api.test"_s;
        QTest::newRow("IDN as punycode")
            << u"http://bücher.example/"_s << u"http://xn--bcher-kva.example"_s;
        QTest::newRow("file is opaque") << u"file:///tmp/a.html"_s << u"null"_s;
    }
    void serializesTheOriginOfAUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, origin);
        QCOMPARE(Origin::fromUrl(QUrl(url)).serialized(), origin);
    }

    void parsesOnlyWhatABrowserWouldSend_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Origin::Problem>("problem");
        QTest::newRow("origin") << u"http://localhost:3000"_s << Origin::Problem::None;
        QTest::newRow("empty") << QString() << Origin::Problem::Empty;
        QTest::newRow("spaces") << u" http://a.test"_s << Origin::Problem::SurroundingSpaces;
        QTest::newRow("no scheme") << u"localhost:3000"_s << Origin::Problem::NoScheme;
        QTest::newRow("slash") << u"http://localhost:3000/"_s << Origin::Problem::TrailingSlash;
        QTest::newRow("path") << u"http://a.test/app"_s << Origin::Problem::PathQueryOrFragment;
        QTest::newRow("query") << u"http://a.test?x=1"_s << Origin::Problem::PathQueryOrFragment;
        QTest::newRow("bad port") << u"http://a.test:99999"_s << Origin::Problem::InvalidUrl;
        QTest::newRow("user") << u"http://me@a.test"_s << Origin::Problem::UserInfo;
    }
    void parsesOnlyWhatABrowserWouldSend()
    {
        QFETCH(QString, text);
        QFETCH(Origin::Problem, problem);
        Origin::Problem found = Origin::Problem::Empty;
        const Origin origin = Origin::parse(text, &found);
        QCOMPARE(found, problem);
        QCOMPARE(origin.isValid(), problem == Origin::Problem::None);
        // Every problem has words for the user; a valid origin has none.
        QCOMPARE(HttpSyntax::originProblem(text).isEmpty(), problem == Origin::Problem::None);
    }

    void portsAndEquality()
    {
        const Origin implicit = Origin::parse(u"http://a.test"_s);
        const Origin explicitDefault = Origin::parse(u"http://A.test:80"_s);
        QVERIFY(implicit.portIsImplicit());
        QVERIFY(!explicitDefault.portIsImplicit());
        QCOMPARE(implicit.port(), 80);
        QVERIFY(implicit == explicitDefault);
        QVERIFY(implicit != Origin::parse(u"https://a.test"_s));
        QVERIFY(implicit != Origin::parse(u"http://a.test:8080"_s));
        QVERIFY(Origin() != Origin());
        QCOMPARE(Origin::defaultPort(u"wss"_s), 443);
        QCOMPARE(Origin::defaultPort(u"gopher"_s), -1);
    }

    void matchesAUrlCharacterForCharacter()
    {
        QVERIFY(
            Origin::matchesUrl(u"http://localhost:3000"_s, QUrl(u"http://localhost:3000/api"_s)));
        QVERIFY(
            !Origin::matchesUrl(u"http://localhost:3000"_s, QUrl(u"http://127.0.0.1:3000/api"_s)));
        // The request's origin is compared as sent: an upper-case page origin is another origin.
        QVERIFY(!Origin::matchesUrl(u"http://LOCALHOST:3000"_s, QUrl(u"http://localhost:3000/"_s)));
        QVERIFY(!Origin::matchesUrl(u"null"_s, QUrl(u"file:///tmp/a.html"_s)));
    }

    void suggestsTheOriginBeforeAPath()
    {
        QCOMPARE(Origin::withoutPath(u"http://localhost:3000/app?x#y"_s),
                 u"http://localhost:3000"_s);
        QVERIFY(HttpSyntax::originProblem(u"http://localhost:3000/"_s)
                    .contains(u"\"http://localhost:3000\""));
    }
};

QTEST_APPLESS_MAIN(TestOrigin)
#include "tst_origin.moc"
