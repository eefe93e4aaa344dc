#include "core/server/ConnectionGuard.h"

#include "core/http/ResponseWriter.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ServerLimits &limits,
                                 std::shared_ptr<ConnectionRegistry> registry)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_registry(std::move(registry))
    , m_head(limits)
{
    m_sinceLastRequest.start();
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspectIncoming);
}

ConnectionGuard::~ConnectionGuard()
{
    m_registry->release(this);
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
}

void ConnectionGuard::requestCompleted()
{
    m_sinceLastRequest.restart();
    setRequestBytes(0);
    m_head.reset();
    ++m_pendingAnswers;
    m_registry->recordActivity(this, true);
}

void ConnectionGuard::responseWritten()
{
    m_pendingAnswers = std::max(0, m_pendingAnswers - 1);
    m_registry->recordActivity(this, m_pendingAnswers > 0);
    if (m_closeAfterAnswer && m_pendingAnswers == 0)
        m_socket->disconnectFromHost();
}

void ConnectionGuard::setRequestBytes(qint64 bytes)
{
    m_requestBytes = bytes;
    m_registry->setBufferedBytes(this, bytes);
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

void ConnectionGuard::evict(ConnectionRegistry::Reason reason)
{
    if (m_pendingAnswers > 0) {
        // A request completed after the registry chose this connection: it is being answered
        // now, so it closes once the answer is out.
        m_closeAfterAnswer = true;
        return;
    }
    if (!m_rejected && m_requestBytes > 0) {
        // Half a request came: say why it will never be answered. An idle connection is
        // closed without a word, as after a keep-alive timeout.
        m_socket->readAll();
        m_socket->write(ResponseWriter::plainText(
            503,
            reason == ConnectionRegistry::Reason::TooManyBytes
                ? "The server holds as many bytes of unfinished requests as it may, and closed "
                  "the connection that had waited longest for the rest of its request."
                : "The server holds as many connections as it may, and closed the one that "
                  "had waited longest for the rest of its request."));
    }
    m_rejected = true;
    // Closed now, not after a lingering close: the point is to free the descriptor and the
    // buffers. What fits in the kernel's buffer still reaches the client.
    m_socket->flush();
    m_socket->abort();
}

void ConnectionGuard::inspectIncoming()
{
    if (m_rejected) {
        m_socket->readAll();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    setRequestBytes(m_requestBytes + available);
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
    setRequestBytes(0);
    m_registry->recordActivity(this, false);
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
