#include "core/browser/CorsMessages.h"
#include "gui/DiagnoseDialog.h"
#include "gui/PolicyController.h"
#include "support/WindowFixture.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

// Diagnose in the window, as a developer uses it: Ctrl+D, paste, read the failed check and the
// fix in the playground's framework, copy it, press Reproduce and see the same error.
class TestDiagnoseDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<WindowFixture> m_fixture;

    DiagnoseDialog *openDialog()
    {
        auto *action = m_fixture->child<QAction>(u"diagnoseAction"_s);
        if (action->shortcut() != QKeySequence(u"Ctrl+D"_s))
            qWarning("Diagnose is not on Ctrl+D");
        action->trigger();
        auto *dialog = m_fixture->window()->findChild<DiagnoseDialog *>(u"diagnoseDialog"_s);
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            qWarning("the dialog was not exposed");
        return dialog;
    }

    template<typename T> T *in(DiagnoseDialog *dialog, const QString &name)
    {
        T *found = dialog->findChild<T *>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }

    static QString pastedMessage()
    {
        return CorsMessages::chromiumMessage(
            {CorsErrorKind::HeaderDisallowedByPreflightResponse, u"x-api-key"_s},
            QUrl(u"https://api.example.test/v1/items"_s), u"http://localhost:5173"_s, QUrl(),
            FetchRequest::Initiator::XmlHttpRequest);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>(m_directory.filePath(u"settings.ini"_s));
    }

    void cleanup() { m_fixture.reset(); }

    void pasteShowsTheFailedCheckAndTheFix()
    {
        // The playground runs Express: the fix starts as Express code.
        CorsPolicy policy;
        policy.framework = CorsPolicy::Framework::Express;
        QVERIFY(m_fixture->window()->policyController()->propose(policy, u"Express"_s));
        DiagnoseDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *paste = in<QPlainTextEdit>(dialog, u"pasteEdit"_s);
        auto *reproduce = in<QPushButton>(dialog, u"reproduceButton"_s);
        QVERIFY(!reproduce->isEnabled());
        QTest::keyClicks(paste, u"index.html:1 "_s + pastedMessage());
        // Read once typing pauses.
        QTRY_VERIFY(reproduce->isEnabled());
        const QString summary = in<QLabel>(dialog, u"summaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"HeaderDisallowedByPreflightResponse"_s)
                     && summary.contains(u"XMLHttpRequest"_s)
                     && summary.contains(u"http://localhost:5173"_s),
                 qPrintable(summary));
        QVERIFY(in<QLabel>(dialog, u"explanationLabel"_s)->text().contains(u"x-api-key"_s));
        auto *fix = in<QPlainTextEdit>(dialog, u"fixEdit"_s);
        QVERIFY2(fix->toPlainText().contains(u"const cors = require('cors');"_s),
                 qPrintable(fix->toPlainText()));
        QVERIFY(fix->toPlainText().contains(u"x-api-key"_s));
        in<QPushButton>(dialog, u"copyFixButton"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), fix->toPlainText());
        // Another framework rewrites the fix.
        in<QComboBox>(dialog, u"frameworkCombo"_s)
            ->setCurrentIndex(int(PolicyExport::Format::Flask));
        QVERIFY(fix->toPlainText().contains(u"from flask_cors import CORS"_s));
        QVERIFY(reproduce->isEnabled());
    }

    void reproduceGivesTheSameErrorInTheWindow()
    {
        DiagnoseDialog *dialog = openDialog();
        in<QPlainTextEdit>(dialog, u"pasteEdit"_s)->setPlainText(pastedMessage());
        QTRY_VERIFY(in<QPushButton>(dialog, u"reproduceButton"_s)->isEnabled());
        QSignalSpy finished(m_fixture->window(), &MainWindow::simulationFinished);
        in<QPushButton>(dialog, u"reproduceButton"_s)->click();
        QVERIFY(finished.wait(10000));
        QVERIFY2(m_fixture->verdict().contains(u"BLOCKED (HeaderDisallowedByPreflightResponse)"_s),
                 qPrintable(m_fixture->verdict()));
        const QString message = m_fixture->child<QLabel>(u"messageLabel"_s)->text();
        QString expected = pastedMessage();
        expected.replace(u"https://api.example.test"_s, m_fixture->server()->baseUrl().toString());
        QCOMPARE(message, expected);
        // The forms show what ran, to be edited until it passes.
        QCOMPARE(m_fixture->child<QComboBox>(u"initiatorCombo"_s)->currentData().toString(),
                 u"xhr"_s);
        QCOMPARE(m_fixture->window()->policyController()->policy().mode, CorsPolicy::Mode::Manual);
    }

    void predictModeHidesNothingOfTheDiagnosis()
    {
        m_fixture->window()->setPredictMode(true);
        DiagnoseDialog *dialog = openDialog();
        in<QPlainTextEdit>(dialog, u"pasteEdit"_s)->setPlainText(pastedMessage());
        QTRY_VERIFY(in<QPushButton>(dialog, u"reproduceButton"_s)->isEnabled());
        QVERIFY(in<QLabel>(dialog, u"summaryLabel"_s)->isVisible());
        QVERIFY(in<QLabel>(dialog, u"summaryLabel"_s)
                    ->text()
                    .contains(u"HeaderDisallowedByPreflightResponse"_s));
        QVERIFY(in<QPlainTextEdit>(dialog, u"fixEdit"_s)->isVisible());
        QVERIFY(!in<QPlainTextEdit>(dialog, u"fixEdit"_s)->toPlainText().isEmpty());
    }

    void somethingElseSaysWhatItLooksFor()
    {
        DiagnoseDialog *dialog = openDialog();
        auto *paste = in<QPlainTextEdit>(dialog, u"pasteEdit"_s);
        paste->setPlainText(u"Uncaught TypeError: x is undefined"_s);
        QTRY_VERIFY(
            in<QLabel>(dialog, u"summaryLabel"_s)->text().contains(u"No CORS error found"_s));
        QVERIFY(!in<QPushButton>(dialog, u"reproduceButton"_s)->isEnabled());
        QVERIFY(!in<QPushButton>(dialog, u"copyFixButton"_s)->isEnabled());
        // Two errors: a choice between them.
        paste->setPlainText(
            pastedMessage() + u"\nAxiosError: Network Error\n"_s
            + CorsMessages::chromiumMessage({CorsErrorKind::MissingAllowOriginHeader, {}},
                                            QUrl(u"http://a.test/x"_s), u"http://b.test"_s));
        auto *errors = in<QComboBox>(dialog, u"errorCombo"_s);
        QTRY_VERIFY(errors->isVisible());
        QCOMPARE(errors->count(), 2);
        errors->setCurrentIndex(1);
        QVERIFY(
            in<QLabel>(dialog, u"summaryLabel"_s)->text().contains(u"MissingAllowOriginHeader"_s));
    }
};

QTEST_MAIN(TestDiagnoseDialog)
#include "tst_diagnosedialog.moc"
