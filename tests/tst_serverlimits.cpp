#include "core/server/PlaygroundServer.h"
#include "core/log/RequestLog.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// Sends raw bytes and collects everything the server answers until it closes (or the time
// runs out). Blocking on purpose: the server has its own thread and must not need this one.
QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMilliseconds = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMilliseconds))
        return {};
    socket.write(bytes);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMilliseconds) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(100);
        else if (!socket.waitForReadyRead(100) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        answer += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
    }
    return answer + socket.readAll();
}

QByteArray statusLine(const QByteArray &answer)
{
    return answer.left(answer.indexOf("\r\n"));
}

QByteArray headerLines(int count)
{
    QByteArray lines;
    for (int index = 0; index < count; ++index)
        lines += "X-Filler-" + QByteArray::number(index) + ": y\r\n";
    return lines;
}

} // namespace

class TestServerLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<PlaygroundServer> m_server;

    quint16 port() const { return m_server->port(); }

    // The server still answers an ordinary request after whatever the test did to it.
    void verifyStillServing()
    {
        const QByteArray answer
            = rawExchange(port(), "GET /after HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(statusLine(answer), "HTTP/1.1 200 OK");
    }

    void startWith(const ServerLimits &limits)
    {
        m_server->stop();
        m_server->setLimits(limits);
        QVERIFY(m_server->start());
    }

private Q_SLOTS:
    void init()
    {
        m_log = std::make_unique<RequestLog>();
        m_server = std::make_unique<PlaygroundServer>(m_log.get());
        CorsPolicy policy;
        policy.middleware.allowOrigins = {u"https://app.example"_s};
        m_server->setPolicy(policy);
        QVERIFY(m_server->start());
    }

    void cleanup()
    {
        m_server.reset();
        m_log.reset();
    }

    void answersWhileTheOwningThreadIsBlocked()
    {
        // rawExchange never returns to this thread's event loop: only a server on a thread
        // of its own can answer.
        const QByteArray answer
            = rawExchange(port(), "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(statusLine(answer), "HTTP/1.1 200 OK");
    }

    void oversizedRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("expectedStatus");
        QTest::newRow("200 KB URL")
            << "GET /" + QByteArray(200 * 1024, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n"
            << QByteArray("HTTP/1.1 431 Request Header Fields Too Large");
        QTest::newRow("20,000 header lines") << "GET / HTTP/1.1\r\nHost: x\r\n" + headerLines(20000)
                + "\r\n" << QByteArray("HTTP/1.1 431 Request Header Fields Too Large");
        QTest::newRow("101 header lines") << "GET / HTTP/1.1\r\nHost: x\r\n" + headerLines(100)
                + "\r\n" << QByteArray("HTTP/1.1 431 Request Header Fields Too Large");
        QTest::newRow("2 MB header") << "GET / HTTP/1.1\r\nHost: x\r\nX-Big: "
                + QByteArray(2 * 1024 * 1024, 'b')
                + "\r\n\r\n" << QByteArray("HTTP/1.1 431 Request Header Fields Too Large");
        QTest::newRow("3 MB body")
            << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3145728\r\n\r\n"
                + QByteArray(3 * 1024 * 1024, 'c')
            << QByteArray("HTTP/1.1 413 Content Too Large");
    }

    void oversizedRequestsAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, expectedStatus);
        QCOMPARE(statusLine(rawExchange(port(), request)), expectedStatus);
        // Refused requests never reach the CORS logic or the log.
        QCOMPARE(m_log->totalCount(), 0u);
        verifyStillServing();
    }

    void requestsJustInsideTheLimitsAreAnswered()
    {
        const QByteArray hundredLines
            = "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + headerLines(98) + "\r\n";
        QCOMPARE(statusLine(rawExchange(port(), hundredLines)), "HTTP/1.1 200 OK");
        const QByteArray body(512 * 1024, 'd');
        const QByteArray post
            = "POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        QCOMPARE(statusLine(rawExchange(port(), post)), "HTTP/1.1 200 OK");
    }

    void malformedRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("expectedStatus");
        const QByteArray badRequest = "HTTP/1.1 400 Bad Request";
        QTest::newRow("not HTTP") << QByteArray("GARBAGE\r\n\r\n") << badRequest;
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\r\n\r\n", 8) << badRequest;
        QTest::newRow("two spaces")
            << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << badRequest;
        QTest::newRow("unknown version") << QByteArray("GET / HTTP/9.9\r\nHost: x\r\n\r\n")
                                         << QByteArray("HTTP/1.1 505 HTTP Version Not Supported");
        QTest::newRow("header without colon")
            << QByteArray("GET / HTTP/1.1\r\nHost x\r\n\r\n") << badRequest;
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << badRequest;
        QTest::newRow("folded header")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: b\r\n c\r\n\r\n") << badRequest;
        QTest::newRow("negative content length")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n") << badRequest;
        QTest::newRow("NUL in Origin")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nOrigin: https://a.example\0\r\n\r\n", 55)
            << badRequest;
        QTest::newRow("control byte in Origin")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nOrigin: https://a\x01.example\r\n\r\n")
            << badRequest;
    }

    void malformedRequestsAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, expectedStatus);
        QCOMPARE(statusLine(rawExchange(port(), request)), expectedStatus);
        QCOMPARE(m_log->totalCount(), 0u);
        verifyStillServing();
    }

    void truncatedRequestsDoNotStopTheServer_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("request line") << QByteArray("GET /half");
        QTest::newRow("headers") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nOrig");
        QTest::newRow("body") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc");
    }

    void truncatedRequestsDoNotStopTheServer()
    {
        QFETCH(QByteArray, request);
        // The client hangs up half-way: there is nothing to answer, and nothing to log.
        QCOMPARE(rawExchange(port(), request, 300), QByteArray());
        QCOMPARE(m_log->totalCount(), 0u);
        verifyStillServing();
    }

    void obsoleteTextInOriginIsNotAllowed_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::newRow("latin-1") << QByteArray("https://app.example\xe9");
        QTest::newRow("invalid UTF-8") << QByteArray("https://\xff\xfe.example");
    }

    void obsoleteTextInOriginIsNotAllowed()
    {
        QFETCH(QByteArray, origin);
        // Bytes above 0x7f are legal in a header value (obs-text): answered, never allowed.
        const QByteArray answer = rawExchange(port(),
                                              "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                              "Origin: "
                                                  + origin + "\r\n\r\n");
        QCOMPARE(statusLine(answer), "HTTP/1.1 200 OK");
        QVERIFY2(!answer.toLower().contains("access-control-allow-origin"), answer.constData());
        QCOMPARE(m_log->totalCount(), 1u);
        QCOMPARE(m_log->entries().constFirst().origin(), origin);
    }

    void stalledConnectionsAreClosed()
    {
        ServerLimits limits;
        limits.idleTimeoutMilliseconds = 300;
        startWith(limits);
        QTcpSocket silent;
        QTcpSocket halfway;
        silent.connectToHost(QHostAddress::LocalHost, port());
        halfway.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(silent.waitForConnected(5000));
        QVERIFY(halfway.waitForConnected(5000));
        halfway.write("GET / HTTP/1.1\r\nHost: x\r\n");
        QVERIFY(halfway.waitForBytesWritten(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnectionCount(), 2, 5000);

        QVERIFY(silent.waitForDisconnected(5000));
        QVERIFY(halfway.waitForReadyRead(5000));
        QCOMPARE(statusLine(halfway.readAll()), "HTTP/1.1 408 Request Timeout");
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnectionCount(), 0, 5000);
        verifyStillServing();
    }

    void connectionsBeyondTheLimitAreRefused_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one server thread") << 1;
        // The limit holds for all threads together, whichever accepted the connection.
        QTest::newRow("three server threads") << 3;
    }

    void connectionsBeyondTheLimitAreRefused()
    {
        QFETCH(int, threads);
        ServerLimits limits;
        limits.maxConnections = 2;
        m_server->setThreadCount(threads);
        startWith(limits);
        QTcpSocket first;
        QTcpSocket second;
        for (QTcpSocket *socket : {&first, &second}) {
            socket->connectToHost(QHostAddress::LocalHost, port());
            QVERIFY(socket->waitForConnected(5000));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnectionCount(), 2, 5000);
        const QByteArray refused
            = rawExchange(port(), "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(statusLine(refused), "HTTP/1.1 503 Service Unavailable");

        first.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnectionCount(), 1, 5000);
        verifyStillServing();
    }

    void severalThreadsShareTheWork()
    {
        m_server->setThreadCount(3);
        startWith(ServerLimits());
        QList<QTcpSocket *> sockets;
        for (int index = 0; index < 12; ++index) {
            sockets.append(new QTcpSocket(this));
            sockets.last()->connectToHost(QHostAddress::LocalHost, port());
            QVERIFY(sockets.last()->waitForConnected(5000));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnectionCount(), 12, 5000);
        for (QTcpSocket *socket : std::as_const(sockets)) {
            socket->write("GET /x HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(socket->waitForReadyRead(5000));
            QCOMPARE(statusLine(socket->readAll()), "HTTP/1.1 200 OK");
        }
        QCOMPARE(m_log->totalCount(), 12u);
        qDeleteAll(sockets);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnectionCount(), 0, 5000);
        verifyStillServing();
    }

    void keepAliveConnectionsServeManyRequests()
    {
        // The byte counts start again with each request, so a long-lived connection is never
        // refused for what it sent before.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray request = "GET / HTTP/1.1\r\nHost: x\r\n" + headerLines(60) + "\r\n";
        int answered = 0;
        for (int round = 0; round < 40; ++round) {
            socket.write(request);
            QByteArray answer;
            while (!answer.contains("}") && socket.waitForReadyRead(5000))
                answer += socket.readAll();
            answered += statusLine(answer) == "HTTP/1.1 200 OK" ? 1 : 0;
        }
        QCOMPARE(answered, 40);
    }
};

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_serverlimits.moc"
