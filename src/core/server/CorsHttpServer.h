#pragma once

#include "CorsPolicy.h"
#include "CorsResponder.h"
#include "ServerLimits.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QMutex>
#include <QPointer>

#include <functional>
#include <memory>

class LimitedTcpServer;
class QHttpServerResponder;
class RequestLog;

// The HTTP side of PlaygroundServer, living on the server's own thread: answers any method on
// any path as the current policy says and records every exchange in the request log.
// setPolicy() and policy() may be called from any thread; everything else from its own.
class CorsHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit CorsHttpServer(RequestLog *log, QObject *parent = nullptr);
    ~CorsHttpServer() override;

    bool listen(const QHostAddress &address, quint16 port, const ServerLimits &limits,
                QString *errorMessage);
    void close();
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    int openConnectionCount() const;

    void setPolicy(const CorsPolicy &policy);
    CorsPolicy policy() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    std::shared_ptr<const CorsResponder> currentResponder() const;
    void forwardToUpstream(const QHttpServerRequest &request, const IncomingRequest &incoming,
                           const std::shared_ptr<const CorsResponder> &cors,
                           std::function<void(ServerResponse)> finish);
    static void writeResponse(QHttpServerResponder &responder, QTcpSocket *socket,
                              const IncomingRequest &incoming, ServerResponse &response);

    RequestLog *m_log;
    QPointer<LimitedTcpServer> m_tcpServer;
    mutable QMutex m_responderMutex;
    std::shared_ptr<const CorsResponder> m_responder;
};
