#pragma once

#include "core/server/RequestHeadScanner.h"
#include "core/server/ServerLimits.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>

class QTcpSocket;

// Watches the bytes of one connection before Qt's HTTP parser reads them and refuses a
// malformed or oversized request (400, 413, 431, 505), then closes. Qt 6.4's server would
// otherwise accept much that is malformed, buffer a body of any size, and never time out.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    // Must be created before Qt's server connects to the socket, so that it sees data first.
    // Counts itself in openConnections while it lives.
    ConnectionGuard(QTcpSocket *socket, const ServerLimits &limits,
                    std::shared_ptr<std::atomic_int> openConnections);
    ~ConnectionGuard() override;

    static ConnectionGuard *of(QTcpSocket *socket);

    // The server read a whole request: the next one starts counting from zero.
    void requestCompleted();
    bool hasRejected() const { return m_rejected; }
    qint64 idleMilliseconds() const { return m_sinceLastRequest.elapsed(); }
    void closeIdle();

private:
    void inspectIncoming();
    void reject(int status, const QByteArray &text);

    QTcpSocket *m_socket;
    ServerLimits m_limits;
    std::shared_ptr<std::atomic_int> m_openConnections;
    QElapsedTimer m_sinceLastRequest;
    static constexpr qsizetype SmallReadBytes = 4096;

    RequestHeadScanner m_head;
    QByteArray m_peekBuffer;
    qint64 m_requestBytes = 0;
    bool m_rejected = false;
};
