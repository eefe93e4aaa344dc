#pragma once

#include "core/log/RequestLog.h"
#include "core/server/PlaygroundServer.h"
#include "support/RawClients.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

// The playground server as the limit suites use it: a policy that allows
// https://app.example, started on a free loopback port, and the checks they share.
// Header-only; the test's thread only.
class ServerUnderLimits
{
public:
    // A fresh log and server, started with the default limits; false when it did not start.
    bool reset()
    {
        m_server.reset();
        m_log = std::make_unique<RequestLog>();
        m_server = std::make_unique<PlaygroundServer>(m_log.get());
        CorsPolicy policy;
        policy.middleware.allowOrigins = {QStringLiteral("https://app.example")};
        m_server->setPolicy(policy);
        return m_server->start();
    }

    void release()
    {
        m_server.reset();
        m_log.reset();
    }

    PlaygroundServer *server() const { return m_server.get(); }
    RequestLog *log() const { return m_log.get(); }
    quint16 port() const { return m_server->port(); }

    bool restartWith(const ServerLimits &limits)
    {
        m_server->stop();
        m_server->setLimits(limits);
        return m_server->start();
    }

    // The status line of an ordinary request, whatever the test did to the server before.
    QByteArray statusOfAnOrdinaryRequest() const
    {
        return RawClients::statusLine(RawClients::exchange(
            port(), "GET /after HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    }

    // Opens a connection and waits until the server admitted it, so that the order of
    // arrival, which decides who is closed first, is the order of the calls.
    bool connectAdmitted(QTcpSocket &socket) const
    {
        const auto admitted
            = [this] { return m_server->openConnectionCount() + m_server->evictionCount(); };
        const qint64 before = admitted();
        socket.connectToHost(QHostAddress::LocalHost, port());
        if (!socket.waitForConnected(5000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (admitted() == before && timer.elapsed() < 5000)
            QTest::qWait(5);
        return admitted() > before;
    }

    static void addThreadRows()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one server thread") << 1;
        // The limits hold for all threads together; each closes its own connections.
        QTest::newRow("three server threads") << 3;
    }

    static inline const QByteArray preflight
        = "OPTIONS /api HTTP/1.1\r\nHost: x\r\nOrigin: https://app.example\r\n"
          "Access-Control-Request-Method: GET\r\nConnection: close\r\n\r\n";

private:
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<PlaygroundServer> m_server;
};
