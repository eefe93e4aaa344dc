#pragma once

#include "CorsPolicy.h"
#include "CorsResponder.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QMutex>
#include <QPointer>
#include <QUrl>

#include <memory>

class QHttpServerResponder;
class QTcpServer;
class RequestLog;

// The embedded HTTP server: answers any method on any path as the current policy says and
// records every exchange in the request log. The policy can be replaced at any moment from
// any thread; the next request uses it.
class PlaygroundServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit PlaygroundServer(RequestLog *log, QObject *parent = nullptr);
    ~PlaygroundServer() override;

    // Loopback by default: a teaching server should not be reachable from the network unless
    // the user asks. On failure returns false and says why in errorMessage.
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0,
               QString *errorMessage = nullptr);
    void stop();

    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    // http://127.0.0.1:PORT (IPv6 addresses in brackets), or an empty URL when stopped.
    QUrl baseUrl() const;

    void setPolicy(const CorsPolicy &policy);
    CorsPolicy policy() const;

Q_SIGNALS:
    void listeningChanged(bool listening);
    void policyChanged();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    std::shared_ptr<const CorsResponder> currentResponder() const;
    static void writeResponse(QHttpServerResponder &responder, QTcpSocket *socket,
                              const IncomingRequest &incoming, ServerResponse &response);

    RequestLog *m_log;
    QPointer<QTcpServer> m_tcpServer;
    mutable QMutex m_responderMutex;
    std::shared_ptr<const CorsResponder> m_responder;
};
