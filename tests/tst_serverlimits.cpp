#include "core/log/RequestLog.h"
#include "core/server/PlaygroundServer.h"
#include "support/RawClients.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

using namespace RawClients;

const QByteArray preflight = "OPTIONS /api HTTP/1.1\r\nHost: x\r\nOrigin: https://app.example\r\n"
                             "Access-Control-Request-Method: GET\r\nConnection: close\r\n\r\n";

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

    static constexpr int FloodConnections = 2000;
    // What the flood may add to this process's resident memory (measured: about 16 MB).
    // AddressSanitizer's redzones, shadow memory and quarantine cost several times as much.
#ifdef __SANITIZE_ADDRESS__
    static constexpr qint64 FloodMemoryKiB = 256 * 1024;
#else
    static constexpr qint64 FloodMemoryKiB = 64 * 1024;
#endif

    quint16 port() const
    {
        return m_server->port();
    }

    // The server still answers an ordinary request after whatever the test did to
    // it.
    void verifyStillServing()
    {
        const QByteArray answer
            = exchange(port(), "GET /after HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(statusLine(answer), "HTTP/1.1 200 OK");
    }

    // Opens a connection and waits until the server admitted it, so that the
    // order of arrival, which decides who is closed first, is the order of the
    // calls.
    bool connectAdmitted(QTcpSocket &socket)
    {
        const auto admitted
            = [this] { return m_server->openConnectionCount() + m_server->evictionCount(); };
        const qint64 before = admitted();
        socket.connectToHost(QHostAddress::LocalHost, port());
        if (!socket.waitForConnected(5000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (admitted() == before && timer.elapsed() < 5000)
            QTest::qWait(5);
        return admitted() > before;
    }

    static void addThreadRows()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one server thread") << 1;
        // The limits hold for all threads together; each closes its own
        // connections.
        QTest::newRow("three server threads") << 3;
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
        // rawExchange never returns to this thread's event loop: only a server on a
        // thread of its own can answer.
        const QByteArray answer
            = exchange(port(), "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
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
        QCOMPARE(statusLine(exchange(port(), request)), expectedStatus);
        // Refused requests never reach the CORS logic or the log.
        QCOMPARE(m_log->totalCount(), 0u);
        verifyStillServing();
    }

    void requestsJustInsideTheLimitsAreAnswered()
    {
        const QByteArray hundredLines
            = "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + headerLines(98) + "\r\n";
        QCOMPARE(statusLine(exchange(port(), hundredLines)), "HTTP/1.1 200 OK");
        const QByteArray body(512 * 1024, 'd');
        const QByteArray post
            = "POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        QCOMPARE(statusLine(exchange(port(), post)), "HTTP/1.1 200 OK");
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
        QTest::newRow("NUL in Origin") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nOrigin: "
                                                     "https://a.example\0\r\n\r\n",
                                                     55)
                                       << badRequest;
        QTest::newRow("control byte in Origin")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nOrigin: "
                          "https://a\x01.example\r\n\r\n")
            << badRequest;
    }

    void malformedRequestsAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, expectedStatus);
        QCOMPARE(statusLine(exchange(port(), request)), expectedStatus);
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
        // The client hangs up half-way: there is nothing to answer, and nothing to
        // log.
        QCOMPARE(exchange(port(), request, 300), QByteArray());
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
        // Bytes above 0x7f are legal in a header value (obs-text): answered, never
        // allowed.
        const QByteArray answer = exchange(port(),
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

        QVERIFY(closedByServer(silent));
        QVERIFY(halfway.waitForReadyRead(5000));
        QCOMPARE(statusLine(halfway.readAll()), "HTTP/1.1 408 Request Timeout");
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnectionCount(), 0, 5000);
        verifyStillServing();
    }

    void aFloodOfHalfRequestsDoesNotLockOutAPreflight_data()
    {
        QTest::addColumn<int>("maxConnections");
        QTest::newRow("room for all") << 0;
        // Full: each newcomer closes the connection that waited longest, flood or
        // preflight.
        QTest::newRow("room for half") << FloodConnections / 2;
    }

    void aFloodOfHalfRequestsDoesNotLockOutAPreflight()
    {
#ifndef Q_OS_LINUX
        QSKIP("Reads RLIMIT_NOFILE and /proc/self/status: Linux only.");
#else
        QFETCH(int, maxConnections);
        const quint64 hardLimit = raiseDescriptorLimit();
        if (hardLimit < 4500)
            QSKIP(qPrintable(u"%1 connections take both ends' descriptors here, plus the margin: "
                             u"the hard limit on open files must be 4500 or more, it is %2."_s
                                 .arg(FloodConnections)
                                 .arg(hardLimit)));
        ServerLimits limits;
        if (maxConnections > 0)
            limits.maxConnections = maxConnections;
        startWith(limits);
        const int held = maxConnections > 0 ? maxConnections : FloodConnections;
        QVERIFY(m_server->connectionCapacity() >= held);
        const qint64 before = residentKiB();

        const QByteArray half = "OPTIONS /api HTTP/1.1\r\nHost: x\r\nOrigin: https://app.";
        std::vector<int> clients;
        const auto closeClients = qScopeGuard([&clients] {
            for (const int descriptor : clients)
                closeDescriptorClient(descriptor);
        });
        QElapsedTimer opening;
        opening.start();
        while (clients.size() < size_t(FloodConnections) && opening.elapsed() < 30000) {
            const int descriptor = openDescriptorClient(port(), half);
            QVERIFY(descriptor >= 0);
            clients.push_back(descriptor);
        }
        QCOMPARE(clients.size(), size_t(FloodConnections));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->bufferedRequestBytes(), held * half.size(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnectionCount(), held, 20000);

        QElapsedTimer answering;
        answering.start();
        const QByteArray answer = exchange(port(), preflight, 1000);
        const qint64 milliseconds = answering.elapsed();
        QCOMPARE(statusLine(answer), "HTTP/1.1 200 OK");
        QVERIFY2(milliseconds < 1000, qPrintable(QString::number(milliseconds)));
        // When full, the flood's own newcomers closed its oldest, then the
        // preflight one more.
        QCOMPARE(m_server->evictionCount(),
                 held < FloodConnections ? FloodConnections - held + 1 : 0);

        const qint64 after = residentKiB();
        qInfo("%d half-sent connections, %d held: preflight answered 200 in %lld "
              "ms; resident "
              "memory %.1f MB before, %.1f MB after",
              FloodConnections, held, milliseconds, double(before) / 1024, double(after) / 1024);
        QVERIFY(before > 0 && after > 0);
        QVERIFY2(after - before < FloodMemoryKiB, "the flood took more memory than allowed");
#endif
    }

    void theConnectionIdleLongestMakesRoom_data()
    {
        addThreadRows();
    }

    void theConnectionIdleLongestMakesRoom()
    {
        QFETCH(int, threads);
        ServerLimits limits;
        limits.maxConnections = 3;
        m_server->setThreadCount(threads);
        startWith(limits);
        // Opened first, but its last activity is the newest: its request is
        // answered last.
        QTcpSocket answered;
        QTcpSocket halfway;
        QTcpSocket silent;
        QVERIFY(connectAdmitted(answered));
        QVERIFY(connectAdmitted(halfway));
        halfway.write("GET / HTTP/1.1\r\nHost: x\r\n");
        QVERIFY(halfway.waitForBytesWritten(5000));
        QVERIFY(connectAdmitted(silent));
        const QByteArray request = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
        answered.write(request);
        QVERIFY(answered.waitForReadyRead(5000));
        QCOMPARE(statusLine(answered.readAll()), "HTTP/1.1 200 OK");

        // The server is full: the newcomer is answered, the half request is closed
        // with 503.
        QTcpSocket newcomer;
        QVERIFY(connectAdmitted(newcomer));
        newcomer.write(request);
        QVERIFY(newcomer.waitForReadyRead(5000));
        QCOMPARE(statusLine(newcomer.readAll()), "HTTP/1.1 200 OK");
        QVERIFY(closedByServer(halfway));
        QCOMPARE(statusLine(halfway.readAll()), "HTTP/1.1 503 Service Unavailable");

        // The next newcomer closes the silent one, without a word; the answered one
        // stays.
        QCOMPARE(statusLine(exchange(port(), preflight)), "HTTP/1.1 200 OK");
        QVERIFY(closedByServer(silent));
        QCOMPARE(silent.readAll(), QByteArray());
        QCOMPARE(answered.state(), QAbstractSocket::ConnectedState);
        answered.write(request);
        QVERIFY(answered.waitForReadyRead(5000));
        QCOMPARE(statusLine(answered.readAll()), "HTTP/1.1 200 OK");
        QCOMPARE(m_server->evictionCount(), 2);
    }

    void theByteBudgetClosesTheOldestIncompleteRequest()
    {
        ServerLimits limits;
        limits.maxBufferedBytes = 100 * 1024;
        startWith(limits);
        const QByteArray head = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 70000\r\n\r\n";
        const QByteArray part(60000, 'p');
        QTcpSocket older;
        QTcpSocket newer;
        QVERIFY(connectAdmitted(older));
        older.write(head + part);
        QVERIFY(older.waitForBytesWritten(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->bufferedRequestBytes(), head.size() + part.size(),
                                  5000);
        // Two such halves are over the budget: the older goes, the newer can still
        // complete.
        QVERIFY(connectAdmitted(newer));
        newer.write(head + part);
        QVERIFY(newer.waitForBytesWritten(5000));
        QVERIFY(closedByServer(older));
        QVERIFY(older.readAll().startsWith("HTTP/1.1 503 Service Unavailable"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->bufferedRequestBytes(), head.size() + part.size(),
                                  5000);
        newer.write(QByteArray(70000 - part.size(), 'p'));
        QVERIFY(newer.waitForReadyRead(5000));
        QCOMPARE(statusLine(newer.readAll()), "HTTP/1.1 200 OK");
        QCOMPARE(m_server->evictionCount(), 1);
    }

    void connectionsBeingAnsweredAreNeverClosed_data()
    {
        addThreadRows();
    }

    void connectionsBeingAnsweredAreNeverClosed()
    {
        QFETCH(int, threads);
        // An upstream the kernel accepts for and that never answers: requests wait
        // for it.
        QTcpServer upstream;
        QVERIFY(upstream.listen(QHostAddress::LocalHost));
        QSignalSpy forwarded(&upstream, &QTcpServer::newConnection);
        CorsPolicy policy;
        policy.middleware.allowOrigins = {u"https://app.example"_s};
        policy.middleware.proxyUpstream = u"http://127.0.0.1:%1"_s.arg(upstream.serverPort());
        m_server->setPolicy(policy);
        ServerLimits limits;
        limits.maxConnections = 2;
        m_server->setThreadCount(threads);
        startWith(limits);
        QTcpSocket first;
        QTcpSocket second;
        for (QTcpSocket *socket : {&first, &second}) {
            QVERIFY(connectAdmitted(*socket));
            socket->write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(socket->waitForBytesWritten(5000));
        }
        QTRY_COMPARE_WITH_TIMEOUT(forwarded.size(), 2, 5000);
        // Full, and both are being answered: only now does a newcomer get 503.
        const QByteArray refused = exchange(port(), preflight);
        QCOMPARE(statusLine(refused), "HTTP/1.1 503 Service Unavailable");
        QVERIFY2(refused.contains("being answered"), refused.constData());
        QCOMPARE(m_server->evictionCount(), 0);
        QCOMPARE(first.state(), QAbstractSocket::ConnectedState);

        // Preflights are the proxy's own: the one free slot answers them.
        first.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnectionCount(), 1, 5000);
        QCOMPARE(statusLine(exchange(port(), preflight)), "HTTP/1.1 200 OK");
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
        // The byte counts start again with each request, so a long-lived connection
        // is never refused for what it sent before.
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
