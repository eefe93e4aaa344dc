#include "core/http/RawHttpClient.h"

#include <QSslSocket>
#include <QTcpSocket>

RawHttpClient::RawHttpClient(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RawHttpResponse>();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finishWithError(tr("no complete response within %1 ms").arg(m_timeout.interval()));
    });
}

RawHttpClient::~RawHttpClient()
{
    closeSocket();
}

void RawHttpClient::send(const RawHttpRequest &request, int timeoutMilliseconds)
{
    abort();
    const bool secure = request.url.scheme() == u"https";
    if (!secure && request.url.scheme() != u"http") {
        // Deferred so that callers always get their answer from the event loop.
        QMetaObject::invokeMethod(
            this,
            [this, scheme = request.url.scheme()] {
                Q_EMIT failed(
                    tr("only http:// and https:// URLs can be sent (got %1://)").arg(scheme));
            },
            Qt::QueuedConnection);
        return;
    }
    m_parser.emplace(request.method == "HEAD");
    // https: the same bytes inside TLS, with the system's certificate checks.
    m_socket = secure ? new QSslSocket(this) : new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &RawHttpClient::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &RawHttpClient::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        // A close after a complete "until close" body is the normal end, not an error.
        if (m_socket && m_socket->error() == QAbstractSocket::RemoteHostClosedError)
            return;
        if (m_socket)
            finishWithError(m_socket->errorString());
    });
    const QByteArray bytes = request.serialize();
    m_elapsed.start();
    m_timeout.start(timeoutMilliseconds);
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket)) {
        connect(tls, &QSslSocket::encrypted, this, [this, bytes] { m_socket->write(bytes); });
        tls->connectToHostEncrypted(request.url.host(), quint16(request.url.port(443)));
        return;
    }
    connect(m_socket, &QTcpSocket::connected, this, [this, bytes] { m_socket->write(bytes); });
    m_socket->connectToHost(request.url.host(), quint16(request.url.port(80)));
}

void RawHttpClient::abort()
{
    m_timeout.stop();
    closeSocket();
    m_parser.reset();
}

bool RawHttpClient::isBusy() const
{
    return m_socket != nullptr;
}

qint64 RawHttpClient::elapsedMilliseconds() const
{
    return m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
}

void RawHttpClient::onReadyRead()
{
    if (!m_socket || !m_parser)
        return;
    m_parser->feed(m_socket->readAll());
    if (m_parser->hasFailed())
        finishWithError(m_parser->errorString());
    else if (m_parser->isComplete())
        finishWithResponse();
}

void RawHttpClient::onDisconnected()
{
    if (!m_parser)
        return;
    m_parser->feed(m_socket->readAll());
    m_parser->finishOnClose();
    if (m_parser->isComplete())
        finishWithResponse();
    else
        finishWithError(m_parser->errorString());
}

void RawHttpClient::finishWithError(const QString &errorMessage)
{
    abort();
    Q_EMIT failed(errorMessage);
}

void RawHttpClient::finishWithResponse()
{
    const RawHttpResponse response = m_parser->response();
    abort();
    Q_EMIT finished(response);
}

void RawHttpClient::closeSocket()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}
