#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// A real browser from Debian's packages, headless, on one page with a fresh profile.
// Chromium's console messages are collected (it writes them to stderr with --enable-logging);
// Firefox prints none, so with it only what the page reports back counts.
class HeadlessBrowser : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Chromium, Firefox };

    explicit HeadlessBrowser(Kind kind, QObject *parent = nullptr);
    ~HeadlessBrowser() override;

    // /usr/bin/chromium or /usr/bin/firefox-esr unless CHROMIUM or FIREFOX names another binary.
    QString executable() const;
    // The browser binary: $CHROMIUM or $FIREFOX, else Debian's.
    static QString program(Kind kind);
    QString version() const;

    // Chromium only: more command-line flags (--ip-address-space-overrides, ...), and the fresh
    // profile's Default/Preferences (a permission granted in advance). Both before start().
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    void setPreferences(const QByteArray &json) { m_preferences = json; }
    // Preferences that grant `origin` the loopback-network and local-network permissions in
    // advance, as a user who allowed Chromium's prompt would have.
    static QByteArray localNetworkGrant(const QString &origin);

    bool start(const QUrl &url, QString *errorMessage);
    void stop();
    const QStringList &consoleMessages() const { return m_messages; }

private:
    void readStandardError();

    Kind m_kind;
    QProcess m_process;
    QTemporaryDir m_profile;
    QByteArray m_pending;
    QStringList m_messages;
    QStringList m_extraArguments;
    QByteArray m_preferences;
};
