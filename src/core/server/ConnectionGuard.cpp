#include "ConnectionGuard.h"

#include "HttpSyntax.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

QByteArray plainAnswer(int status, const QByteArray &text)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpSyntax::reasonPhrase(status)
        + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(text.size() + 1) + "\r\nConnection: close\r\n\r\n" + text + '\n';
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ServerLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_head(limits)
{
    m_sinceLastRequest.start();
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspectIncoming);
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
}

void ConnectionGuard::requestCompleted()
{
    m_sinceLastRequest.restart();
    m_requestBytes = 0;
    m_head.reset();
}

void ConnectionGuard::closeIdle()
{
    if (m_rejected) {
        // Its error went out an idle period ago and the client still has not closed.
        m_socket->abort();
        return;
    }
    if (m_requestBytes > 0) {
        reject(408, "The request did not arrive completely in time.");
        return;
    }
    m_socket->disconnectFromHost();
}

void ConnectionGuard::inspectIncoming()
{
    if (m_rejected) {
        m_socket->readAll();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    m_requestBytes += available;
    if (!m_head.isComplete()) {
        // Peek no further than the head may go: a huge body is never copied here.
        m_head.feed(
            m_socket->peek(std::min(available, m_limits.maxHeaderBytes - m_head.headBytes() + 1)));
        if (m_head.isRefused()) {
            const RequestHeadScanner::Refusal &refusal = m_head.refusal();
            reject(refusal.status, refusal.explanation);
            return;
        }
    }
    if (m_requestBytes > m_limits.maxRequestBytes)
        reject(413,
               "A request may take at most " + QByteArray::number(m_limits.maxRequestBytes)
                   + " bytes, headers and body.");
}

void ConnectionGuard::reject(int status, const QByteArray &text)
{
    m_rejected = true;
    m_sinceLastRequest.restart();
    // Qt's parser reads after this slot: leave it nothing, so the request is never handled.
    m_socket->readAll();
    m_socket->write(plainAnswer(status, text));
#ifdef Q_OS_UNIX
    // Closing while the client still sends would reset the connection and could destroy the
    // answer before the client reads it. Like nginx's lingering close: end our side once the
    // answer is out, and discard what still comes until the client closes or the sweep does.
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    });
#else
    m_socket->disconnectFromHost();
#endif
}
