#include "PlaygroundServer.h"

#include "CorsHttpServer.h"

using namespace Qt::Literals::StringLiterals;

PlaygroundServer::PlaygroundServer(RequestLog *log, QObject *parent)
    : QObject(parent)
    , m_http(new CorsHttpServer(log))
{
    m_thread.setObjectName(u"CorsServer"_s);
    m_http->moveToThread(&m_thread);
    m_thread.start();
}

PlaygroundServer::~PlaygroundServer()
{
    // Sockets and timers must die on the thread they belong to.
    QMetaObject::invokeMethod(
        m_http, [this] { delete m_http; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool PlaygroundServer::start(const QHostAddress &address, quint16 port, QString *errorMessage)
{
    stop();
    bool listening = false;
    QString error;
    QMetaObject::invokeMethod(
        m_http,
        [&] {
            listening = m_http->listen(address, port, m_limits, &error);
            m_address = m_http->serverAddress();
            m_port = m_http->serverPort();
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
    QMetaObject::invokeMethod(
        m_http, [this] { m_http->close(); }, Qt::BlockingQueuedConnection);
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
    m_http->setPolicy(policy);
    Q_EMIT policyChanged();
}

CorsPolicy PlaygroundServer::policy() const
{
    return m_http->policy();
}

int PlaygroundServer::openConnectionCount() const
{
    int count = 0;
    QMetaObject::invokeMethod(
        m_http, [this, &count] { count = m_http->openConnectionCount(); },
        Qt::BlockingQueuedConnection);
    return count;
}
