#pragma once

#include "CorsPolicy.h"
#include "ServerLimits.h"

#include <QHostAddress>
#include <QObject>
#include <QSemaphore>
#include <QThread>
#include <QUrl>

#include <memory>

class CorsHttpServer;
class RequestLog;
class SharedResponder;

// The embedded CORS server, seen from the thread that owns it (the GUI's, or the CLI's).
// The HTTP work runs on a thread of its own, so a flood of requests never freezes the window;
// these calls are safe from the owning thread and wait for the server thread where needed.
class PlaygroundServer : public QObject
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

    bool isListening() const { return m_port != 0; }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT (IPv6 addresses in brackets), or an empty URL when stopped.
    QUrl baseUrl() const;

    // The next request uses the new policy.
    void setPolicy(const CorsPolicy &policy);
    CorsPolicy policy() const;

    // Takes effect at the next start().
    void setLimits(const ServerLimits &limits) { m_limits = limits; }
    ServerLimits limits() const { return m_limits; }

    // Connections open right now, counted on the server thread.
    int openConnectionCount() const;

Q_SIGNALS:
    void listeningChanged(bool listening);
    void policyChanged();

private:
    // The HTTP server is built on its own thread, in parallel with the caller's start-up
    // (Qt's constructor initialises TLS, which takes a while); this waits until it exists.
    CorsHttpServer *httpServer() const;

    std::shared_ptr<SharedResponder> m_responder;
    QThread m_thread;
    CorsHttpServer *m_http = nullptr;
    mutable QSemaphore m_httpCreated;
    // Touched by the owning thread only, after the semaphore has handed over m_http.
    mutable bool m_httpCreatedSeen = false;
    ServerLimits m_limits;
    QHostAddress m_address;
    quint16 m_port = 0;
};
