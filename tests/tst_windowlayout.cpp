#include "gui/MainWindow.h"
#include "support/WindowFixture.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLayout>
#include <QLineEdit>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isOurs(const QWidget *widget)
{
    return !widget->objectName().isEmpty() && !widget->objectName().startsWith(u"qt_");
}

bool isChecked(const QWidget *widget)
{
    return qobject_cast<const QLabel *>(widget) || qobject_cast<const QAbstractButton *>(widget)
        || qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractScrollArea *>(widget);
}

// Scrolled content may be cut by its viewport: the scroll bar reaches it.
bool isViewport(const QWidget *widget)
{
    const auto *area = qobject_cast<const QAbstractScrollArea *>(widget->parentWidget());
    return area && area->viewport() == widget;
}

void widgetsOf(const QLayout *layout, QList<QWidget *> &widgets)
{
    for (int index = 0; index < layout->count(); ++index) {
        QLayoutItem *item = layout->itemAt(index);
        if (item->widget())
            widgets.append(item->widget());
        else if (item->layout())
            widgetsOf(item->layout(), widgets);
    }
}

QString describe(const QWidget *widget)
{
    const QRect rect(widget->mapTo(widget->window(), QPoint()), widget->size());
    return u"%1 (%2,%3 %4x%5)"_s.arg(widget->objectName())
        .arg(rect.x())
        .arg(rect.y())
        .arg(rect.width())
        .arg(rect.height());
}

} // namespace

