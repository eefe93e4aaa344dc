#include "gui/OriginInspector.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestOriginInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void comparesAsTheUserTypes()
    {
        OriginInspector inspector;
        auto *first = inspector.findChild<QLineEdit *>(u"firstEdit"_s);
        auto *second = inspector.findChild<QLineEdit *>(u"secondEdit"_s);
        auto *verdict = inspector.findChild<QLabel *>(u"originVerdictLabel"_s);
        auto *table = inspector.findChild<QTableWidget *>(u"partsTable"_s);
        first->clear();
        QTest::keyClicks(first, u"http://example.com"_s);
        second->clear();
        QTest::keyClicks(second, u"https://example.com"_s);
        QCOMPARE(verdict->text(), u"\u2716 Different origins"_s);
        QCOMPARE(table->item(2, 0)->text(), u"80 (default)"_s);
        QCOMPARE(table->item(2, 1)->text(), u"443 (default)"_s);
        second->setText(u"http://EXAMPLE.com:80/page"_s);
        QCOMPARE(verdict->text(), u"\u2714 Same origin"_s);
        QVERIFY(
            inspector.findChild<QLabel *>(u"originReasonsLabel"_s)->text().contains(u"lower case"));
    }
};

QTEST_MAIN(TestOriginInspector)
#include "tst_origininspector.moc"
