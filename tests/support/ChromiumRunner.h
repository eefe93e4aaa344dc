#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// Debian's headless Chromium on one page, with a fresh profile; collects what the page's
// console printed (Chromium writes console messages to stderr with --enable-logging).
class ChromiumRunner : public QObject
{
    Q_OBJECT

public:
    explicit ChromiumRunner(QObject *parent = nullptr);
    ~ChromiumRunner() override;

    // /usr/bin/chromium unless CHROMIUM names another binary.
    static QString executable();
    static QString version();

    bool start(const QUrl &url, QString *errorMessage);
    void stop();
    const QStringList &consoleMessages() const { return m_messages; }

private:
    void readStandardError();

    QProcess m_process;
    QTemporaryDir m_profile;
    QByteArray m_pending;
    QStringList m_messages;
};
