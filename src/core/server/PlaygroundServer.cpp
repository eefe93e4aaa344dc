#include "core/server/PlaygroundServer.h"

#include "core/server/ConnectionRegistry.h"
#include "core/server/CorsHttpServer.h"
#include "core/server/DescriptorLimit.h"
#include "core/server/LimitedTcpServer.h"
#include "core/server/ServerWorker.h"
#include "core/server/SharedResponder.h"

using namespace Qt::Literals::StringLiterals;

PlaygroundServer::PlaygroundServer(RequestLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_responder(std::make_shared<SharedResponder>())
{
    // Started now, so that the first server thread sets itself up while the owner goes on.
    adjustWorkers();
}

PlaygroundServer::~PlaygroundServer()
{
    stop();
}

void PlaygroundServer::adjustWorkers()
{
    while (m_workers.size() > size_t(m_threadCount))
        m_workers.pop_back();
    while (m_workers.size() < size_t(m_threadCount))
        m_workers.push_back(
            std::make_unique<ServerWorker>(m_responder, m_log, int(m_workers.size())));
}

bool PlaygroundServer::start(const QHostAddress &address, quint16 port, QString *errorMessage)
{
    stop();
    adjustWorkers();
    // One registry for all threads: the limits hold for the whole server (in `serve` and in the
    // app, the process's only one), whichever thread accepts.
    auto registry = std::make_shared<ConnectionRegistry>(
        DescriptorLimit::connectionCapacity(m_limits), m_limits.maxBufferedBytes);
    bool listening = false;
    qintptr listeningSocket = -1;
    QString error;
    m_workers.front()->runAndWait([&](CorsHttpServer *http) {
        listening = http->listen(address, port, m_limits, registry, &error);
        if (!listening)
            return;
        listeningSocket = http->listeningSocketDescriptor();
        m_address = http->serverAddress();
        m_port = http->serverPort();
    });
    // The other threads accept on the same socket: whichever is free takes the next client.
    for (size_t index = 1; index < m_workers.size() && listening; ++index) {
        m_workers[index]->runAndWait([&](CorsHttpServer *http) {
            listening = http->shareListeningSocket(listeningSocket, m_limits, registry, &error);
        });
    }
    if (!listening) {
        // Never announced as listening, so not announced as stopped either.
        closeAll();
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    m_registry = std::move(registry);
    Q_EMIT listeningChanged(true);
    return true;
}

void PlaygroundServer::stop()
{
    const bool wasListening = isListening();
    closeAll();
    if (wasListening)
        Q_EMIT listeningChanged(false);
}

void PlaygroundServer::closeAll()
{
    for (const auto &worker : m_workers)
        worker->runAndWait([](CorsHttpServer *http) { http->close(); });
    m_registry.reset();
    m_address.clear();
    m_port = 0;
}

QUrl PlaygroundServer::baseUrl() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

void PlaygroundServer::setPolicy(const CorsPolicy &policy)
{
    m_responder->setPolicy(policy);
    Q_EMIT policyChanged();
}

CorsPolicy PlaygroundServer::policy() const
{
    return m_responder->current()->policy();
}

int PlaygroundServer::openConnectionCount() const
{
    int count = 0;
    for (const auto &worker : m_workers)
        worker->runAndWait(
            [&count](CorsHttpServer *http) { count += http->openConnectionCount(); });
    return count;
}

int PlaygroundServer::connectionCapacity() const
{
    return m_registry ? m_registry->maxConnections() : 0;
}

qint64 PlaygroundServer::bufferedRequestBytes() const
{
    return m_registry ? m_registry->bufferedBytes() : 0;
}

qint64 PlaygroundServer::evictionCount() const
{
    return m_registry ? m_registry->evictionCount() : 0;
}
