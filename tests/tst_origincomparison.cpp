#include "core/http/OriginComparison.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestOriginComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsInDefaultPorts()
    {
        const OriginComparison comparison
            = OriginComparison::compare(u"http://example.com"_s, u"http://example.com:80/app"_s);
        QVERIFY(comparison.sameOrigin);
        QCOMPARE(comparison.first.port, 80);
        QVERIFY(comparison.first.portIsDefault);
        QVERIFY(!comparison.second.portIsDefault);
        QCOMPARE(comparison.second.origin, u"http://example.com"_s);
    }

    void trailingSlashIsSameOriginButNotTheSameText()
    {
        const OriginComparison comparison
            = OriginComparison::compare(u"http://localhost:3000"_s, u"http://localhost:3000/"_s);
        QVERIFY(comparison.sameOrigin);
        QVERIFY(comparison.reasons.join(u' ').contains(u"compared as text"));
    }

    void caseIsIgnoredAndSaid()
    {
        const OriginComparison comparison
            = OriginComparison::compare(u"HTTP://LocalHost:3000"_s, u"http://localhost:3000"_s);
        QVERIFY(comparison.sameOrigin);
        QVERIFY(comparison.reasons.first().contains(u"lower case"));
    }

    void differencesAreNamed_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("reason");
        QTest::newRow("scheme") << u"http://a.test"_s << u"https://a.test"_s
                                << u"The schemes differ: http and https."_s;
        QTest::newRow("host")
            << u"http://localhost:3000"_s << u"http://127.0.0.1:3000"_s
            << u"The hosts differ: localhost and 127.0.0.1 (even if both reach the same machine, as localhost and 127.0.0.1 do)."_s;
        QTest::newRow("port") << u"http://a.test:3000"_s << u"http://a.test:3001"_s
                              << u"The ports differ: 3000 and 3001."_s;
        QTest::newRow("https default port") << u"https://a.test"_s << u"https://a.test:8443"_s
                                            << u"The ports differ: 443 and 8443."_s;
    }

    void differencesAreNamed()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, reason);
        const OriginComparison comparison = OriginComparison::compare(first, second);
        QVERIFY(!comparison.sameOrigin);
        QVERIFY2(comparison.reasons.contains(reason), qPrintable(comparison.reasons.join(u'\n')));
    }

    void invalidInputSaysWhat()
    {
        const OriginComparison comparison
            = OriginComparison::compare(u"localhost"_s, u"http://a.test"_s);
        QVERIFY(!comparison.first.valid);
        QVERIFY(comparison.first.error.contains(u"scheme and host"));
        QVERIFY(!comparison.sameOrigin);
    }
};

QTEST_GUILESS_MAIN(TestOriginComparison)
#include "tst_origincomparison.moc"
