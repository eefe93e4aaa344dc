#include "core/log/RequestLog.h"
#include "core/server/PlaygroundServer.h"
#include "gui/PolicyController.h"
#include "gui/ServerPanel.h"
#include "support/HttpTestClient.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

// The policy pane never lets the server run something the form does not show: edits apply
// when a field is committed and only when the whole form is valid, and the banner says which
// fields are not applied.
class TestServerPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<PlaygroundServer> m_server;
    std::unique_ptr<PolicyController> m_controller;
    std::unique_ptr<QWidget> m_window;
    ServerPanel *m_panel = nullptr;

    template<typename T> T *child(const QString &name)
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }

    QString banner() { return child<QLabel>(u"policyStateLabel"_s)->text(); }

    // What the running server answers a page from origin: its Access-Control-Allow-Origin.
    QByteArray allowOriginFor(const QByteArray &origin)
    {
        RawHttpRequest request;
        request.url = m_server->baseUrl().resolved(QUrl(u"/api/data"_s));
        request.headers.append("Origin", origin);
        const auto response = exchange(request);
        return response ? response->headers.firstValue("Access-Control-Allow-Origin")
                        : QByteArray("(no answer)");
    }

private Q_SLOTS:
    void init()
    {
        m_log = std::make_unique<RequestLog>();
        m_server = std::make_unique<PlaygroundServer>(m_log.get());
        QVERIFY(m_server->start());
        m_controller = std::make_unique<PolicyController>(m_server.get());
        m_window = std::make_unique<QWidget>();
        m_panel = new ServerPanel(m_server.get(), m_controller.get(), m_window.get());
        // Something else to move the focus to, as a user clicking elsewhere does.
        auto *elsewhere = new QLineEdit(m_window.get());
        elsewhere->setObjectName(u"elsewhere"_s);
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_panel);
        layout->addWidget(elsewhere);
        m_window->resize(500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        m_server.reset();
        m_log.reset();
    }

    void aHalfTypedOriginNeverReachesTheServer()
    {
        auto *origins = child<QPlainTextEdit>(u"allowOriginsEdit"_s);
        origins->setFocus();
        const QString typed = u"http://localhost:5173/"_s;
        for (const QChar key : typed) {
            QTest::keyClicks(origins, QString(key));
            // After every key, what the server runs and what it answers allow no such page.
            QVERIFY2(
                !m_server->policy().middleware.allowOrigins.contains(u"http://localhost:5173"_s),
                qPrintable(origins->toPlainText()));
            QCOMPARE(allowOriginFor("http://localhost:5173"), QByteArray());
            QVERIFY2(banner().contains(u"Not applied"), qPrintable(banner()));
        }
        QVERIFY(banner().contains(u"Allowed origins (invalid)"));
        // Enter commits, but an invalid value is never applied.
        QTest::keyClick(origins, Qt::Key_Return);
        QCOMPARE(allowOriginFor("http://localhost:5173"), QByteArray());
        QVERIFY(child<QLabel>(u"allowOriginsError"_s)->text().contains(u"ends with a slash"));
        // Fixed and committed, it applies at once.
        QTest::keyClick(origins, Qt::Key_Backspace);
        QTest::keyClick(origins, Qt::Key_Backspace);
        QVERIFY(banner().contains(u"Allowed origins (press Enter to apply)"));
        QCOMPARE(allowOriginFor("http://localhost:5173"), QByteArray());
        QTest::keyClick(origins, Qt::Key_Return);
        QCOMPARE(allowOriginFor("http://localhost:5173"), QByteArray("http://localhost:5173"));
        QVERIFY2(banner().startsWith(u"\u2714 Applied"), qPrintable(banner()));
    }

    void aHalfTypedRegexAppliesWhenTheFieldIsLeft()
    {
        auto *regex = child<QLineEdit>(u"allowOriginRegexEdit"_s);
        regex->setFocus();
        QTest::keyClicks(regex, u"https://(a|b"_s);
        QVERIFY(m_server->policy().middleware.allowOriginRegex.isEmpty());
        QVERIFY(banner().contains(u"Origin regex (invalid)"));
        QTest::keyClicks(regex, u")\\.example\\.org"_s);
        QVERIFY(m_server->policy().middleware.allowOriginRegex.isEmpty());
        // Leaving the field commits it.
        child<QLineEdit>(u"elsewhere"_s)->setFocus();
        QTRY_COMPARE(m_server->policy().middleware.allowOriginRegex,
                     u"https://(a|b)\\.example\\.org"_s);
        QCOMPARE(allowOriginFor("https://a.example.org"), QByteArray("https://a.example.org"));
    }

    void switchingWindowsDoesNotCommitWhatIsBeingTyped()
    {
        for (const char *name : {"allowOriginsEdit", "allowOriginRegexEdit"}) {
            auto *field = child<QWidget>(QString::fromLatin1(name));
            field->setFocus();
            QTest::keyClicks(field, u"http://localhost:517"_s);
            const CorsPolicy before = m_server->policy();
            // Another window takes the focus (alt-tab), then a context menu opens.
            for (const Qt::FocusReason reason :
                 {Qt::ActiveWindowFocusReason, Qt::PopupFocusReason}) {
                QFocusEvent away(QEvent::FocusOut, reason);
                QApplication::sendEvent(field, &away);
                QCOMPARE(m_server->policy(), before);
            }
            QVERIFY2(banner().contains(u"(press Enter to apply)"), qPrintable(banner()));
            // Tabbing to the next field is a commit.
            QFocusEvent next(QEvent::FocusOut, Qt::TabFocusReason);
            QApplication::sendEvent(field, &next);
            QVERIFY(m_server->policy() != before);
            QVERIFY2(banner().startsWith(u"\u2714 Applied"), qPrintable(banner()));
        }
    }

    void aValidEditIsNotLostWhileAnotherFieldIsInvalid()
    {
        auto *origins = child<QPlainTextEdit>(u"allowOriginsEdit"_s);
        origins->setFocus();
        QTest::keyClicks(origins, u"localhost:3000"_s);
        QTest::keyClick(origins, Qt::Key_Return);
        auto *methods = child<QPlainTextEdit>(u"allowMethodsEdit"_s);
        methods->setFocus();
        QTest::keyClick(methods, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(methods, Qt::Key_Return);
        QTest::keyClicks(methods, u"PUT"_s);
        QTest::keyClick(methods, Qt::Key_Return);
        // Not applied, and the banner says so for both fields, naming why.
        QCOMPARE(m_server->policy().middleware.allowMethods, QStringList{u"GET"_s});
        QVERIFY2(banner().contains(u"Allowed origins (invalid)"), qPrintable(banner()));
        QVERIFY2(banner().contains(u"Allowed methods (waiting for the invalid fields)"),
                 qPrintable(banner()));
        QCOMPARE(m_controller->draft().middleware.allowMethods, (QStringList{u"GET"_s, u"PUT"_s}));
        // Fixing the invalid field applies both: the method edit was kept.
        origins->setFocus();
        origins->selectAll();
        QTest::keyClicks(origins, u"http://localhost:3000"_s);
        QTest::keyClick(origins, Qt::Key_Return);
        QCOMPARE(m_server->policy().middleware.allowMethods, (QStringList{u"GET"_s, u"PUT"_s}));
        QCOMPARE(m_server->policy().middleware.allowOrigins,
                 QStringList{u"http://localhost:3000"_s});
        QVERIFY(banner().startsWith(u"\u2714 Applied"));
    }

    void discardShowsWhatTheServerRuns()
    {
        auto *origins = child<QPlainTextEdit>(u"allowOriginsEdit"_s);
        origins->setFocus();
        QTest::keyClicks(origins, u"http://bad/"_s);
        auto *discard = child<QPushButton>(u"discardEditsButton"_s);
        QVERIFY(discard->isVisible());
        discard->click();
        QCOMPARE(origins->toPlainText(), QString());
        QVERIFY(banner().startsWith(u"\u2714 Applied"));
        QVERIFY(!discard->isVisible());
        QVERIFY(!child<QLabel>(u"allowOriginsError"_s)->isVisible());
    }

    void eachCommitIsOneUndoStep()
    {
        auto *origins = child<QPlainTextEdit>(u"allowOriginsEdit"_s);
        origins->setFocus();
        QTest::keyClicks(origins, u"http://a.test"_s);
        QTest::keyClick(origins, Qt::Key_Return);
        QTest::keyClicks(origins, u"http://b.test"_s);
        QTest::keyClick(origins, Qt::Key_Return);
        QUndoStack *undo = m_controller->undoStack();
        QCOMPARE(undo->count(), 2);
        undo->undo();
        QCOMPARE(m_server->policy().middleware.allowOrigins, QStringList{u"http://a.test"_s});
        QCOMPARE(origins->toPlainText(), u"http://a.test"_s);
        undo->redo();
        QCOMPARE(m_server->policy().middleware.allowOrigins,
                 (QStringList{u"http://a.test"_s, u"http://b.test"_s}));
    }

    void aNegativeMaxAgeIsAnErrorNotAnotherNumber()
    {
        auto *maxAge = child<QSpinBox>(u"maxAgeSpin"_s);
        maxAge->setFocus();
        maxAge->selectAll();
        QTest::keyClicks(maxAge, u"-5"_s);
        QTest::keyClick(maxAge, Qt::Key_Return);
        QCOMPARE(m_controller->draft().middleware.maxAge, -5);
        QCOMPARE(m_server->policy().middleware.maxAge, 600);
        auto *error = child<QLabel>(u"maxAgeError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"0 or more"), qPrintable(error->text()));
    }

    void thePortFieldShowsWhereTheServerListens()
    {
        QCOMPARE(child<QSpinBox>(u"portSpin"_s)->value(), int(m_server->port()));
        // Started elsewhere (as --port does), the field follows.
        m_server->stop();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 free = probe.serverPort();
        probe.close();
        QVERIFY(m_server->start(QHostAddress::LocalHost, free));
        QCOMPARE(child<QSpinBox>(u"portSpin"_s)->value(), int(free));
    }

    void changingThePortWhileRunningMovesTheServer()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 free = probe.serverPort();
        probe.close();
        auto *port = child<QSpinBox>(u"portSpin"_s);
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QString::number(free));
        QTest::keyClick(port, Qt::Key_Return);
        QVERIFY(m_server->isListening());
        QCOMPARE(m_server->port(), free);
        QVERIFY(child<QLabel>(u"urlLabel"_s)->text().contains(u":%1"_s.arg(free)));
    }

    void aBusyPortIsReportedNextToTheField()
    {
        const quint16 before = m_server->port();
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
        auto *port = child<QSpinBox>(u"portSpin"_s);
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QString::number(busy.serverPort()));
        QTest::keyClick(port, Qt::Key_Return);
        // Still serving where it was, and the error sits under the port field.
        QVERIFY(m_server->isListening());
        QCOMPARE(m_server->port(), before);
        auto *error = child<QLabel>(u"portError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QString::number(busy.serverPort())),
                 qPrintable(error->text()));
        const QRect field = port->geometry();
        const QRect message = error->geometry();
        QVERIFY2(message.top() >= field.bottom() && message.top() - field.bottom() < 40,
                 "the port error is right under the port field");
        // The field went back to the port in use.
        QCOMPARE(port->value(), int(before));
        // Stopped, a start on the busy port says so in the same place.
        m_server->stop();
        port->setValue(busy.serverPort());
        child<QPushButton>(u"startStopButton"_s)->click();
        QVERIFY(!m_server->isListening());
        QVERIFY(error->text().contains(u"could not start"));
    }

    void aNewHeaderLineIsReadyToType()
    {
        child<QComboBox>(u"serverModeCombo"_s)->setCurrentIndex(1);
        QWidget *editor = m_window->findChild<QWidget *>(u"actualHeadersEditor"_s);
        auto *add = editor->findChild<QPushButton *>(u"addLineButton"_s);
        add->click();
        // The name cell is being edited: typing goes into it.
        QWidget *cellEditor = QApplication::focusWidget();
        QVERIFY(cellEditor);
        QTest::keyClicks(cellEditor, u"Access-Control-Allow-Origin"_s);
        QTest::keyClick(cellEditor, Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"*"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(
            m_server->policy().manualActual.headers.firstValue("Access-Control-Allow-Origin"),
            QByteArray("*"));
    }
};

QTEST_MAIN(TestServerPanel)
#include "tst_serverpanel.moc"
