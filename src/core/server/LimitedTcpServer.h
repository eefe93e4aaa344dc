#pragma once

#include "core/server/ServerLimits.h"

#include <QSet>
#include <QTcpServer>
#include <QTimer>

#include <atomic>
#include <memory>

class ConnectionGuard;

// The server's sockets. Every connection gets a ConnectionGuard before Qt's HTTP server sees
// it; connections beyond the limit get 503; idle ones are closed. With several server threads,
// each has one of these on a duplicate of the same listening socket: whichever thread is free
// accepts the next connection.
class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    // openConnections counts across all the servers of one PlaygroundServer.
    LimitedTcpServer(const ServerLimits &limits, std::shared_ptr<std::atomic_int> openConnections,
                     QObject *parent = nullptr);

    qsizetype connectionCount() const { return m_guards.size(); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void refuse(qintptr socketDescriptor);
    void closeIdleConnections();

    ServerLimits m_limits;
    std::shared_ptr<std::atomic_int> m_openConnections;
    QSet<ConnectionGuard *> m_guards;
    QTimer m_idleSweep;
};
