#pragma once

#include <QSemaphore>
#include <QThread>

#include <functional>
#include <memory>

class CorsHttpServer;
class RequestLog;
class SharedResponder;

// One server thread and the HTTP server that lives on it. The HTTP server is built on that
// thread as it starts, in parallel with whatever the owner does meanwhile (Qt's constructor
// initialises TLS, which takes a while).
class ServerWorker
{
public:
    ServerWorker(std::shared_ptr<const SharedResponder> responder, RequestLog *log, int number);
    ~ServerWorker();

    // Runs work with the HTTP server on the server thread and waits for it. Owner's thread only.
    void runAndWait(const std::function<void(CorsHttpServer *)> &work);

private:
    CorsHttpServer *http();

    QThread m_thread;
    CorsHttpServer *m_http = nullptr;
    QSemaphore m_created;
    // Touched by the owner's thread only, after the semaphore has handed over m_http.
    bool m_createdSeen = false;
};
