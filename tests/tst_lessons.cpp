#include "core/classroom/ScenarioLibrary.h"
#include "gui/PolicyController.h"
#include "gui/RequestComposer.h"
#include "gui/RequestLogModel.h"
#include "gui/SequenceDiagram.h"
#include "support/WindowFixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

// Scenarios as lessons: loading one starts clean, predict mode gives nothing away before
// Reveal, and the card says when the class has changed the scenario.
class TestLessons : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<WindowFixture> m_fixture;

    template<typename T> T *child(const QString &name) { return m_fixture->child<T>(name); }

    void load(const QString &id)
    {
        QAction *action = child<QAction>(u"scenario_"_s + id);
        QVERIFY(action);
        action->trigger();
    }

    QStringList traceLines()
    {
        QStringList lines;
        auto *tree = child<QTreeWidget>(u"traceTree"_s);
        for (QTreeWidgetItemIterator item(tree); *item; ++item)
            lines.append((*item)->text(0));
        return lines;
    }

    // What a class can read in the results pane (visible labels and trace lines).
    QString visibleResultText()
    {
        QStringList texts;
        for (const QLabel *label : child<QWidget>(u"resultView"_s)->findChildren<QLabel *>()) {
            if (label->isVisible())
                texts.append(label->text());
        }
        texts.append(traceLines());
        return texts.join(u'\n');
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>(m_directory.filePath(u"settings.ini"_s));
    }

    void cleanup() { m_fixture.reset(); }

    void scenariosLoadFromTheMenu()
    {
        load(u"02-wildcard-with-credentials"_s);
        const ScenarioLibrary library = ScenarioLibrary::load();
        const Scenario *scenario = library.find(u"02-wildcard-with-credentials"_s);
        QCOMPARE(m_fixture->server()->policy(), scenario->policy);
        QCOMPARE(child<QComboBox>(u"credentialsCombo"_s)->currentText(), u"include"_s);
        auto *lesson = child<QLabel>(u"lessonLabel"_s);
        QVERIFY(lesson->isVisible());
        QVERIFY(lesson->text().contains(u"Wildcard origin with credentials"));
        QVERIFY(m_fixture->sendAndWait().contains(u"BLOCKED (WildcardOriginNotAllowed)"));
    }

    void initiatorLessonsSetSentByAndShowWhatChromiumDoes()
    {
        auto *initiator = child<QComboBox>(u"initiatorCombo"_s);
        load(u"21-axios-with-credentials-wildcard"_s);
        QCOMPARE(initiator->currentData().toString(), u"xhr"_s);
        QVERIFY(m_fixture->sendAndWait().contains(u"BLOCKED (WildcardOriginNotAllowed)"));
        const QString message = child<QLabel>(u"messageLabel"_s)->text();
        QVERIFY2(message.contains(u"Access to XMLHttpRequest at"), qPrintable(message));
        QVERIFY(message.contains(u"withCredentials attribute"));

        // The image shows without crossorigin, and the result says what the page cannot do.
        load(u"22-image-taints-canvas"_s);
        QCOMPARE(initiator->currentData().toString(), u"image"_s);
        auto *crossOrigin = child<QComboBox>(u"crossOriginCombo"_s);
        QCOMPARE(crossOrigin->currentIndex(), int(FetchRequest::CrossOrigin::Absent));
        QVERIFY(!m_fixture->sendAndWait().contains(u"BLOCKED"));
        QVERIFY2(visibleResultText().contains(u"taints any canvas"),
                 qPrintable(visibleResultText()));
        crossOrigin->setCurrentIndex(int(FetchRequest::CrossOrigin::Anonymous));
        QVERIFY(m_fixture->sendAndWait().contains(u"BLOCKED (MissingAllowOriginHeader)"));
        QVERIFY(child<QLabel>(u"messageLabel"_s)->text().contains(u"Access to image at"));

        // The upload listener makes the POST preflighted; without it the POST is simple.
        load(u"23-upload-progress-forces-preflight"_s);
        auto *upload = child<QCheckBox>(u"uploadListenerCheck"_s);
        QVERIFY(upload->isChecked());
        QVERIFY(m_fixture->sendAndWait().contains(u"BLOCKED (PreflightInvalidStatus)"));
        upload->setChecked(false);
        QVERIFY(!m_fixture->sendAndWait().contains(u"BLOCKED"));

        load(u"20-font-from-cdn-blocked"_s);
        QCOMPARE(initiator->currentData().toString(), u"font"_s);
        QVERIFY(m_fixture->sendAndWait().contains(u"BLOCKED (MissingAllowOriginHeader)"));
        QVERIFY(child<QLabel>(u"messageLabel"_s)->text().contains(u"Access to font at"));
    }

    void aPublicSiteCallingLocalhostWaitsForThePermission()
    {
        load(u"24-public-site-calls-localhost-api"_s);
        auto *server = child<QComboBox>(u"serverAddressSpaceCombo"_s);
        auto *permission = child<QComboBox>(u"localNetworkPermissionCombo"_s);
        QCOMPARE(server->currentIndex(), 3);
        QVERIFY(m_fixture->sendAndWait().contains(u"BLOCKED (LocalNetworkAccessPermissionDenied)"));
        QVERIFY(child<QLabel>(u"messageLabel"_s)
                    ->text()
                    .endsWith(u"Permission was denied for this request to access the `loopback` "
                              u"address space."));
        // Nothing reached the server, not even a preflight.
        QVERIFY(m_fixture->log()->entries().isEmpty());
        const auto diagram = child<SequenceDiagram>(u"sequenceDiagram"_s)->steps();
        QCOMPARE(diagram.first().kind, SequenceDiagram::Step::Kind::Permission);
        QCOMPARE(diagram.size(), 2);
        // The trace shows the step that refused it, since there is no exchange to show.
        QVERIFY2(traceLines().join(u'\n').contains(u"Local Network Access (page public → server "
                                                   u"loopback): loopback-network not answered"),
                 qPrintable(traceLines().join(u'\n')));

        // The user allows it: the request goes ahead and CORS allows the origin.
        permission->setCurrentIndex(1);
        QVERIFY(!m_fixture->sendAndWait().contains(u"BLOCKED"));
        QCOMPARE(m_fixture->log()->entries().size(), 1);

        // Predict mode: the spaces to reason from, not the answer.
        m_fixture->window()->setPredictMode(true);
        load(u"24-public-site-calls-localhost-api"_s);
        m_fixture->sendAndWait();
        const QString trace = traceLines().join(u'\n');
        QVERIFY2(trace.contains(u"Local Network Access (page public → server loopback)"),
                 qPrintable(trace));
        const QString shown = visibleResultText() + child<QLabel>(u"previewLabel"_s)->text();
        for (const QString &secret : {u"refused"_s, u"BLOCKED"_s, u"Permission was denied"_s})
            QVERIFY2(!shown.contains(secret), qPrintable(u"shows \"%1\""_s.arg(secret)));
        m_fixture->window()->setPredictMode(false);
    }

    void loadingAScenarioClearsThePreviousResult()
    {
        load(u"07-credentials-without-allow-credentials"_s);
        QVERIFY(m_fixture->sendAndWait().contains(u"BLOCKED"));
        QVERIFY(!traceLines().isEmpty());
        load(u"05-trailing-slash"_s);
        // Nothing of the last request stays under the new lesson.
        QVERIFY2(!m_fixture->verdict().contains(u"BLOCKED"), qPrintable(m_fixture->verdict()));
        QVERIFY(traceLines().isEmpty());
        QVERIFY(!child<QLabel>(u"messageLabel"_s)->isVisible());
        QVERIFY(child<QLabel>(u"explanationLabel"_s)->text().isEmpty());
        QVERIFY(child<QLabel>(u"lessonLabel"_s)->text().contains(u"trailing slash"));
    }

    void predictModeGivesNothingAwayUntilRevealed()
    {
        m_fixture->window()->setPredictMode(true);
        load(u"05-trailing-slash"_s);
        const ScenarioLibrary library = ScenarioLibrary::load();
        const QString lesson = library.find(u"05-trailing-slash"_s)->lesson();
        // Before sending: the title, not the lesson that names the fix.
        QVERIFY(child<QLabel>(u"lessonLabel"_s)->text().contains(u"Origin with a trailing slash"));
        QVERIFY(!child<QLabel>(u"lessonLabel"_s)->text().contains(u"Fix"));
        m_fixture->sendAndWait();
        const QString shown = visibleResultText();
        for (const QString &secret :
             {u"BLOCKED"_s, u"ALLOWED"_s, u"PASS"_s, u"FAIL"_s, u"Fix"_s, u"has been blocked"_s,
              u"Cross-Origin Request Blocked"_s, lesson})
            QVERIFY2(!shown.contains(secret), qPrintable(u"shows \"%1\""_s.arg(secret)));
        // The lines themselves are there to reason about, and the diagram waits.
        QVERIFY(traceLines().join(u'\n').contains(
            u"Access-Control-Allow-Origin: http://localhost:3000/"));
        auto *tabs = child<QTabWidget>(u"resultTabs"_s);
        QVERIFY(!tabs->isTabEnabled(1));
        // The server's decision in the request log is the verdict too.
        m_fixture->window()->showTab(MainWindow::Tab::RequestLog);
        auto *log = child<QTableView>(u"logTable"_s);
        QTRY_VERIFY(log->model()->rowCount() > 0);
        QVERIFY(log->isColumnHidden(RequestLogModel::Cors));
        log->setCurrentIndex(log->model()->index(0, 0));
        auto *details = child<QPlainTextEdit>(u"detailEdit"_s);
        QVERIFY2(details->toPlainText().contains(u"hidden until Reveal"),
                 qPrintable(details->toPlainText()));
        m_fixture->window()->showTab(MainWindow::Tab::Result);
        child<QPushButton>(u"revealButton"_s)->click();
        const QString revealed = visibleResultText();
        QVERIFY(revealed.contains(u"BLOCKED (AllowOriginMismatch)"));
        QVERIFY(revealed.contains(u"FAIL"));
        QVERIFY(revealed.contains(u"Fix"));
        QVERIFY(tabs->isTabEnabled(1));
        QVERIFY(!log->isColumnHidden(RequestLogModel::Cors));
        QVERIFY(!details->toPlainText().contains(u"hidden until Reveal"));
        // The next request waits for its own reveal.
        m_fixture->sendAndWait();
        QVERIFY(!visibleResultText().contains(u"BLOCKED"));
    }

    void theCardSaysModifiedAndResets()
    {
        load(u"05-trailing-slash"_s);
        auto *modified = child<QLabel>(u"lessonModifiedLabel"_s);
        auto *reset = child<QPushButton>(u"resetScenarioButton"_s);
        QVERIFY(!modified->isVisible());
        // A change to the request...
        child<QComboBox>(u"methodCombo"_s)->setCurrentText(u"PUT"_s);
        QVERIFY(modified->isVisible());
        QVERIFY(reset->isVisible());
        reset->click();
        QVERIFY(!modified->isVisible());
        QCOMPARE(child<QComboBox>(u"methodCombo"_s)->currentText(), u"GET"_s);
        // ...or to the policy, as soon as it is typed.
        child<QComboBox>(u"serverModeCombo"_s)->setCurrentIndex(0);
        QVERIFY(modified->isVisible());
        reset->click();
        const ScenarioLibrary library = ScenarioLibrary::load();
        QCOMPARE(m_fixture->server()->policy(), library.find(u"05-trailing-slash"_s)->policy);
        QVERIFY(!modified->isVisible());
    }

    void gettingStartedOpensTheFirstLesson()
    {
        child<QAction>(u"gettingStartedAction"_s)->trigger();
        const ScenarioLibrary library = ScenarioLibrary::load();
        QCOMPARE(m_fixture->server()->policy(), library.scenarios().constFirst().policy);
        auto *box = m_fixture->window()->findChild<QMessageBox *>(u"gettingStartedBox"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(u"Ctrl+Enter"));
        box->accept();
        QVERIFY(m_fixture->sendAndWait().contains(u"BLOCKED"));
    }
};

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
