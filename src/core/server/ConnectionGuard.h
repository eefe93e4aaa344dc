#pragma once

#include "RequestHeadScanner.h"
#include "ServerLimits.h"

#include <QElapsedTimer>
#include <QObject>

class QTcpSocket;

// Watches the bytes of one connection before Qt's HTTP parser reads them and refuses a
// malformed or oversized request (400, 413, 431, 505), then closes. Qt 6.4's server would
// otherwise accept much that is malformed, buffer a body of any size, and never time out.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    // Must be created before Qt's server connects to the socket, so that it sees data first.
    ConnectionGuard(QTcpSocket *socket, const ServerLimits &limits);

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
    QElapsedTimer m_sinceLastRequest;
    RequestHeadScanner m_head;
    qint64 m_requestBytes = 0;
    bool m_rejected = false;
};
