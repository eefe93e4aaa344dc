#pragma once

#include "core/policy/CorsPolicy.h"
#include "core/server/ServerLimits.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <vector>

class ConnectionRegistry;
class RequestLog;
class ServerWorker;
class SharedResponder;

// The embedded CORS server, seen from the thread that owns it (the GUI's, or the CLI's).
// The HTTP work runs on threads of its own, so a flood of requests never freezes the window;
// these calls are safe from the owning thread and wait for the server threads where needed.
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

    // Take effect at the next start(). One thread by default: the window needs the other
    // cores more than a lesson needs throughput; `serve` uses one per core.
    void setLimits(const ServerLimits &limits) { m_limits = limits; }
    void setThreadCount(int count) { m_threadCount = std::max(1, count); }

    // Connections open right now, counted on the server threads.
    int openConnectionCount() const;
    // While listening: how many connections the server holds at most (ServerLimits and the
    // descriptor limit), the bytes of incomplete requests it holds now, and how many
    // connections it closed to make room. 0 when stopped.
    int connectionCapacity() const;
    qint64 bufferedRequestBytes() const;
    qint64 evictionCount() const;

Q_SIGNALS:
    void listeningChanged(bool listening);
    void policyChanged();

private:
    void adjustWorkers();
    void closeAll();

    RequestLog *m_log;
    std::shared_ptr<SharedResponder> m_responder;
    std::vector<std::unique_ptr<ServerWorker>> m_workers;
    // Shared with the server threads while listening; thread-safe itself.
    std::shared_ptr<ConnectionRegistry> m_registry;
    ServerLimits m_limits;
    int m_threadCount = 1;
    QHostAddress m_address;
    quint16 m_port = 0;
};
