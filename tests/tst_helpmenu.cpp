#include "gui/HelpMenu.h"
#include "support/WindowFixture.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

// The Help menu: every shortcut of the window, and what the program is.
class TestHelpMenu : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<WindowFixture> m_fixture;

    // Runs trigger, which opens a modal dialog, and returns that dialog's texts once closed.
    static QString textOfModalDialogOpenedBy(const std::function<void()> &trigger)
    {
        QString seen;
        QTimer::singleShot(200, [&seen] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                seen += label->text() + u'\n';
            for (const QTableWidget *table : dialog->findChildren<QTableWidget *>()) {
                for (int row = 0; row < table->rowCount(); ++row)
                    seen += table->item(row, 0)->text() + u'\t' + table->item(row, 1)->text()
                        + u'\n';
            }
            static_cast<QDialog *>(dialog)->reject();
        });
        trigger();
        return seen;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>(m_directory.filePath(u"settings.ini"_s));
    }

    void cleanup() { m_fixture.reset(); }

    void shortcutsListEveryActionWithKeys()
    {
        MainWindow *window = m_fixture->window();
        const QString shown = textOfModalDialogOpenedBy(
            [window] { window->findChild<QAction *>(u"shortcutsAction"_s)->trigger(); });
        int actions = 0;
        for (const QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || action->text().isEmpty())
                continue;
            ++actions;
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(shown.contains(keys + u"\t") || shown.contains(keys + u"  /"),
                     qPrintable(keys));
            QVERIFY2(shown.contains(QString(action->text()).remove(u'&')),
                     qPrintable(action->text()));
        }
        QVERIFY(actions >= 20);
        // Keys that are no menu entry are listed too.
        QVERIFY(shown.contains(
            QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
        QVERIFY(shown.contains(u"Reveal the verdict"));
    }

    void aboutNamesVersionQtAndLicence()
    {
        MainWindow *window = m_fixture->window();
        const QString shown = textOfModalDialogOpenedBy(
            [window] { window->findChild<QAction *>(u"aboutAction"_s)->trigger(); });
        QVERIFY2(shown.contains(QStringLiteral(CORS_PLAYGROUND_VERSION)), qPrintable(shown));
        QVERIFY(shown.contains(QString::fromLatin1(qVersion())));
        QVERIFY(shown.contains(u"MIT"));
    }
};

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
