#include "core/server/ConnectionGuard.h"

#include "core/http/ResponseWriter.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ServerLimits &limits,
                                 std::shared_ptr<std::atomic_int> openConnections)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_openConnections(std::move(openConnections))
    , m_head(limits)
{
    ++*m_openConnections;
    m_sinceLastRequest.start();
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspectIncoming);
}

ConnectionGuard::~ConnectionGuard()
{
    --*m_openConnections;
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
        // Peek no further than the head may go, so a huge body is never copied here, and into
        // a buffer kept between reads, so that small requests allocate nothing.
        const qint64 wanted = std::min(available, m_limits.maxHeaderBytes - m_head.headBytes() + 1);
        m_peekBuffer.resize(qsizetype(wanted));
        const qint64 peeked = m_socket->peek(m_peekBuffer.data(), wanted);
        m_head.feed(
            QByteArrayView(m_peekBuffer.constData(), qsizetype(std::max<qint64>(peeked, 0))));
        if (m_peekBuffer.capacity() > SmallReadBytes)
            m_peekBuffer = QByteArray();
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
    m_socket->write(ResponseWriter::plainText(status, text));
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
