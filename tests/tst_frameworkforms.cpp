#include "core/policy/PolicyJson.h"
#include "gui/PolicyController.h"
#include "gui/RequestComposer.h"
#include "support/JsonText.h"
#include "support/WindowFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

// The server pane speaks the selected library: its fields carry the library's option names and
// take values as written in code, a switch carries the options over and names what did not,
// and "Compare frameworks" shows the four answers side by side.
class TestFrameworkForms : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<WindowFixture> m_fixture;

    template<typename T> T *child(const QString &name) const { return m_fixture->child<T>(name); }

    void chooseLibrary(int index)
    {
        auto *combo = child<QComboBox>(u"frameworkCombo"_s);
        combo->setCurrentIndex(index);
    }

    void typeAndEnter(const QString &field, const QString &text)
    {
        auto *edit = child<QLineEdit>(field);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>(m_directory.filePath(u"settings.ini"_s));
    }

    void cleanup() { m_fixture.reset(); }

    void choosingALibraryShowsItsOwnOptionNames()
    {
        chooseLibrary(1);
        QCOMPARE(m_fixture->server()->policy().framework, CorsPolicy::Framework::Express);
        auto *stack = child<QStackedWidget>(u"formStack"_s);
        QCOMPARE(stack->currentWidget()->objectName(), u"expressForm"_s);
        QVERIFY(child<QLineEdit>(u"expressAllowedHeadersEdit"_s)->isVisible());
        QCOMPARE(child<QLabel>(u"expressMaxAgeLabel"_s)->text(), u"maxAge"_s);
        // Starlette's defaults carried over: no origin, GET only, max-age 600.
        QCOMPARE(child<QLineEdit>(u"expressOriginEdit"_s)->text(), u"[]"_s);
        QCOMPARE(child<QLineEdit>(u"expressMethodsEdit"_s)->text(), u"['GET']"_s);
        QCOMPARE(child<QLineEdit>(u"expressMaxAgeEdit"_s)->text(), u"600"_s);
        QVERIFY(child<QLabel>(u"frameworkNote"_s)->isVisible());

        chooseLibrary(3);
        QCOMPARE(stack->currentWidget()->objectName(), u"djangoCorsHeadersForm"_s);
        QCOMPARE(m_fixture->server()->policy().djangoCorsHeaders.preflightMaxAge, 600);
    }

    void aSwitchNamesWhatDidNotCarryOver()
    {
        chooseLibrary(1);
        child<QCheckBox>(u"expressPreflightContinueCheck"_s)->click();
        QVERIFY(m_fixture->server()->policy().express.preflightContinue);
        chooseLibrary(2);
        const QString note = child<QLabel>(u"frameworkNote"_s)->text();
        QVERIFY2(note.contains(u"express.preflightContinue"), qPrintable(note));
        // Undo goes back to Express, as it was.
        m_fixture->window()->findChild<PolicyController *>()->undoStack()->undo();
        QCOMPARE(m_fixture->server()->policy().framework, CorsPolicy::Framework::Express);
        QCOMPARE(child<QComboBox>(u"frameworkCombo"_s)->currentIndex(), 1);
    }

    void aValueIsWrittenAsInCode()
    {
        chooseLibrary(1);
        typeAndEnter(u"expressOriginEdit"_s, u"['http://localhost:3000', /\\.example\\.org$/]"_s);
        const ExpressCorsOptions &express = m_fixture->server()->policy().express;
        QCOMPARE(express.originKind, ExpressCorsOptions::OriginKind::List);
        QCOMPARE(express.originList.size(), 2);
        QVERIFY(express.originList.at(1).isRegex);
        typeAndEnter(u"expressMethodsEdit"_s, u"'GET, PUT'"_s);
        QCOMPARE(m_fixture->server()->policy().express.methods, TextOrList::ofText(u"GET, PUT"_s));
    }

    void codeThatDoesNotParseIsNotApplied()
    {
        chooseLibrary(2);
        const CorsPolicy before = m_fixture->server()->policy();
        typeAndEnter(u"flaskOriginsEdit"_s, u"['http://localhost:3000'"_s);
        QCOMPARE(m_fixture->server()->policy(), before);
        auto *error = child<QLabel>(u"flaskOriginsError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"not closed"), qPrintable(error->text()));
        QVERIFY(child<QLabel>(u"policyStateLabel"_s)->text().contains(u"origins (invalid)"));
        // A value of the wrong kind gets the policy file's own words.
        typeAndEnter(u"flaskOriginsEdit"_s, u"True"_s);
        QVERIFY2(error->text().contains(u"must be a string or a list of strings"),
                 qPrintable(error->text()));
        typeAndEnter(u"flaskOriginsEdit"_s, u"'http://localhost:3000'"_s);
        QVERIFY(!error->isVisible());
        QCOMPARE(m_fixture->server()->policy().flaskCors.origins,
                 TextOrList::ofText(u"http://localhost:3000"_s));
    }

    void theLibraryAnswersTheSentRequest()
    {
        chooseLibrary(1);
        typeAndEnter(u"expressOriginEdit"_s, u"'https://fixed.example'"_s);
        // Express's cors sends a fixed origin string to every origin: the browser blocks.
        const QString verdict = m_fixture->sendAndWait();
        QVERIFY2(verdict.contains(u"BLOCKED"), qPrintable(verdict));
    }

    void compareFrameworksShowsTheFourAnswers()
    {
        const auto parsed
            = PolicyJson::parse(json("{'framework': 'flask-cors', 'flask_cors': {'origins': "
                                     "['http://localhost:3000'], 'methods': ['GET', 'PUT']}}"));
        QVERIFY(parsed.ok());
        m_fixture->window()->findChild<PolicyController *>()->propose(parsed.policy, u"test"_s);
        FetchRequest request = m_fixture->window()->composer()->request();
        request.method = u"PUT"_s;
        request.pageOrigin = u"http://localhost:3000"_s;
        m_fixture->window()->composer()->setRequest(request);
        QSignalSpy compared(m_fixture->window(), &MainWindow::frameworksCompared);
        m_fixture->window()->compareFrameworks();
        QVERIFY(compared.wait(20000));
        auto *table = child<QTableWidget>(u"comparisonTable"_s);
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->horizontalHeaderItem(2)->text(), u"Flask-CORS"_s);
        QVERIFY(table->verticalHeaderItem(0)->text().contains(u"verdict"));
        // Express answers a preflight 204, the others 200: that row is marked.
        bool statusRowMarked = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->verticalHeaderItem(row)->text() == u"≠ Preflight status"_s) {
                statusRowMarked = true;
                QCOMPARE(table->item(row, 1)->text(), u"204"_s);
                QVERIFY(table->item(row, 1)->font().bold());
            }
            if (table->verticalHeaderItem(row)->text().endsWith(
                    u"Preflight: Access-Control-Allow-Methods"))
                QCOMPARE(table->item(row, 2)->text(), u"GET, PUT"_s);
        }
        QVERIFY(statusRowMarked);
        QVERIFY(!table->isRowHidden(0));
    }

    void predictModeHidesTheVerdictsUntilReveal()
    {
        // The class predicts, the request is sent, the answer waits; so do the four verdicts.
        m_fixture->window()->setPredictMode(true);
        m_fixture->sendAndWait();
        QSignalSpy compared(m_fixture->window(), &MainWindow::frameworksCompared);
        m_fixture->window()->compareFrameworks();
        QVERIFY(compared.wait(20000));
        auto *table = child<QTableWidget>(u"comparisonTable"_s);
        QVERIFY(table->isRowHidden(0));
        // What each library sent is no answer: it stays, as the trace does.
        QVERIFY(!table->isRowHidden(1));
        m_fixture->window()->findChild<QAction *>(u"revealAction"_s)->trigger();
        QVERIFY(!table->isRowHidden(0));
    }
};

QTEST_MAIN(TestFrameworkForms)
#include "tst_frameworkforms.moc"