// The window at the sizes and zooms a projector uses: nothing overlaps, nothing a user needs is
// cut off, every text fits its widget.
class TestWindowLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<WindowFixture> m_fixture;

    QStringList problems()
    {
        QStringList found;
        MainWindow *window = m_fixture->window();
        const QList<QWidget *> all = window->findChildren<QWidget *>();
        for (QWidget *widget : all) {
            if (!widget->isVisible() || !isOurs(widget) || !isChecked(widget))
                continue;
            // Cut off: every ancestor up to a scroll viewport holds it whole.
            QWidget *parent = widget->parentWidget();
            while (parent && parent != window && !isViewport(parent)) {
                const QRect inParent(widget->mapTo(parent, QPoint()), widget->size());
                if (!parent->rect().contains(inParent)) {
                    found.append(u"%1 is cut off by %2"_s.arg(describe(widget), describe(parent)));
                    break;
                }
                parent = parent->parentWidget();
            }
            // Its text fits.
            if (const auto *label = qobject_cast<QLabel *>(widget)) {
                if (label->text().isEmpty())
                    continue;
                const bool fits = label->wordWrap()
                    ? label->heightForWidth(label->width()) <= label->height() + 1
                    : label->sizeHint().width() <= label->width() + 1;
                if (!fits)
                    found.append(u"%1: text does not fit: %2"_s.arg(describe(label),
                                                                    label->text().left(40)));
            } else if (const auto *button = qobject_cast<QAbstractButton *>(widget)) {
                if (button->sizeHint().width() > button->width() + 1
                    || button->minimumSizeHint().height() > button->height() + 1)
                    found.append(u"%1: label does not fit"_s.arg(describe(button)));
            } else if (const auto *combo = qobject_cast<QComboBox *>(widget)) {
                const int text = combo->fontMetrics().horizontalAdvance(combo->currentText());
                if (text + combo->fontMetrics().height() > combo->width())
                    found.append(
                        u"%1: \"%2\" does not fit"_s.arg(describe(combo), combo->currentText()));
            }
        }
        // Overlap: widgets laid out side by side in one parent never cover each other.
        for (QWidget *parent : all) {
            if (!parent->isVisible() || !parent->layout())
                continue;
            QList<QWidget *> laidOut;
            widgetsOf(parent->layout(), laidOut);
            laidOut.removeIf([](const QWidget *widget) { return !widget->isVisible(); });
            for (qsizetype first = 0; first < laidOut.size(); ++first) {
                for (qsizetype second = first + 1; second < laidOut.size(); ++second) {
                    if (laidOut.at(first)->geometry().intersects(laidOut.at(second)->geometry()))
                        found.append(u"%1 overlaps %2"_s.arg(describe(laidOut.at(first)),
                                                             describe(laidOut.at(second))));
                }
            }
        }
        // Header names in the tables are read whole.
        for (const QTableWidget *table : window->findChildren<QTableWidget *>()) {
            if (!table->isVisible())
                continue;
            for (int row = 0; row < table->rowCount(); ++row) {
                const QTableWidgetItem *name = table->item(row, 0);
                if (name
                    && table->fontMetrics().horizontalAdvance(name->text()) > table->columnWidth(0))
                    found.append(
                        u"%1: header name \"%2\" is cut"_s.arg(describe(table), name->text()));
            }
        }
        // Every menu is on the menu bar, none pushed into an overflow.
        const QMenuBar *menus = window->menuBar();
        for (QAction *menu : menus->actions()) {
            if (!menus->rect().contains(menus->actionGeometry(menu)))
                found.append(u"menu %1 is cut off"_s.arg(menu->text()));
        }
        return found;
    }

    void settle()
    {
        for (int round = 0; round < 5; ++round) {
            QCoreApplication::processEvents();
            QTest::qWait(20);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>(m_directory.filePath(u"settings.ini"_s));
    }

    void cleanup() { m_fixture.reset(); }

    void nothingOverlapsOrIsCutOff_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("zoom");
        QTest::addColumn<bool>("highContrast");
        for (const QString &scenario :
             {u"05-trailing-slash"_s, u"04-custom-header-not-allowed"_s}) {
            for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
                for (const int zoom : {100, 150, 200})
                    QTest::addRow("%s %dx%d %d%%", qPrintable(scenario), size.width(),
                                  size.height(), zoom)
                        << scenario << size << zoom << false;
                // Its thicker borders take room too.
                QTest::addRow("%s %dx%d 150%% high contrast", qPrintable(scenario), size.width(),
                              size.height())
                    << scenario << size << 150 << true;
            }
        }
    }

    void nothingOverlapsOrIsCutOff()
    {
        QFETCH(QString, scenario);
        QFETCH(QSize, size);
        QFETCH(int, zoom);
        QFETCH(bool, highContrast);
        MainWindow *window = m_fixture->window();
        window->setHighContrast(highContrast);
        window->findChild<QAction *>(u"scenario_"_s + scenario)->trigger();
        window->resize(size);
        window->setZoom(zoom);
        settle();
        QVERIFY(m_fixture->sendAndWait().contains(u"BLOCKED"));
        settle();
        // The window fits the screen it is shown on, however large the text.
        QCOMPARE(window->size(), size);
        const QStringList found = problems();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        // The results get the largest share, and the trace a good part of the height.
        const auto area = [window](const char *name) {
            const QWidget *widget = window->findChild<QWidget *>(QString::fromLatin1(name));
            return widget->width() * widget->height();
        };
        QVERIFY(area("bottomTabs") > area("policyPane"));
        QVERIFY(area("bottomTabs") > area("composerScroll"));
        const QWidget *trace = window->findChild<QWidget *>(u"traceTree"_s);
        QVERIFY2(trace->height() * 4 >= size.height(), qPrintable(describe(trace)));
        // A wider window widens the policy pane too.
        QVERIFY2(window->findChild<QWidget *>(u"policyPane"_s)->width() * 5 >= size.width(),
                 "the policy pane has at least a fifth of the width");
    }

    void draggingTheSplitterGivesTheTraceMore()
    {
        MainWindow *window = m_fixture->window();
        window->resize(1280, 720);
        window->findChild<QAction *>(u"scenario_04-custom-header-not-allowed"_s)->trigger();
        QVERIFY(m_fixture->sendAndWait().contains(u"BLOCKED"));
        settle();
        auto *trace = window->findChild<QWidget *>(u"traceTree"_s);
        const int before = trace->height();
        // Drag the handle between the messages and the trace up by 60 pixels.
        auto *splitter = window->findChild<QSplitter *>(u"resultSplitter"_s);
        const QList<int> sizes = splitter->sizes();
        QSplitterHandle *handle = splitter->handle(1);
        const QPoint start = handle->rect().center();
        const QPoint end = start - QPoint(0, 60);
        QTest::mousePress(handle, Qt::LeftButton, {}, start);
        QMouseEvent drag(QEvent::MouseMove, end, handle->mapToGlobal(end), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(handle, &drag);
        QTest::mouseRelease(handle, Qt::LeftButton, {}, end);
        settle();
        QVERIFY2(trace->height() > before + 40,
                 qPrintable(u"%1 -> %2"_s.arg(before).arg(trace->height())));
        // A resize of the window keeps what the user chose.
        window->resize(1280, 760);
        settle();
        QVERIFY(splitter->sizes().at(0) < sizes.at(0));
    }

    void hidingThePanesGivesTheResultsTheRoom()
    {
        MainWindow *window = m_fixture->window();
        window->resize(1280, 720);
        settle();
        auto *results = window->findChild<QWidget *>(u"bottomTabs"_s);
        const QSize before = results->size();
        window->findChild<QAction *>(u"togglePolicyPaneAction"_s)->trigger();
        window->findChild<QAction *>(u"toggleComposerAction"_s)->trigger();
        settle();
        QVERIFY(!window->findChild<QWidget *>(u"policyPane"_s)->isVisible());
        QVERIFY(results->width() > before.width() + 200);
        QVERIFY(results->height() > before.height() + 100);
        // And the menu brings them back.
        window->findChild<QAction *>(u"togglePolicyPaneAction"_s)->trigger();
        window->findChild<QAction *>(u"toggleComposerAction"_s)->trigger();
        settle();
        QVERIFY(window->findChild<QWidget *>(u"policyPane"_s)->isVisible());
        QVERIFY(window->findChild<QWidget *>(u"composerScroll"_s)->isVisible());
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
