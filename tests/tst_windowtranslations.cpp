#include "core/classroom/ScenarioLibrary.h"
#include "gui/DiagnoseDialog.h"
#include "gui/ExportDialog.h"
#include "support/TranslationFile.h"
#include "support/WindowFixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

// Every text a person can read in these widgets, keyed by where it is shown, so the same place
// can be compared in two languages.
using Texts = QHash<QString, QString>;

QString where(const QObject *object, const QString &kind)
{
    QStringList path;
    for (const QObject *node = object; node; node = node->parent())
        path.prepend(node->objectName().isEmpty()
                         ? QString::fromLatin1(node->metaObject()->className())
                         : node->objectName());
    return path.join(u'/') + u':' + kind + u'@' + QString::number(quintptr(object), 16);
}

void collect(const QWidget *root, Texts &texts)
{
    const auto add = [&texts](const QObject *object, const QString &kind, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.insert(where(object, kind), text);
    };
    QList<const QWidget *> widgets{root};
    for (const QWidget *child : root->findChildren<QWidget *>())
        widgets.append(child);
    for (const QWidget *widget : widgets) {
        // The browsers' own console messages are quoted exactly, in English, as they print them;
        // exported code is code; Qt does not retranslate its tab bar's scroll buttons.
        static const QStringList notOurWords{u"messageLabel"_s,     u"firefoxLabel"_s,
                                             u"codeEdit"_s,         u"fixEdit"_s,
                                             u"ScrollLeftButton"_s, u"ScrollRightButton"_s};
        if (notOurWords.contains(widget->objectName()))
            continue;
        add(widget, u"tooltip"_s, widget->toolTip());
        add(widget, u"accessible name"_s, widget->accessibleName());
        if (widget->isWindow())
            add(widget, u"title"_s, widget->windowTitle());
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            add(widget, u"text"_s, label->text());
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            add(widget, u"text"_s, button->text());
        else if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            add(widget, u"title"_s, group->title());
        else if (const auto *line = qobject_cast<const QLineEdit *>(widget))
            add(widget, u"placeholder"_s, line->placeholderText());
        else if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget)) {
            add(widget, u"placeholder"_s, edit->placeholderText());
            if (edit->isReadOnly())
                add(widget, u"content"_s, edit->toPlainText());
        }
        if (const auto *view = qobject_cast<const QTableView *>(widget);
            view && !qobject_cast<const QTableWidget *>(widget) && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int column = 0; column < model->columnCount(); ++column) {
                add(widget, u"column %1"_s.arg(column),
                    model->headerData(column, Qt::Horizontal).toString());
                for (int row = 0; row < model->rowCount(); ++row)
                    add(widget, u"cell %1,%2"_s.arg(row).arg(column),
                        model->index(row, column).data().toString());
            }
        }
        if (const auto *tabs = qobject_cast<const QTabWidget *>(widget)) {
            for (int index = 0; index < tabs->count(); ++index)
                add(widget, u"tab %1"_s.arg(index), tabs->tabText(index));
        }
        if (const auto *combo = qobject_cast<const QComboBox *>(widget);
            combo && !combo->isEditable()) {
            for (int index = 0; index < combo->count(); ++index)
                add(widget, u"item %1"_s.arg(index), combo->itemText(index));
        }
        if (const auto *table = qobject_cast<const QTableWidget *>(widget)) {
            for (int column = 0; column < table->columnCount(); ++column)
                add(widget, u"column %1"_s.arg(column),
                    table->horizontalHeaderItem(column)
                        ? table->horizontalHeaderItem(column)->text()
                        : QString());
        }
    }
    for (const QAction *action : root->findChildren<QAction *>()) {
        add(action, u"action"_s, action->text());
        add(action, u"action tooltip"_s, action->toolTip());
    }
}

// Texts a translator rightly left as they are (a German "Status" is "Status"): the .ts files
// say so by giving the source itself as the translation.
QSet<QString> keptAsIs(const QString &language)
{
    QSet<QString> kept;
    for (const TranslatedMessage &message : translatedMessages(language)) {
        if (message.finished && message.translation == message.source)
            kept.insert(message.source);
    }
    return kept;
}

// Words a person reads, not only a URL, a number, a header name or code: the framework forms
// name options as in code (maxAge, CORS_URLS_REGEX) and show values as code literals, and the
// library selector names products ("Starlette / FastAPI").
bool hasWords(const QString &text)
{
    static const QRegularExpression word(u"\\b[A-Za-z]{3,}\\b"_s);
    static const QRegularExpression data(
        u"^(https?://\\S+|[A-Z][A-Za-z0-9-]*|[a-z-]+|[A-Z]+|\\d+%?|Ctrl\\+\\S+"
        u"|[A-Z][A-Za-z0-9-]* / [A-Z][A-Za-z0-9-]*|[a-z]+([A-Z][a-z0-9]*)+|[a-z]+(_[a-z]+)+|[A-Z]+(_[A-Z]+)+|[\\['/]\\S.*|r'.*)$"_s);
    return word.match(text).hasMatch() && !data.match(text.trimmed()).hasMatch();
}

} // namespace

