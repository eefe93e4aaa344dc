#include "support/RealServerProcess.h"

#include <QTest>

RealServerProcess::~RealServerProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

bool RealServerProcess::start(const QString &program, const QStringList &arguments,
                              const QProcessEnvironment &environment, QString *error)
{
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000)) {
        *error = program + QStringLiteral(" did not start: ") + m_process.errorString();
        return false;
    }
    (void)QTest::qWaitFor(
        [this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; },
        30000);
    m_port = quint16(m_process.readLine().trimmed().toUInt());
    if (m_port == 0) {
        *error = program + QStringLiteral(" did not announce its port (see its messages above)");
        return false;
    }
    return true;
}
