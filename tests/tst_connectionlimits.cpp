#include "core/server/PlaygroundServer.h"
#include "support/RawClients.h"
#include "support/ServerUnderLimits.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace RawClients;

// Many connections at once: idle ones are closed, the one idle longest makes room at the
// limit, the byte budget closes the oldest incomplete request, a connection being answered is
// never closed, and a flood of half-sent requests does not lock out a preflight.
class TestConnectionLimits : public QObject
{
    Q_OBJECT

private:
    ServerUnderLimits m_fixture;

    static constexpr int FloodConnections = 2000;
    // What the flood may add to this process's resident memory (measured: about 16 MB).
    // AddressSanitizer's redzones, shadow memory and quarantine cost several times as much.
#ifdef __SANITIZE_ADDRESS__
    static constexpr qint64 FloodMemoryKiB = 256 * 1024;
#else
    static constexpr qint64 FloodMemoryKiB = 64 * 1024;
#endif

    bool connectAdmitted(QTcpSocket &socket)
    {
        return m_fixture.connectAdmitted(socket);
    }
    static void addThreadRows()
    {
        ServerUnderLimits::addThreadRows();
    }
    static inline const QByteArray &preflight = ServerUnderLimits::preflight;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_fixture.reset());
    }
    void cleanup()
    {
        m_fixture.release();
    }

    void stalledConnectionsAreClosed()
    {
        ServerLimits limits;
        limits.idleTimeoutMilliseconds = 300;
        QVERIFY(m_fixture.restartWith(limits));
        QTcpSocket silent;
        QTcpSocket halfway;
        silent.connectToHost(QHostAddress::LocalHost, m_fixture.port());
        halfway.connectToHost(QHostAddress::LocalHost, m_fixture.port());
        QVERIFY(silent.waitForConnected(5000));
        QVERIFY(halfway.waitForConnected(5000));
        halfway.write("GET / HTTP/1.1\r\nHost: x\r\n");
        QVERIFY(halfway.waitForBytesWritten(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.server()->openConnectionCount(), 2, 5000);

        QVERIFY(closedByServer(silent));
        QVERIFY(halfway.waitForReadyRead(5000));
        QCOMPARE(statusLine(halfway.readAll()), "HTTP/1.1 408 Request Timeout");
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.server()->openConnectionCount(), 0, 5000);
        QCOMPARE(m_fixture.statusOfAnOrdinaryRequest(), "HTTP/1.1 200 OK");
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
        QVERIFY(m_fixture.restartWith(limits));
        const int held = maxConnections > 0 ? maxConnections : FloodConnections;
        QVERIFY(m_fixture.server()->connectionCapacity() >= held);
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
            const int descriptor = openDescriptorClient(m_fixture.port(), half);
            QVERIFY(descriptor >= 0);
            clients.push_back(descriptor);
        }
        QCOMPARE(clients.size(), size_t(FloodConnections));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.server()->bufferedRequestBytes(), held * half.size(),
                                  20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.server()->openConnectionCount(), held, 20000);

        QElapsedTimer answering;
        answering.start();
        const QByteArray answer = exchange(m_fixture.port(), preflight, 1000);
        const qint64 milliseconds = answering.elapsed();
        QCOMPARE(statusLine(answer), "HTTP/1.1 200 OK");
        QVERIFY2(milliseconds < 1000, qPrintable(QString::number(milliseconds)));
        // When full, the flood's own newcomers closed its oldest, then the
        // preflight one more.
        QCOMPARE(m_fixture.server()->evictionCount(),
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
        m_fixture.server()->setThreadCount(threads);
        QVERIFY(m_fixture.restartWith(limits));
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
        QCOMPARE(statusLine(exchange(m_fixture.port(), preflight)), "HTTP/1.1 200 OK");
        QVERIFY(closedByServer(silent));
        QCOMPARE(silent.readAll(), QByteArray());
        QCOMPARE(answered.state(), QAbstractSocket::ConnectedState);
        answered.write(request);
        QVERIFY(answered.waitForReadyRead(5000));
        QCOMPARE(statusLine(answered.readAll()), "HTTP/1.1 200 OK");
        QCOMPARE(m_fixture.server()->evictionCount(), 2);
    }

    void theByteBudgetClosesTheOldestIncompleteRequest()
    {
        ServerLimits limits;
        limits.maxBufferedBytes = 100 * 1024;
        QVERIFY(m_fixture.restartWith(limits));
        const QByteArray head = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 70000\r\n\r\n";
        const QByteArray part(60000, 'p');
        QTcpSocket older;
        QTcpSocket newer;
        QVERIFY(connectAdmitted(older));
        older.write(head + part);
        QVERIFY(older.waitForBytesWritten(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.server()->bufferedRequestBytes(),
                                  head.size() + part.size(), 5000);
        // Two such halves are over the budget: the older goes, the newer can still
        // complete.
        QVERIFY(connectAdmitted(newer));
        newer.write(head + part);
        QVERIFY(newer.waitForBytesWritten(5000));
        QVERIFY(closedByServer(older));
        QVERIFY(older.readAll().startsWith("HTTP/1.1 503 Service Unavailable"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.server()->bufferedRequestBytes(),
                                  head.size() + part.size(), 5000);
        newer.write(QByteArray(70000 - part.size(), 'p'));
        QVERIFY(newer.waitForReadyRead(5000));
        QCOMPARE(statusLine(newer.readAll()), "HTTP/1.1 200 OK");
        QCOMPARE(m_fixture.server()->evictionCount(), 1);
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
        m_fixture.server()->setPolicy(policy);
        ServerLimits limits;
        limits.maxConnections = 2;
        m_fixture.server()->setThreadCount(threads);
        QVERIFY(m_fixture.restartWith(limits));
        QTcpSocket first;
        QTcpSocket second;
        for (QTcpSocket *socket : {&first, &second}) {
            QVERIFY(connectAdmitted(*socket));
            socket->write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(socket->waitForBytesWritten(5000));
        }
        QTRY_COMPARE_WITH_TIMEOUT(forwarded.size(), 2, 5000);
        // Full, and both are being answered: only now does a newcomer get 503.
        const QByteArray refused = exchange(m_fixture.port(), preflight);
        QCOMPARE(statusLine(refused), "HTTP/1.1 503 Service Unavailable");
        QVERIFY2(refused.contains("being answered"), refused.constData());
        QCOMPARE(m_fixture.server()->evictionCount(), 0);
        QCOMPARE(first.state(), QAbstractSocket::ConnectedState);

        // Preflights are the proxy's own: the one free slot answers them.
        first.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.server()->openConnectionCount(), 1, 5000);
        QCOMPARE(statusLine(exchange(m_fixture.port(), preflight)), "HTTP/1.1 200 OK");
    }

    void severalThreadsShareTheWork()
    {
        m_fixture.server()->setThreadCount(3);
        QVERIFY(m_fixture.restartWith(ServerLimits()));
        QList<QTcpSocket *> sockets;
        for (int index = 0; index < 12; ++index) {
            sockets.append(new QTcpSocket(this));
            sockets.last()->connectToHost(QHostAddress::LocalHost, m_fixture.port());
            QVERIFY(sockets.last()->waitForConnected(5000));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.server()->openConnectionCount(), 12, 5000);
        for (QTcpSocket *socket : std::as_const(sockets)) {
            socket->write("GET /x HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(socket->waitForReadyRead(5000));
            QCOMPARE(statusLine(socket->readAll()), "HTTP/1.1 200 OK");
        }
        QCOMPARE(m_fixture.log()->totalCount(), 12u);
        qDeleteAll(sockets);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.server()->openConnectionCount(), 0, 5000);
        QCOMPARE(m_fixture.statusOfAnOrdinaryRequest(), "HTTP/1.1 200 OK");
    }
};

QTEST_GUILESS_MAIN(TestConnectionLimits)
#include "tst_connectionlimits.moc"
