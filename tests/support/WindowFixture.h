#pragma once

#include "core/classroom/DemoPageServer.h"
#include "core/log/RequestLog.h"
#include "core/server/PlaygroundServer.h"
#include "gui/LanguageSwitcher.h"
#include "gui/MainWindow.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// The desktop window as the app builds it (a running server on loopback, its log, settings
// in a file of the test's own, a demo page server), shown, for GUI tests that drive it as a
// user does. Header-only: only the GUI suites include it. GUI thread only.
class WindowFixture
{
public:
    explicit WindowFixture(const QString &settingsFile)
        : m_settings(settingsFile, QSettings::IniFormat)
        , m_server(&m_log)
        , m_languages(&m_settings)
    {
        m_server.start();
        m_window
            = std::make_unique<MainWindow>(&m_server, &m_log, &m_settings, &m_demo, &m_languages);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            qWarning("the window was not exposed");
    }

    ~WindowFixture()
    {
        m_languages.apply(QStringLiteral("en"));
        m_window.reset();
    }

    MainWindow *window() const { return m_window.get(); }
    PlaygroundServer *server() { return &m_server; }
    RequestLog *log() { return &m_log; }
    DemoPageServer *demo() { return &m_demo; }
    QSettings *settings() { return &m_settings; }
    LanguageSwitcher *languages() { return &m_languages; }

    template<typename T> T *child(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }

    QString verdict() const { return child<QLabel>(QStringLiteral("verdictLabel"))->text(); }

    // Clicks Send and waits for the simulated browser, bounded in time.
    QString sendAndWait()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::simulationFinished);
        child<QPushButton>(QStringLiteral("sendButton"))->click();
        if (!finished.wait(10000))
            return QStringLiteral("(no result)");
        return verdict();
    }

private:
    QSettings m_settings;
    RequestLog m_log;
    PlaygroundServer m_server;
    DemoPageServer m_demo;
    LanguageSwitcher m_languages;
    std::unique_ptr<MainWindow> m_window;
};
