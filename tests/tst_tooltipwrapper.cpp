#include "gui/TooltipWrapper.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QStandardItemModel>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString longExplanation
    = u"Access-Control-Allow-Origin: the origins whose pages may read responses, one per line, "
      u"exactly as browsers send them: scheme://host[:port], no path, no trailing slash. \"*\" "
      u"allows any origin (but never for requests with credentials). Default: none. A & B "
      u"stays text."_s;

QWidget *shownTooltip()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == u"qtooltip_label" && widget->isVisible())
            return widget;
    }
    return nullptr;
}

// A paragraph a reader takes in at a glance: about 60 characters wide.
int readableWidth(const QWidget *tip)
{
    return tip->fontMetrics().averageCharWidth() * 60;
}

void hover(QWidget *widget, const QPoint &position)
{
    QHelpEvent help(QEvent::ToolTip, position, widget->mapToGlobal(position));
    QApplication::sendEvent(widget, &help);
}

} // namespace

// Tooltips explain each header at length; they must wrap into a readable paragraph.
class TestTooltipWrapper : public QObject
{
    Q_OBJECT

private:
    // Shows field with the long tooltip, hovers it, and returns the tooltip once shown.
    static QWidget *hoverForTooltip(QLabel &field)
    {
        field.setToolTip(longExplanation);
        field.show();
        if (!QTest::qWaitForWindowExposed(&field))
            return nullptr;
        hover(&field, QPoint(5, 5));
        QWidget *tip = nullptr;
        (void)QTest::qWaitFor([&tip] { return (tip = shownTooltip()) != nullptr; });
        return tip;
    }

private Q_SLOTS:
    void cleanup()
    {
        QToolTip::hideText();
        QTRY_VERIFY(!shownTooltip());
    }

    void withoutItATooltipIsWiderThanAParagraph()
    {
        QVERIFY(!Qt::mightBeRichText(longExplanation));
        // The defect this fixes, so the tests below are known to measure it.
        QLabel field(u"Allowed origins"_s);
        QWidget *tip = hoverForTooltip(field);
        QVERIFY(tip);
        QVERIFY(tip->width() > readableWidth(tip));
    }

    void aLongPlainTooltipIsWrapped()
    {
        TooltipWrapper wrapper;
        qApp->installEventFilter(&wrapper);
        QLabel field(u"Allowed origins"_s);
        QWidget *tip = hoverForTooltip(field);
        QVERIFY(tip);
        QVERIFY2(tip->width() <= readableWidth(tip), qPrintable(u"%1 px wide"_s.arg(tip->width())));
        // Escaped, so markup-like text stays text.
        QVERIFY(static_cast<QLabel *>(tip)->text().contains(u"A &amp; B stays"));
    }

    void itemTooltipsAreWrappedToo()
    {
        TooltipWrapper wrapper;
        qApp->installEventFilter(&wrapper);
        QStandardItemModel model;
        auto *item = new QStandardItem(u"Access-Control-Allow-Origin: *   FAIL"_s);
        item->setToolTip(longExplanation);
        model.appendRow(item);
        QTreeView view;
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        hover(view.viewport(), view.visualRect(model.index(0, 0)).center());
        QWidget *tip = nullptr;
        QTRY_VERIFY((tip = shownTooltip()));
        QVERIFY(tip->width() <= readableWidth(tip));
    }
};

QTEST_MAIN(TestTooltipWrapper)
#include "tst_tooltipwrapper.moc"
