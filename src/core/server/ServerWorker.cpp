#include "core/server/ServerWorker.h"

#include "core/server/CorsHttpServer.h"
#include "core/server/SharedResponder.h"

using namespace Qt::Literals::StringLiterals;

ServerWorker::ServerWorker(std::shared_ptr<const SharedResponder> responder, RequestLog *log,
                           int number)
{
    m_thread.setObjectName(u"CorsServer%1"_s.arg(number));
    // Direct: runs on the new thread as it starts, so the server belongs to that thread.
    QObject::connect(
        &m_thread, &QThread::started, &m_thread,
        [this, responder, log] {
            m_http = new CorsHttpServer(responder, log);
            m_created.release();
        },
        Qt::DirectConnection);
    m_thread.start();
}

ServerWorker::~ServerWorker()
{
    // Sockets and timers must die on the thread they belong to.
    runAndWait([](CorsHttpServer *http) { delete http; });
    m_thread.quit();
    m_thread.wait();
}

CorsHttpServer *ServerWorker::http()
{
    if (!m_createdSeen) {
        m_created.acquire();
        m_createdSeen = true;
    }
    return m_http;
}

void ServerWorker::runAndWait(const std::function<void(CorsHttpServer *)> &work)
{
    CorsHttpServer *server = http();
    QMetaObject::invokeMethod(
        server, [server, &work] { work(server); }, Qt::BlockingQueuedConnection);
}
