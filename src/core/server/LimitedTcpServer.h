#pragma once

#include "core/server/ServerLimits.h"

#include <QSet>
#include <QTcpServer>
#include <QTimer>

#include <memory>

class ConnectionGuard;
class ConnectionRegistry;

// The server's sockets. Every connection gets a ConnectionGuard before Qt's HTTP server sees
// it and is admitted by the registry, which makes room by closing the connection idle longest;
// only when every connection is being answered does a newcomer get 503. Idle ones are closed.
// With several server threads, each has one of these on a duplicate of the same listening
// socket: whichever thread is free accepts the next connection. Used only from its own thread.
class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    // The registry is shared by all the servers of one PlaygroundServer.
    LimitedTcpServer(const ServerLimits &limits, std::shared_ptr<ConnectionRegistry> registry,
                     QObject *parent = nullptr);

    qsizetype connectionCount() const { return m_guards.size(); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void refuse(QTcpSocket *socket);
    void closeIdleConnections();
    void recoverFromAcceptError(QAbstractSocket::SocketError error);

    ServerLimits m_limits;
    std::shared_ptr<ConnectionRegistry> m_registry;
    QSet<ConnectionGuard *> m_guards;
    QTimer m_idleSweep;
};
