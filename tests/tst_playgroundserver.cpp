#include "core/log/CorsOutcomeText.h"
#include "core/log/RequestLog.h"
#include "core/server/PlaygroundServer.h"
#include "support/HttpTestClient.h"
#include "support/RawClients.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

CorsPolicy allowingOrigin(const QString &origin)
{
    CorsPolicy policy;
    policy.middleware.allowOrigins = {origin};
    policy.middleware.allowMethods = {u"GET"_s, u"PUT"_s};
    policy.middleware.allowHeaders = {u"X-API-Key"_s};
    return policy;
}

} // namespace

class TestPlaygroundServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<PlaygroundServer> m_server;

    QUrl url(const QString &path) const { return m_server->baseUrl().resolved(QUrl(path)); }

    RawHttpResponse send(const QByteArray &method, const QString &path,
                         const HeaderLines &headers = {})
    {
        QString error;
        const auto response = exchange({method, url(path), headers, {}}, &error);
        if (!response)
            qWarning("exchange failed: %s", qPrintable(error));
        return response.value_or(RawHttpResponse());
    }

    QNetworkReply *waitFor(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(5000);
        return reply;
    }

private Q_SLOTS:
    void init()
    {
        m_log = std::make_unique<RequestLog>();
        m_server = std::make_unique<PlaygroundServer>(m_log.get());
        QString error;
        QVERIFY2(m_server->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_server.reset();
        m_log.reset();
    }

    void listensOnLoopbackByDefault()
    {
        RequestLog log;
        PlaygroundServer server(&log);
        QVERIFY(server.start());
        QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(server.port() > 0);
        QCOMPARE(server.baseUrl().toString(), u"http://127.0.0.1:%1"_s.arg(server.port()));
    }

    void preflightWithCustomHeadersOverQNetworkAccessManager()
    {
        m_server->setPolicy(allowingOrigin(u"http://localhost:5173"_s));
        QNetworkAccessManager manager;
        QNetworkRequest request(url(u"/api/items"_s));
        request.setRawHeader("Origin", "http://localhost:5173");
        request.setRawHeader("Access-Control-Request-Method", "PUT");
        request.setRawHeader("Access-Control-Request-Headers", "content-type,x-api-key");
        std::unique_ptr<QNetworkReply> reply(
            waitFor(manager.sendCustomRequest(request, "OPTIONS")));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->rawHeader("Access-Control-Allow-Origin"),
                 QByteArray("http://localhost:5173"));
        QCOMPARE(reply->rawHeader("Access-Control-Allow-Methods"), QByteArray("GET, PUT"));
        QCOMPARE(reply->readAll(), QByteArray("OK"));
    }

    void refusedPreflightOverQNetworkAccessManager()
    {
        m_server->setPolicy(allowingOrigin(u"http://localhost:5173"_s));
        QNetworkAccessManager manager;
        QNetworkRequest request(url(u"/api/items"_s));
        request.setRawHeader("Origin", "http://localhost:5173");
        request.setRawHeader("Access-Control-Request-Method", "DELETE");
        request.setRawHeader("Access-Control-Request-Headers", "x-secret");
        std::unique_ptr<QNetworkReply> reply(
            waitFor(manager.sendCustomRequest(request, "OPTIONS")));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QCOMPARE(reply->readAll(), QByteArray("Disallowed CORS method, headers"));
    }

    void anyMethodOnAnyPathGetsTheJsonEcho()
    {
        for (const QByteArray method : {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
            const RawHttpResponse response = send(method, u"/some/deep/path"_s);
            QCOMPARE(response.status, 200);
            QCOMPARE(response.body,
                     QByteArray(R"({"method":")" + method + R"(","path":"/some/deep/path"})"));
        }
    }

    void methodsAreLoggedExactlyAsSent()
    {
        // Qt 6.4 names none of these (it knows nine methods, upper case only); the lower-case
        // `patch` lesson needs the log and the echo to show what was on the wire.
        for (const QByteArray method : {"patch", "PROPFIND", "purge"}) {
            const QByteArray answer = RawClients::exchange(
                m_server->port(),
                method + " /odd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            QCOMPARE(RawClients::statusLine(answer), QByteArray("HTTP/1.1 200 OK"));
            QVERIFY2(answer.endsWith(QByteArray(R"({"method":")" + method + R"(","path":"/odd"})")),
                     answer.constData());
            QCOMPARE(m_log->entries().last().method, method);
        }
    }

    void pipelinedRequestsKeepTheirOwnMethods()
    {
        const QByteArray answer = RawClients::exchange(
            m_server->port(),
            "patch /a HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\n\r\nabc"
            "PROPFIND /b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            "GET /c HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QCOMPARE(answer.count("HTTP/1.1 200 OK"), 3);
        const QList<RequestLogEntry> entries = m_log->entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).method, QByteArray("patch"));
        QCOMPARE(entries.at(1).method, QByteArray("PROPFIND"));
        QCOMPARE(entries.at(2).method, QByteArray("GET"));
    }

    void lowerCaseOptionsIsNoPreflight()
    {
        // Starlette compares request.method == "OPTIONS" case-sensitively, and so must we.
        m_server->setPolicy(allowingOrigin(u"http://a.test"_s));
        const QByteArray answer = RawClients::exchange(
            m_server->port(),
            "options /items HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://a.test\r\n"
            "Access-Control-Request-Method: PUT\r\nConnection: close\r\n\r\n");
        QCOMPARE(RawClients::statusLine(answer), QByteArray("HTTP/1.1 200 OK"));
        QVERIFY2(answer.endsWith(R"({"method":"options","path":"/items"})"), answer.constData());
        const RequestLogEntry entry = m_log->entries().last();
        QCOMPARE(entry.method, QByteArray("options"));
        QVERIFY(!entry.isPreflight);
        QCOMPARE(entry.corsDecision, ServerResponse::CorsDecision::Allowed);
    }

    void headHasNoBody()
    {
        const RawHttpResponse response = send("HEAD", u"/x"_s);
        QCOMPARE(response.status, 200);
        QVERIFY(response.body.isEmpty());
        QCOMPARE(response.headers.firstValue("Content-Length"),
                 QByteArray::number(QByteArray(R"({"method":"HEAD","path":"/x"})").size()));
    }

    void policyChangeAppliesToTheNextRequest()
    {
        const quint16 port = m_server->port();
        const HeaderLines origin{{"Origin", "http://a.test"}};
        m_server->setPolicy(allowingOrigin(u"http://b.test"_s));
        QVERIFY(!send("GET", u"/"_s, origin).headers.contains("Access-Control-Allow-Origin"));
        m_server->setPolicy(allowingOrigin(u"http://a.test"_s));
        QCOMPARE(send("GET", u"/"_s, origin).headers.firstValue("Access-Control-Allow-Origin"),
                 QByteArray("http://a.test"));
        QCOMPARE(m_server->port(), port);
        QCOMPARE(m_server->policy(), allowingOrigin(u"http://a.test"_s));
    }

    void policyChangesFromAnotherThreadAreSafe()
    {
        std::atomic<bool> running{true};
        QThread *writer = QThread::create([this, &running] {
            int round = 0;
            while (running.load()) {
                m_server->setPolicy(
                    allowingOrigin(round++ % 2 ? u"http://a.test"_s : u"http://b.test"_s));
            }
        });
        writer->start();
        for (int index = 0; index < 40; ++index) {
            const RawHttpResponse response = send("GET", u"/"_s, {{"Origin", "http://a.test"}});
            QCOMPARE(response.status, 200);
            // Each answer comes whole from one policy or the other, never a mixture.
            const QList<QByteArray> allowOrigin
                = response.headers.values("Access-Control-Allow-Origin");
            QVERIFY(allowOrigin.isEmpty() || allowOrigin == QList<QByteArray>{"http://a.test"});
            QCOMPARE(response.headers.contains("Vary"), !allowOrigin.isEmpty());
        }
        running = false;
        QVERIFY(writer->wait(5000));
        delete writer;
    }

    void manualModeSendsDuplicatesCaseAndStatusAsWritten()
    {
        CorsPolicy policy;
        policy.mode = CorsPolicy::Mode::Manual;
        policy.manualPreflight = {299,
                                  {{"access-control-allow-origin", "http://a.test/"},
                                   {"Access-Control-Allow-Origin", "*"}}};
        policy.manualActual = {302, {{"Location", "/elsewhere"}}};
        m_server->setPolicy(policy);

        const RawHttpResponse preflight
            = send("OPTIONS", u"/"_s,
                   {{"Origin", "http://a.test"}, {"Access-Control-Request-Method", "PUT"}});
        QCOMPARE(preflight.status, 299);
        QCOMPARE(preflight.headers.lines().mid(0, 2), policy.manualPreflight.headers.lines());

        const RawHttpResponse actual = send("GET", u"/"_s, {{"Origin", "http://a.test"}});
        QCOMPARE(actual.status, 302);
        QCOMPARE(actual.reasonPhrase, QByteArray("Found"));
        QCOMPARE(actual.headers.firstValue("Location"), QByteArray("/elsewhere"));
    }

    void logsEveryExchange()
    {
        m_server->setPolicy(allowingOrigin(u"http://a.test"_s));
        QSignalSpy added(m_log.get(), &RequestLog::entryAdded);
        send("OPTIONS", u"/items?page=2"_s,
             {{"Origin", "http://a.test"}, {"Access-Control-Request-Method", "DELETE"}});
        send("GET", u"/items"_s, {{"Origin", "http://a.test"}, {"X-Trace", "1"}});
        QCOMPARE(added.size(), 2);
        const QList<RequestLogEntry> entries = m_log->entries();
        QCOMPARE(entries.size(), 2);

        const RequestLogEntry &preflight = entries.at(0);
        QCOMPARE(preflight.method, QByteArray("OPTIONS"));
        QCOMPARE(preflight.target, u"/items?page=2"_s);
        QVERIFY(preflight.isPreflight);
        QCOMPARE(preflight.status, 400);
        QCOMPARE(preflight.corsDecision, ServerResponse::CorsDecision::Refused);
        QCOMPARE(preflight.corsOutcome.reason, CorsOutcome::Reason::PreflightRefused);
        QCOMPARE(preflight.corsOutcome.refusedChecks, unsigned(CorsOutcome::RefusedMethod));
        QCOMPARE(CorsOutcomeText::describe(preflight.corsOutcome), u"preflight refused: method"_s);
        QCOMPARE(preflight.origin(), QByteArray("http://a.test"));
        QCOMPARE(preflight.remoteAddress, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(preflight.receivedAt.isValid());
        QVERIFY(preflight.durationMicroseconds >= 0);

        const RequestLogEntry &actual = entries.at(1);
        QVERIFY(!actual.isPreflight);
        QCOMPARE(actual.requestHeaders.firstValue("X-Trace"), QByteArray("1"));
        QCOMPARE(actual.responseHeaders.firstValue("Access-Control-Allow-Origin"),
                 QByteArray("http://a.test"));
        QVERIFY(actual.responseHeaders.contains("Content-Length"));
        QCOMPARE(actual.corsDecision, ServerResponse::CorsDecision::Allowed);
    }

    void logBoundCountsDrops()
    {
        m_log->setCapacity(3);
        for (int index = 0; index < 5; ++index)
            send("GET", u"/n/%1"_s.arg(index));
        QCOMPARE(m_log->size(), 3);
        QCOMPARE(m_log->droppedCount(), 2u);
        QCOMPARE(m_log->entries().first().target, u"/n/2"_s);
    }

    void closesWhenTheClientAsks()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /bye HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        QVERIFY(disconnected.wait(5000));
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 200 OK\r\n"));
    }

    void busyPortIsReported()
    {
        RequestLog log;
        PlaygroundServer second(&log);
        QString error;
        QVERIFY(!second.start(QHostAddress::LocalHost, m_server->port(), &error));
        QVERIFY2(error.contains(u"already in use"), qPrintable(error));
        QVERIFY(error.contains(QString::number(m_server->port())));
    }

    void stopClosesThePort()
    {
        const QUrl before = url(u"/"_s);
        QSignalSpy listening(m_server.get(), &PlaygroundServer::listeningChanged);
        m_server->stop();
        QCOMPARE(listening.size(), 1);
        QVERIFY(!m_server->isListening());
        QVERIFY(m_server->baseUrl().isEmpty());
        QString error;
        QVERIFY(!exchange({"GET", before, {}, {}}, &error));
        QVERIFY2(error.contains(u"refused"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPlaygroundServer)
#include "tst_playgroundserver.moc"
