#include "PlaygroundServer.h"

#include "CorsHttpServer.h"
#include "SharedResponder.h"

using namespace Qt::Literals::StringLiterals;

PlaygroundServer::PlaygroundServer(RequestLog *log, QObject *parent)
    : QObject(parent)
    , m_responder(std::make_shared<SharedResponder>())
{
    m_thread.setObjectName(u"CorsServer"_s);
    // Direct: runs on the new thread as it starts, so the server belongs to that thread.
    connect(
        &m_thread, &QThread::started, this,
        [this, log] {
            m_http = new CorsHttpServer(m_responder, log);
            m_httpCreated.release();
        },
        Qt::DirectConnection);
    m_thread.start();
}

CorsHttpServer *PlaygroundServer::httpServer() const
{
    if (!m_httpCreatedSeen) {
        m_httpCreated.acquire();
        m_httpCreatedSeen = true;
    }
    return m_http;
}

PlaygroundServer::~PlaygroundServer()
{
    // Sockets and timers must die on the thread they belong to.
    CorsHttpServer *http = httpServer();
    QMetaObject::invokeMethod(
        http, [http] { delete http; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool PlaygroundServer::start(const QHostAddress &address, quint16 port, QString *errorMessage)
{
    stop();
    bool listening = false;
    QString error;
    CorsHttpServer *http = httpServer();
    QMetaObject::invokeMethod(
        http,
        [&] {
            listening = http->listen(address, port, m_limits, &error);
            m_address = http->serverAddress();
            m_port = http->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    Q_EMIT listeningChanged(true);
    return true;
}

void PlaygroundServer::stop()
{
    if (!isListening())
        return;
    CorsHttpServer *http = httpServer();
    QMetaObject::invokeMethod(
        http, [http] { http->close(); }, Qt::BlockingQueuedConnection);
    m_address.clear();
    m_port = 0;
    Q_EMIT listeningChanged(false);
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
    CorsHttpServer *http = httpServer();
    QMetaObject::invokeMethod(
        http, [http, &count] { count = http->openConnectionCount(); },
        Qt::BlockingQueuedConnection);
    return count;
}
