#pragma once

#include "CorsPolicy.h"
#include "ServerLimits.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <QUrl>

class CorsHttpServer;
class RequestLog;

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
    QThread m_thread;
    CorsHttpServer *m_http;
    ServerLimits m_limits;
    QHostAddress m_address;
    quint16 m_port = 0;
};
