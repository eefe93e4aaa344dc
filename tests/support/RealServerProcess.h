#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// A real server (Node, Flask, Django, Starlette) started for an oracle suite: it listens on a
// loopback port it picks and prints that port as its first line on standard output. Stopped
// (terminate, then kill) when this object goes.
class RealServerProcess
{
public:
    RealServerProcess() = default;
    RealServerProcess(const RealServerProcess &) = delete;
    RealServerProcess &operator=(const RealServerProcess &) = delete;
    ~RealServerProcess();

    // Waits up to 30 s for the port line; false with the reason in *error otherwise.
    bool start(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment, QString *error);
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};
