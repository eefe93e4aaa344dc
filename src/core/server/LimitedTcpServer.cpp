#include "core/server/LimitedTcpServer.h"

#include "core/http/ResponseWriter.h"
#include "core/server/ConnectionGuard.h"

#include <QTcpSocket>

LimitedTcpServer::LimitedTcpServer(const ServerLimits &limits,
                                   std::shared_ptr<std::atomic_int> openConnections,
                                   QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_openConnections(std::move(openConnections))
{
    // One sweep for all connections: a timer per connection would cost every request.
    m_idleSweep.setInterval(std::clamp(limits.idleTimeoutMilliseconds / 4, 20, 1000));
    connect(&m_idleSweep, &QTimer::timeout, this, &LimitedTcpServer::closeIdleConnections);
    m_idleSweep.start();
}

void LimitedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_openConnections->load() >= m_limits.maxConnections) {
        refuse(socketDescriptor);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_limits, m_openConnections);
    m_guards.insert(guard);
    connect(guard, &QObject::destroyed, this, [this, guard] { m_guards.remove(guard); });
    addPendingConnection(socket);
}

void LimitedTcpServer::refuse(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Never handed to Qt's server, so this socket is ours to clean up.
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(ResponseWriter::plainText(
        503, "The server holds as many connections as it may; try again in a moment."));
    socket->disconnectFromHost();
}

void LimitedTcpServer::closeIdleConnections()
{
    const QList<ConnectionGuard *> guards = m_guards.values();
    for (ConnectionGuard *guard : guards) {
        if (guard->idleMilliseconds() > m_limits.idleTimeoutMilliseconds)
            guard->closeIdle();
    }
}
