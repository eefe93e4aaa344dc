#include "support/HeadlessBrowser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

HeadlessBrowser::HeadlessBrowser(Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{
    connect(&m_process, &QProcess::readyReadStandardError, this,
            &HeadlessBrowser::readStandardError);
    connect(&m_process, &QProcess::finished, this, [this](int exitCode) {
        if (qEnvironmentVariableIsSet("CONFORMANCE_DEBUG"))
            qInfo("browser exited with %d: %s", exitCode,
                  m_process.readAllStandardOutput().constData());
    });
}

QByteArray HeadlessBrowser::localNetworkGrant(const QString &origin)
{
    const QJsonObject exception{{origin + u",*"_s, QJsonObject{{u"setting"_s, 1}}}};
    const QJsonObject exceptions{{u"loopback_network"_s, exception},
                                 {u"local_network"_s, exception}};
    const QJsonObject settings{{u"exceptions"_s, exceptions}};
    return QJsonDocument(
               QJsonObject{{u"profile"_s, QJsonObject{{u"content_settings"_s, settings}}}})
        .toJson(QJsonDocument::Compact);
}

HeadlessBrowser::~HeadlessBrowser()
{
    stop();
}

QString HeadlessBrowser::executable() const
{
    return program(m_kind);
}

QString HeadlessBrowser::program(Kind kind)
{
    if (kind == Kind::Firefox)
        return qEnvironmentVariable("FIREFOX", u"/usr/bin/firefox-esr"_s);
    return qEnvironmentVariable("CHROMIUM", u"/usr/bin/chromium"_s);
}

QString HeadlessBrowser::version() const
{
    QProcess process;
    process.start(executable(), {u"--version"_s});
    process.waitForFinished(20000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

bool HeadlessBrowser::start(const QUrl &url, QString *errorMessage)
{
    if (!QFileInfo(executable()).isExecutable()) {
        *errorMessage = executable() + u" is missing: install it (scripts/test.sh does)"_s;
        return false;
    }
    if (m_kind == Kind::Firefox) {
        m_process.start(
            executable(),
            {u"--headless"_s, u"--no-remote"_s, u"--profile"_s, m_profile.path(), url.toString()});
        if (!m_process.waitForStarted(20000)) {
            *errorMessage = m_process.errorString();
            return false;
        }
        return true;
    }
    if (!m_preferences.isEmpty()) {
        QDir(m_profile.path()).mkpath(u"Default"_s);
        QFile preferences(m_profile.filePath(u"Default/Preferences"_s));
        if (!preferences.open(QIODevice::WriteOnly) || preferences.write(m_preferences) < 0) {
            *errorMessage = preferences.errorString();
            return false;
        }
    }
    // The flags keep Chromium off the network (this machine has none) and quiet.
    m_process.start(executable(),
                    QStringList{u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s,
                                u"--disable-quic"_s, u"--no-first-run"_s,
                                u"--disable-background-networking"_s,
                                u"--disable-component-update"_s, u"--disable-sync"_s,
                                u"--disable-extensions"_s, u"--user-data-dir="_s + m_profile.path(),
                                u"--enable-logging=stderr"_s, u"--v=0"_s}
                        + m_extraArguments + QStringList{url.toString()});
    if (!m_process.waitForStarted(20000)) {
        *errorMessage = m_process.errorString();
        return false;
    }
    return true;
}

void HeadlessBrowser::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void HeadlessBrowser::readStandardError()
{
    m_pending += m_process.readAllStandardError();
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(end));
        m_pending.remove(0, end + 1);
        if (qEnvironmentVariableIsSet("CONFORMANCE_DEBUG"))
            qInfo("browser: %s", qPrintable(line));
        // [pid:tid:time:INFO:CONSOLE:12] "message", source: http://... (12)
        if (!line.contains(u":CONSOLE"))
            continue;
        const qsizetype start = line.indexOf(u"] \"");
        const qsizetype stop = line.lastIndexOf(u"\", source: ");
        if (start >= 0 && stop > start)
            m_messages.append(line.mid(start + 3, stop - start - 3));
    }
}
