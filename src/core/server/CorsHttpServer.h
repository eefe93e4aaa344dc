#pragma once

#include "core/middleware/CorsResponder.h"
#include "core/server/ServerLimits.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>

#include <functional>
#include <memory>

class ConnectionRegistry;
class LimitedTcpServer;
class RequestLog;
class SharedResponder;

// The HTTP side of PlaygroundServer, living on the server's own thread: answers any method on
// any path as the shared responder says and records every exchange in the request log.
// Used only from its own thread.
class CorsHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    CorsHttpServer(std::shared_ptr<const SharedResponder> responder, RequestLog *log,
                   QObject *parent = nullptr);
    ~CorsHttpServer() override;

    // The registry counts the connections of all the server threads of one PlaygroundServer.
    bool listen(const QHostAddress &address, quint16 port, const ServerLimits &limits,
                std::shared_ptr<ConnectionRegistry> registry, QString *errorMessage);
    // Accepts connections on the listening socket of another thread's server as well.
    bool shareListeningSocket(qintptr listeningSocket, const ServerLimits &limits,
                              std::shared_ptr<ConnectionRegistry> registry, QString *errorMessage);
    // For another thread's server to share: -1 when not listening.
    qintptr listeningSocketDescriptor() const;
    void close();
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    int openConnectionCount() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void writeResponse(QTcpSocket *socket, const IncomingRequest &incoming,
                              ServerResponse &response);

    std::shared_ptr<const SharedResponder> m_responder;
    RequestLog *m_log;
    QPointer<LimitedTcpServer> m_tcpServer;
};
