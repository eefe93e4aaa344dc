#include "core/server/LimitedTcpServer.h"

#include "core/http/ResponseWriter.h"
#include "core/server/ConnectionGuard.h"
#include "core/server/ConnectionRegistry.h"

#include <QTcpSocket>

namespace {
// nginx's backlog on Linux: thousands of clients connecting at once wait in the kernel
// instead of being dropped and retrying a second later. The kernel caps it at somaxconn.
constexpr int ListenBacklog = 511;
// How long to wait before accepting again after running out of descriptors.
constexpr int AcceptRetryMilliseconds = 100;
} // namespace

LimitedTcpServer::LimitedTcpServer(const ServerLimits &limits,
                                   std::shared_ptr<ConnectionRegistry> registry, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_registry(std::move(registry))
{
    setListenBacklogSize(ListenBacklog);
    // One sweep for all connections: a timer per connection would cost every request.
    m_idleSweep.setInterval(std::clamp(limits.idleTimeoutMilliseconds / 4, 20, 1000));
    connect(&m_idleSweep, &QTimer::timeout, this, &LimitedTcpServer::closeIdleConnections);
    m_idleSweep.start();
    connect(this, &QTcpServer::acceptError, this, &LimitedTcpServer::recoverFromAcceptError);
}

void LimitedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_limits, m_registry);
    if (!m_registry->admit(guard)) {
        delete guard;
        refuse(socket);
        return;
    }
    m_guards.insert(guard);
    connect(guard, &QObject::destroyed, this, [this, guard] { m_guards.remove(guard); });
    addPendingConnection(socket);
}

void LimitedTcpServer::refuse(QTcpSocket *socket)
{
    // Never handed to Qt's server, so this socket is ours to clean up.
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    const QByteArray text = "All " + QByteArray::number(m_registry->maxConnections())
        + " connections the server may hold are being answered; try again in a moment.";
    socket->write(ResponseWriter::plainText(503, text));
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

void LimitedTcpServer::recoverFromAcceptError(QAbstractSocket::SocketError error)
{
    // Qt 6.4 stops accepting for good after any error but EAGAIN, including running out of
    // descriptors (EMFILE), which the margin in ServerLimits should prevent but a busy process
    // can still hit. Free a descriptor if that was it, and, like nginx, accept again shortly.
    if (error == QAbstractSocket::SocketResourceError)
        m_registry->evictOldest();
    QTimer::singleShot(AcceptRetryMilliseconds, this, [this] {
        if (isListening())
            resumeAccepting();
    });
}
