#include "core/http/HeaderLines.h"

#include <QTest>

class TestHeaderLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsOrderCaseAndDuplicates()
    {
        HeaderLines headers{{"access-control-allow-origin", "*"},
                            {"X-A", "1"},
                            {"Access-Control-Allow-Origin", "http://a.test"}};
        QCOMPARE(headers.size(), 3);
        QCOMPARE(headers.lines().at(0).first, QByteArray("access-control-allow-origin"));
        QCOMPARE(headers.values("ACCESS-CONTROL-ALLOW-ORIGIN"),
                 (QList<QByteArray>{"*", "http://a.test"}));
        QCOMPARE(headers.firstValue("Access-Control-Allow-Origin"), QByteArray("*"));
        QCOMPARE(headers.combinedValue("access-control-allow-origin"),
                 QByteArray("*, http://a.test"));
    }

    void setReplacesAllAtTheFirstPlace()
    {
        HeaderLines headers{{"vary", "a"}, {"X", "1"}, {"Vary", "b"}};
        headers.set("VARY", "c");
        QCOMPARE(headers, (HeaderLines{{"vary", "c"}, {"X", "1"}}));
        headers.set("New", "n");
        QCOMPARE(headers.lines().last(), (HeaderLines::Line{"New", "n"}));
    }

    void missingHeaderIsNull()
    {
        HeaderLines headers{{"Empty", ""}};
        QVERIFY(headers.contains("empty"));
        QVERIFY(!headers.firstValue("empty").isNull());
        QVERIFY(headers.firstValue("absent").isNull());
        headers.removeAll("EMPTY");
        QVERIFY(headers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHeaderLines)
#include "tst_headerlines.moc"
