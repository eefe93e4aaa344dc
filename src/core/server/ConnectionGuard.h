#pragma once

#include "core/server/ConnectionRegistry.h"
#include "core/server/RequestHeadScanner.h"
#include "core/server/ServerLimits.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QTcpSocket;

// Watches the bytes of one connection before Qt's HTTP parser reads them and refuses a
// malformed or oversized request (400, 413, 431, 505), then closes. Qt 6.4's server would
// otherwise accept much that is malformed, buffer a body of any size, and never time out.
// Tells the registry what the connection holds and when it was last active, and closes the
// connection when the registry evicts it. Lives on its socket's thread and is used only there.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    // Must be created before Qt's server connects to the socket, so that it sees data first.
    // Counts in the registry once admitted there; leaves it when destroyed.
    ConnectionGuard(QTcpSocket *socket, const ServerLimits &limits,
                    std::shared_ptr<ConnectionRegistry> registry);
    ~ConnectionGuard() override;

    static ConnectionGuard *of(QTcpSocket *socket);

    // The method of the request whose head was read, exactly as sent; empty if no request line
    // was seen since the last completed request.
    QByteArray requestMethod() const { return m_head.method(); }
    // The server read a whole request: the next one starts counting from zero.
    void requestCompleted();
    // The answer to a completed request is written.
    void responseWritten();
    bool hasRejected() const { return m_rejected; }
    qint64 idleMilliseconds() const { return m_sinceLastRequest.elapsed(); }
    void closeIdle();
    // The registry closes this connection to make room. Called through the event loop.
    void evict(ConnectionRegistry::Reason reason);

private:
    void inspectIncoming();
    void reject(int status, const QByteArray &text);
    void setRequestBytes(qint64 bytes);

    QTcpSocket *m_socket;
    ServerLimits m_limits;
    std::shared_ptr<ConnectionRegistry> m_registry;
    QElapsedTimer m_sinceLastRequest;
    static constexpr qsizetype SmallReadBytes = 4096;

    RequestHeadScanner m_head;
    QByteArray m_peekBuffer;
    qint64 m_requestBytes = 0;
    // Requests handed to the server and not answered yet (an upstream may take a while).
    int m_pendingAnswers = 0;
    bool m_rejected = false;
    // Evicted while answering: closes after the answer instead.
    bool m_closeAfterAnswer = false;
};
