#include "core/classroom/DemoPageServer.h"
#include "core/classroom/ScenarioLibrary.h"
#include "core/log/RequestLog.h"
#include "core/policy/PolicyJson.h"
#include "core/server/PlaygroundServer.h"
#include "gui/LanguageSwitcher.h"
#include "gui/MainWindow.h"
#include "gui/PolicyController.h"
#include "gui/RequestComposer.h"
#include "support/WindowFixture.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The main flows as a user drives them: edit the policy form, send, read the verdict.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<WindowFixture> m_fixture;

    template<typename T> T *child(const QString &name) { return m_fixture->child<T>(name); }
    QString verdict() { return m_fixture->verdict(); }
    QString sendAndWait() { return m_fixture->sendAndWait(); }

    // Types the origins and presses Enter, which applies them.
    void typeOrigins(const QString &text)
    {
        auto *origins = child<QPlainTextEdit>(u"allowOriginsEdit"_s);
        origins->clear();
        origins->setFocus();
        QTest::keyClicks(origins, text);
        QTest::keyClick(origins, Qt::Key_Return);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>(m_directory.filePath(u"settings.ini"_s));
        QVERIFY(m_fixture->server()->isListening());
    }

    void cleanup() { m_fixture.reset(); }

    void demoIsOfferedOnceItsServerIsSet()
    {
        // The app builds the window first and hands it the demo server once that runs.
        MainWindow window(m_fixture->server(), m_fixture->log(), m_fixture->settings(), nullptr,
                          m_fixture->languages());
        auto *openDemo = window.findChild<QAction *>(u"openDemoAction"_s);
        QVERIFY(!openDemo->isEnabled());
        window.setDemoPageServer(m_fixture->demo());
        QVERIFY(openDemo->isEnabled());
    }

    void serverStartedAfterTheWindowIsShown()
    {
        m_fixture->server()->stop();
        MainWindow window(m_fixture->server(), m_fixture->log(), m_fixture->settings(), nullptr,
                          m_fixture->languages());
        auto *status = window.findChild<QLabel *>(u"serverStatusLabel"_s);
        QVERIFY(m_fixture->server()->start());
        QCOMPARE(status->text(),
                 u"CORS server listening on %1"_s.arg(m_fixture->server()->baseUrl().toString()));
    }

    void titleAndServerStatus()
    {
        QCOMPARE(m_fixture->window()->windowTitle(), u"CORS Playground"_s);
        auto *status = child<QLabel>(u"serverStatusLabel"_s);
        QCOMPARE(status->text(),
                 u"CORS server listening on %1"_s.arg(m_fixture->server()->baseUrl().toString()));
        m_fixture->server()->stop();
        QCOMPARE(status->text(), u"CORS server stopped"_s);
    }

    void editingTheFormThenSendingGivesTheVerdict()
    {
        QVERIFY(sendAndWait().contains(u"BLOCKED (MissingAllowOriginHeader)"));
        QVERIFY(child<QLabel>(u"messageLabel"_s)
                    ->text()
                    .contains(u"No 'Access-Control-Allow-Origin' header"));
        typeOrigins(u"http://localhost:3000"_s);
        QCOMPARE(m_fixture->server()->policy().middleware.allowOrigins,
                 QStringList{u"http://localhost:3000"_s});
        QVERIFY(sendAndWait().contains(u"ALLOWED"));
        QVERIFY(!child<QLabel>(u"messageLabel"_s)->isVisible());
    }

    void allowCredentialsFlipsTheVerdictWithAWildcard()
    {
        typeOrigins(u"*"_s);
        child<QComboBox>(u"credentialsCombo"_s)->setCurrentText(u"include"_s);
        child<QLineEdit>(u"cookiesEdit"_s)->setText(u"session=1"_s);
        QVERIFY(sendAndWait().contains(u"BLOCKED (InvalidAllowCredentials)"));
        QVERIFY(child<QLabel>(u"messageLabel"_s)
                    ->text()
                    .contains(u"The value of the 'Access-Control-Allow-Credentials' header in the "
                              u"response is ''"));
        child<QCheckBox>(u"allowCredentialsCheck"_s)->click();
        QVERIFY(m_fixture->server()->policy().middleware.allowCredentials);
        QVERIFY(sendAndWait().contains(u"ALLOWED"));
        // Without the browser's cookie Starlette answers "*", which credentials never accept.
        child<QLineEdit>(u"cookiesEdit"_s)->clear();
        QVERIFY(sendAndWait().contains(u"BLOCKED (WildcardOriginNotAllowed)"));
        QVERIFY(child<QLabel>(u"messageLabel"_s)->text().contains(u"must not be the wildcard '*'"));
    }

    void invalidOriginIsShownAndNeverApplied()
    {
        typeOrigins(u"http://localhost:3000"_s);
        const CorsPolicy good = m_fixture->server()->policy();
        typeOrigins(u"http://localhost:3000/"_s);
        auto *error = child<QLabel>(u"allowOriginsError"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"ends with a slash"));
        QCOMPARE(m_fixture->server()->policy(), good);
        QVERIFY(sendAndWait().contains(u"ALLOWED"));
        // The verdict says it was not computed with what the form shows.
        auto *mismatch = child<QLabel>(u"mismatchLabel"_s);
        QVERIFY(mismatch->isVisible());
        QVERIFY2(mismatch->text().contains(u"Allowed origins not applied"),
                 qPrintable(mismatch->text()));
    }

    void undoAndRedoPolicyEdits()
    {
        const CorsPolicy before = m_fixture->server()->policy();
        child<QCheckBox>(u"allowCredentialsCheck"_s)->click();
        QVERIFY(m_fixture->server()->policy().middleware.allowCredentials);
        child<QAction>(u"undoAction"_s)->trigger();
        QCOMPARE(m_fixture->server()->policy(), before);
        QVERIFY(!child<QCheckBox>(u"allowCredentialsCheck"_s)->isChecked());
        child<QAction>(u"redoAction"_s)->trigger();
        QVERIFY(child<QCheckBox>(u"allowCredentialsCheck"_s)->isChecked());
    }

    void manualModeServesWhatTheTableSays()
    {
        child<QComboBox>(u"serverModeCombo"_s)->setCurrentIndex(1);
        QCOMPARE(m_fixture->server()->policy().mode, CorsPolicy::Mode::Manual);
        CorsPolicy policy = m_fixture->server()->policy();
        policy.manualActual.headers = {{"Access-Control-Allow-Origin", "http://localhost:3000/"}};
        QVERIFY(m_fixture->window()->policyController()->propose(policy, u"test"_s));
        QVERIFY(sendAndWait().contains(u"BLOCKED (AllowOriginMismatch)"));
    }

    void requestLogShowsWhatTheServerReceived()
    {
        // Built when first shown, it still lists what came before.
        QVERIFY(!m_fixture->window()->findChild<QTableView *>(u"logTable"_s));
        sendAndWait();
        child<QAction>(u"showLogAction"_s)->trigger();
        auto *table = child<QTableView>(u"logTable"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 1).data().toString(), u"http://localhost:3000"_s);
        child<QPushButton>(u"clearButton"_s)->click();
        QTRY_COMPARE(table->model()->rowCount(), 0);
        // The bound is the user's to set; what it drops is counted where they can see it.
        child<QSpinBox>(u"capacitySpin"_s)->setValue(1);
        QCOMPARE(m_fixture->log()->capacity(), 1);
        sendAndWait();
        sendAndWait();
        QTRY_VERIFY(child<QLabel>(u"droppedLabel"_s)->text().contains(u"1 older request"));
    }

    void predictModeHidesTheVerdictUntilRevealed()
    {
        child<QAction>(u"predictModeAction"_s)->setChecked(true);
        sendAndWait();
        QVERIFY(!child<QWidget>(u"verdictArea"_s)->isVisible());
        QVERIFY(child<QWidget>(u"predictionArea"_s)->isVisible());
        child<QPushButton>(u"revealButton"_s)->click();
        QVERIFY(child<QWidget>(u"verdictArea"_s)->isVisible());
        QVERIFY(verdict().contains(u"BLOCKED"));
        child<QAction>(u"predictModeAction"_s)->setChecked(false);
        sendAndWait();
        QVERIFY(child<QWidget>(u"verdictArea"_s)->isVisible());
    }

    void predictModeHasAnApiThatKeepsTheMenuInStep()
    {
        // What --predict uses: the window's own API, not a reach into its children.
        m_fixture->window()->setPredictMode(true);
        QVERIFY(m_fixture->window()->isPredictMode());
        QVERIFY(child<QAction>(u"predictModeAction"_s)->isChecked());
        sendAndWait();
        QVERIFY(!child<QWidget>(u"verdictArea"_s)->isVisible());
        m_fixture->window()->setPredictMode(false);
        QVERIFY(!child<QAction>(u"predictModeAction"_s)->isChecked());
        sendAndWait();
        QVERIFY(child<QWidget>(u"verdictArea"_s)->isVisible());
    }

    void zoomScalesTheWholeWindowsText()
    {
        auto *origins = child<QPlainTextEdit>(u"allowOriginsEdit"_s);
        const qreal normal = origins->font().pointSizeF();
        const qreal banner = child<QLabel>(u"verdictLabel"_s)->font().pointSizeF();
        // Steps of 10%, so every preset is reachable from the keyboard.
        child<QAction>(u"zoomInAction"_s)->trigger();
        child<QAction>(u"zoomInAction"_s)->trigger();
        QCOMPARE(m_fixture->window()->zoom(), 120);
        QVERIFY(qAbs(origins->font().pointSizeF() - normal * 1.2) < 0.06);
        QVERIFY(child<QLabel>(u"verdictLabel"_s)->font().pointSizeF() > banner);
        child<QAction>(u"zoomOutAction"_s)->trigger();
        QCOMPARE(m_fixture->window()->zoom(), 110);
        child<QAction>(u"zoom150Action"_s)->trigger();
        QCOMPARE(m_fixture->window()->zoom(), 150);
        QVERIFY(child<QAction>(u"zoom150Action"_s)->isChecked());
        QVERIFY(qAbs(origins->font().pointSizeF() - normal * 1.5) < 0.06);
        child<QAction>(u"zoomInAction"_s)->trigger();
        QCOMPARE(m_fixture->window()->zoom(), 160);
        QVERIFY(!child<QAction>(u"zoom150Action"_s)->isChecked());
        child<QAction>(u"zoomResetAction"_s)->trigger();
        QVERIFY(qAbs(origins->font().pointSizeF() - normal) < 0.01);
        QCOMPARE(m_fixture->settings()->value(u"view/zoom"_s).toInt(), 100);
    }

    void highContrastIsWhiteOnBlack()
    {
        child<QAction>(u"highContrastAction"_s)->trigger();
        auto *origins = child<QPlainTextEdit>(u"allowOriginsEdit"_s);
        QCOMPARE(origins->palette().color(QPalette::Base), QColor(Qt::black));
        QCOMPARE(origins->palette().color(QPalette::Text), QColor(Qt::white));
        // Every field keeps a visible border on the black background...
        for (const char *name : {"allowOriginsEdit", "allowOriginRegexEdit", "maxAgeSpin"}) {
            auto *field = child<QWidget>(QString::fromLatin1(name));
            const QImage image = field->grab().toImage();
            QVERIFY2(QColor(image.pixel(0, image.height() / 2)).lightness() > 200, name);
        }
        // ...and a placeholder looks unlike a value: another hue, clearly dimmer than white.
        const QColor placeholder = origins->palette().color(QPalette::PlaceholderText);
        QVERIFY(placeholder.lightness() < 200);
        QVERIFY(placeholder.hue() >= 0);
        child<QAction>(u"highContrastAction"_s)->trigger();
        QVERIFY(origins->palette().color(QPalette::Base) != QColor(Qt::black));
    }

    void realBrowserOutcomeIsShownBesideTheSimulation()
    {
        // What the demo page posts after running fetch() in a real browser.
        FetchRequest request = m_fixture->window()->composer()->request();
        m_fixture->demo()->setRequest(request);
        QSignalSpy finished(m_fixture->window(), &MainWindow::simulationFinished);
        Q_EMIT m_fixture->demo()->outcomeReported(
            QJsonObject{{u"ok"_s, false}, {u"error"_s, u"TypeError: Failed to fetch"_s}});
        auto *real = child<QLabel>(u"realBrowserLabel"_s);
        QTRY_VERIFY(real->isVisible());
        QVERIFY(real->text().contains(u"blocked, as simulated"));
        QVERIFY(verdict().contains(u"BLOCKED"));
    }

    void realBrowserElementOutcomeSaysWhatThePageMayRead()
    {
        // An <img> without crossorigin reports no status, only that its pixels are unreadable.
        FetchRequest request = m_fixture->window()->composer()->request();
        request.initiator = FetchRequest::Initiator::Image;
        m_fixture->demo()->setRequest(request);
        Q_EMIT m_fixture->demo()->outcomeReported(
            QJsonObject{{u"ok"_s, true}, {u"type"_s, u"opaque"_s}});
        auto *real = child<QLabel>(u"realBrowserLabel"_s);
        QTRY_VERIFY(real->isVisible());
        QVERIFY2(real->text().contains(u"the response is opaque"), qPrintable(real->text()));
        QVERIFY2(!real->text().contains(u"Status"), qPrintable(real->text()));
        QVERIFY(!verdict().contains(u"BLOCKED"));
    }

    void copiesTheRequestAsCurlAndThePagesCode()
    {
        child<QComboBox>(u"methodCombo"_s)->setCurrentText(u"PUT"_s);
        child<QAction>(u"copyCurlAction"_s)->trigger();
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.contains(u"curl -i -X OPTIONS"), qPrintable(curl));
        QVERIFY(curl.contains(
            u"curl -i -X PUT '%1/api/data'"_s.arg(m_fixture->server()->baseUrl().toString())));
        child<QAction>(u"copyPageCodeAction"_s)->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"const response = await fetch("));
        QVERIFY(!child<QAction>(u"copyAxiosAction"_s)->isEnabled());
        // Sent by XMLHttpRequest, the page's code is XHR, and axios is offered.
        auto *initiator = child<QComboBox>(u"initiatorCombo"_s);
        initiator->setCurrentIndex(initiator->findData(u"xhr"_s));
        child<QAction>(u"copyPageCodeAction"_s)->trigger();
        QVERIFY2(QGuiApplication::clipboard()->text().startsWith(
                     u"const xhr = new XMLHttpRequest();\nxhr.open(\"PUT\""_s),
                 qPrintable(QGuiApplication::clipboard()->text()));
        QVERIFY(child<QAction>(u"copyAxiosAction"_s)->isEnabled());
        child<QAction>(u"copyAxiosAction"_s)->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(
            u"const response = await axios({\n  method: \"put\""_s));
        initiator->setCurrentIndex(initiator->findData(u"image"_s));
        child<QAction>(u"copyPageCodeAction"_s)->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"<img src=\""_s));
        QVERIFY(!child<QAction>(u"copyAxiosAction"_s)->isEnabled());
        initiator->setCurrentIndex(initiator->findData(u"fetch"_s));
        QVERIFY(!child<QAction>(u"saveHarAction"_s)->isEnabled());
        sendAndWait();
        QVERIFY(child<QAction>(u"saveHarAction"_s)->isEnabled());
    }

    void languageSwitchesAtRunTime()
    {
        auto *fileMenu = child<QMenu>(u"fileMenu"_s);
        QCOMPARE(fileMenu->title(), u"&File"_s);
        child<QAction>(u"language_de"_s)->trigger();
        // Qt posts LanguageChange to every window.
        QTRY_VERIFY2(fileMenu->title() != u"&File"_s, qPrintable(fileMenu->title()));
        QVERIFY(child<QPushButton>(u"sendButton"_s)->text() != u"Send"_s);
        QCOMPARE(m_fixture->settings()->value(u"view/language"_s).toString(), u"de"_s);
        const QString german = fileMenu->title();
        QTRY_VERIFY(child<QAction>(u"language_fr"_s));
        child<QAction>(u"language_fr"_s)->trigger();
        QTRY_VERIFY(fileMenu->title() != german && fileMenu->title() != u"&File"_s);
        QTRY_VERIFY(child<QAction>(u"language_en"_s));
        child<QAction>(u"language_en"_s)->trigger();
        QTRY_COMPARE(fileMenu->title(), u"&File"_s);
    }

    void settingsRememberPolicyOriginsAndLayout()
    {
        typeOrigins(u"http://localhost:4000"_s);
        child<QComboBox>(u"originCombo"_s)->setCurrentText(u"http://localhost:4000"_s);
        sendAndWait();
        m_fixture->window()->close();
        const PolicyJson::ParseResult saved
            = PolicyJson::parse(m_fixture->settings()->value(u"policy/last"_s).toString().toUtf8());
        QVERIFY(saved.ok());
        QCOMPARE(saved.policy, m_fixture->server()->policy());
        QVERIFY(m_fixture->settings()->contains(u"window/geometry"_s));
        MainWindow again(m_fixture->server(), m_fixture->log(), m_fixture->settings());
        QCOMPARE(again.composer()->recentOrigins().first(), u"http://localhost:4000"_s);
    }

    void controlsHaveAccessibleNames()
    {
        for (QWidget *widget : m_fixture->window()->findChildren<QWidget *>()) {
            const bool interactive = qobject_cast<QLineEdit *>(widget)
                || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QCheckBox *>(widget);
            if (!interactive || widget->objectName().startsWith(u"qt_"))
                continue;
            if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parent()))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
