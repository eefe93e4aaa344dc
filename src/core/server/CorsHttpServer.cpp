#include "core/server/CorsHttpServer.h"

#include "core/http/ResponseWriter.h"
#include "core/log/RequestLog.h"
#include "core/server/ConnectionGuard.h"
#include "core/server/LimitedTcpServer.h"
#include "core/server/SharedResponder.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    const QMetaEnum metaEnum = QMetaEnum::fromType<QHttpServerRequest::Method>();
    const char *key = metaEnum.valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArray("UNKNOWN");
}

bool asksToClose(const HeaderLines &headers)
{
    return headers.combinedValue("Connection").toLower().contains("close");
}

} // namespace

CorsHttpServer::CorsHttpServer(std::shared_ptr<const SharedResponder> responder, RequestLog *log,
                               QObject *parent)
    : QAbstractHttpServer(parent)
    , m_responder(std::move(responder))
    , m_log(log)
{ }

CorsHttpServer::~CorsHttpServer() = default;

bool CorsHttpServer::listen(const QHostAddress &address, quint16 port, const ServerLimits &limits,
                            std::shared_ptr<ConnectionRegistry> registry, QString *errorMessage)
{
    close();
    auto *tcpServer = new LimitedTcpServer(limits, std::move(registry), this);
    if (!tcpServer->listen(address, port)) {
        if (errorMessage)
            *errorMessage = tr("cannot listen on %1 port %2: %3")
                                .arg(address.toString())
                                .arg(port)
                                .arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    bind(tcpServer);
    m_tcpServer = tcpServer;
    return true;
}

bool CorsHttpServer::shareListeningSocket(qintptr listeningSocket, const ServerLimits &limits,
                                          std::shared_ptr<ConnectionRegistry> registry,
                                          QString *errorMessage)
{
    close();
#ifdef Q_OS_UNIX
    // A duplicate, so that each thread's QTcpServer closes its own descriptor.
    const int descriptor = ::dup(int(listeningSocket));
    auto *tcpServer = new LimitedTcpServer(limits, std::move(registry), this);
    if (descriptor < 0 || !tcpServer->setSocketDescriptor(descriptor)) {
        if (errorMessage)
            *errorMessage
                = tr("cannot share the listening socket: %1").arg(tcpServer->errorString());
        if (descriptor >= 0)
            ::close(descriptor);
        delete tcpServer;
        return false;
    }
    bind(tcpServer);
    m_tcpServer = tcpServer;
    return true;
#else
    Q_UNUSED(listeningSocket);
    Q_UNUSED(limits);
    Q_UNUSED(registry);
    if (errorMessage)
        *errorMessage = tr("more than one server thread needs a Unix system");
    return false;
#endif
}

qintptr CorsHttpServer::listeningSocketDescriptor() const
{
    return m_tcpServer ? m_tcpServer->socketDescriptor() : -1;
}

void CorsHttpServer::close()
{
    // Open connections are children of the TCP server and close with it.
    delete m_tcpServer;
}

QHostAddress CorsHttpServer::serverAddress() const
{
    return m_tcpServer ? m_tcpServer->serverAddress() : QHostAddress();
}

quint16 CorsHttpServer::serverPort() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

int CorsHttpServer::openConnectionCount() const
{
    return m_tcpServer ? int(m_tcpServer->connectionCount()) : 0;
}

bool CorsHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QByteArray method;
    if (ConnectionGuard *guard = ConnectionGuard::of(socket)) {
        if (guard->hasRejected())
            return true;
        method = guard->requestMethod();
        guard->requestCompleted();
    }
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();

    IncomingRequest incoming;
    // Qt's enum names nine methods and folds the rest into Unknown; the guard saw the bytes.
    incoming.method = method.isEmpty() ? methodName(request.method()) : method;
    incoming.path = request.url().path();
    incoming.headers = HeaderLines(request.headers());

    const QString query = request.url().query(QUrl::FullyEncoded);
    RequestLogEntry entry = RequestLogEntry::forRequest(request.remoteAddress(), incoming, query);

    // The answer may come later, from an upstream, when the client may have gone.
    const QPointer<QTcpSocket> connection(socket);
    auto finish = [this, connection, incoming, entry, timer](ServerResponse response) mutable {
        if (!connection)
            return;
        writeResponse(connection, incoming, response);
        if (m_log) {
            entry.recordResponse(response, timer->nsecsElapsed() / 1000);
            m_log->append(std::move(entry));
        }
    };

    const std::shared_ptr<const CorsResponder> cors = m_responder->current();
    if (const ProxyMode *proxy = cors->proxyFor(incoming))
        proxy->forward(incoming, query, request.body(), this, std::move(finish));
    else
        finish(cors->respond(incoming));
    return true;
}

void CorsHttpServer::writeResponse(QTcpSocket *socket, const IncomingRequest &incoming,
                                   ServerResponse &response)
{
    const bool sendsBody = ServerResponse::statusAllowsBody(response.status);
    if (sendsBody)
        response.headers.append("Content-Length", QByteArray::number(response.body.size()));
    // Written once: Qt's QHttpServerResponder writes the status line, the headers and the body
    // separately, which costs a system call each.
    const bool writesBody = sendsBody && incoming.method != "HEAD";
    socket->write(
        ResponseWriter::message(response.status, response.headers,
                                writesBody ? QByteArrayView(response.body) : QByteArrayView()));
    // Qt 6.4 keeps the socket open even when the client asked to close it.
    if (asksToClose(incoming.headers))
        socket->disconnectFromHost();
}

void CorsHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything, so this only runs if Qt changes its mind.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