// Every string of the window, its dialogs and the shipped scenarios is translated in German and
// French: shown in English first, then in each language, no readable text stays the same
// unless its translation says it is the same word.
class TestWindowTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    static QStringList untranslated(const Texts &english, const Texts &translated,
                                    const QSet<QString> &kept)
    {
        QStringList found;
        for (auto text = english.cbegin(); text != english.cend(); ++text) {
            if (translated.value(text.key()) == text.value() && hasWords(text.value())
                && !kept.contains(text.value()))
                found.append(text.key().section(u'@', 0, 0).section(u'/', -2) + u" = \""
                             + text.value() + u'"');
        }
        found.sort();
        return found;
    }

private Q_SLOTS:
    void everyVisibleStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
    }

    void everyVisibleStringIsTranslated()
    {
        QFETCH(QString, language);
        WindowFixture fixture(m_directory.filePath(u"settings.ini"_s));
        MainWindow *window = fixture.window();
        // A scenario with a result, so the lesson, the verdict and the trace are filled.
        window->findChild<QAction *>(u"scenario_04-custom-header-not-allowed"_s)->trigger();
        QVERIFY(fixture.sendAndWait().contains(u"BLOCKED"));
        // The request log's details of what the server answered, and the inspector.
        window->showTab(MainWindow::Tab::FrameworkComparison);
        window->showTab(MainWindow::Tab::OriginInspector);
        window->showTab(MainWindow::Tab::RequestLog);
        auto *log = window->findChild<QTableView *>(u"logTable"_s);
        QTRY_VERIFY(log->model()->rowCount() > 0);
        log->setCurrentIndex(log->model()->index(0, 0));
        ExportDialog dialog(fixture.server()->policy(), window);
        // Diagnose with an error pasted, so its summary and explanation are filled.
        DiagnoseDialog diagnose(window);
        diagnose.findChild<QPlainTextEdit *>(u"pasteEdit"_s)
            ->setPlainText(u"Access to fetch at 'http://a.test/x' from origin 'http://b.test' has "
                           u"been blocked by CORS policy: No 'Access-Control-Allow-Origin' header "
                           u"is present on the requested resource."_s);
        QTRY_VERIFY(!diagnose.findChild<QLabel *>(u"explanationLabel"_s)->text().isEmpty());
        Texts english;
        collect(window, english);
        collect(&dialog, english);
        collect(&diagnose, english);
        QVERIFY(english.size() > 150);
        QVERIFY(fixture.languages()->apply(language));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        Texts translated;
        collect(window, translated);
        collect(&dialog, translated);
        collect(&diagnose, translated);
        const QStringList found = untranslated(english, translated, keptAsIs(language));
        QVERIFY2(found.isEmpty(),
                 qPrintable(u"%1 texts stay English:\n"_s.arg(found.size()) + found.join(u'\n')));
    }

    void everyScenarioIsTranslated_data() { everyVisibleStringIsTranslated_data(); }

    void everyScenarioIsTranslated()
    {
        QFETCH(QString, language);
        WindowFixture fixture(m_directory.filePath(u"settings.ini"_s));
        const ScenarioLibrary library = ScenarioLibrary::load();
        QHash<QString, QString> english;
        for (const Scenario &scenario : library.scenarios())
            english.insert(scenario.id, scenario.title() + u'\n' + scenario.lesson());
        QVERIFY(fixture.languages()->apply(language));
        QStringList found;
        for (const Scenario &scenario : library.scenarios()) {
            if (scenario.title() + u'\n' + scenario.lesson() == english.value(scenario.id))
                found.append(scenario.id);
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", ")));
        // The lesson on the card follows the language, not only new loads.
        MainWindow *window = fixture.window();
        const Scenario &first = library.scenarios().constFirst();
        window->findChild<QAction *>(u"scenario_"_s + first.id)->trigger();
        QTRY_VERIFY(window->findChild<QLabel *>(u"lessonLabel"_s)
                        ->text()
                        .contains(first.title().toHtmlEscaped()));
        fixture.languages()->apply(u"en"_s);
        QTRY_VERIFY(window->findChild<QLabel *>(u"lessonLabel"_s)
                        ->text()
                        .contains(first.sourceTitle.toHtmlEscaped()));
    }
};

QTEST_MAIN(TestWindowTranslations)
#include "tst_windowtranslations.moc"
