#include "gui/HelpMenu.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Shortcut
{
    QString keys;
    QString what;
};

QList<Shortcut> shortcutsOf(const QWidget *window)
{
    QList<Shortcut> shortcuts;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        shortcuts.append({keys.join(u"  /  "_s), QString(action->text()).remove(u'&')});
    }
    // Keys that belong to no menu entry.
    shortcuts.append({QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
                      HelpMenu::tr("Send the request (from any field)")});
    shortcuts.append(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space).toString(QKeySequence::NativeText),
         HelpMenu::tr("Reveal the verdict in predict mode")});
    shortcuts.append({HelpMenu::tr("Enter, or leaving a field"),
                      HelpMenu::tr("Apply the edited policy field to the server")});
    std::sort(shortcuts.begin(), shortcuts.end(),
              [](const Shortcut &left, const Shortcut &right) { return left.what < right.what; });
    return shortcuts;
}

} // namespace

HelpMenu::HelpMenu(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

void HelpMenu::showShortcuts()
{
    QDialog dialog(m_window);
    dialog.setObjectName(u"shortcutsDialog"_s);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    const QList<Shortcut> shortcuts = shortcutsOf(m_window);
    auto *table = new QTableWidget(int(shortcuts.size()), 2, &dialog);
    table->setObjectName(u"shortcutsTable"_s);
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < shortcuts.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(shortcuts.at(row).keys));
        table->setItem(row, 1, new QTableWidgetItem(shortcuts.at(row).what));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    const QFontMetrics metrics(dialog.font());
    // Wide enough for the longest entry, tall enough for most of the list at once.
    dialog.resize(metrics.averageCharWidth() * 90, metrics.height() * 40);
    dialog.exec();
}

void HelpMenu::showGettingStarted()
{
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Getting started"),
        tr("<p>The first lesson is loaded: its policy is on the server (left) and its request is "
           "in the composer (top).</p>"
           "<ol><li>Press <b>Ctrl+Enter</b> to send the request.</li>"
           "<li>Read the verdict, Chromium's message and the header trace below.</li>"
           "<li>Change the policy on the left and press <b>Enter</b>: the server applies it.</li>"
           "<li>Send again. More lessons are in Classroom \u2192 Scenarios; Ctrl+/ lists every "
           "shortcut.</li></ol>"),
        QMessageBox::Ok, m_window);
    box->setObjectName(u"gettingStartedBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void HelpMenu::showAbout()
{
    QMessageBox::about(
        m_window, tr("About CORS Playground"),
        tr("<h3>CORS Playground %1</h3>"
           "<p>See what a browser does with CORS, live: a local server whose CORS behaviour you "
           "edit, a browser simulator that does what Chromium does, and the reason for every "
           "verdict.</p>"
           "<p>Built with Qt %2 (running on Qt %3).</p>"
           "<p>Licence: MIT. See the LICENSE file that comes with the program.</p>")
            .arg(QStringLiteral(CORS_PLAYGROUND_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}
