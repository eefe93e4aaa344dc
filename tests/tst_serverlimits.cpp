#include "core/log/RequestLog.h"
#include "core/server/PlaygroundServer.h"
#include "support/RawClients.h"
#include "support/ServerUnderLimits.h"

#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

using namespace RawClients;

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
    ServerUnderLimits m_fixture;

private Q_SLOTS:
    void init() { QVERIFY(m_fixture.reset()); }
    void cleanup() { m_fixture.release(); }

    void answersWhileTheOwningThreadIsBlocked()
    {
        // rawExchange never returns to this thread's event loop: only a server on a
        // thread of its own can answer.
        const QByteArray answer
            = exchange(m_fixture.port(), "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
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
        QCOMPARE(statusLine(exchange(m_fixture.port(), request)), expectedStatus);
        // Refused requests never reach the CORS logic or the log.
        QCOMPARE(m_fixture.log()->totalCount(), 0u);
        QCOMPARE(m_fixture.statusOfAnOrdinaryRequest(), "HTTP/1.1 200 OK");
    }

    void requestsJustInsideTheLimitsAreAnswered()
    {
        const QByteArray hundredLines
            = "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + headerLines(98) + "\r\n";
        QCOMPARE(statusLine(exchange(m_fixture.port(), hundredLines)), "HTTP/1.1 200 OK");
        const QByteArray body(512 * 1024, 'd');
        const QByteArray post
            = "POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        QCOMPARE(statusLine(exchange(m_fixture.port(), post)), "HTTP/1.1 200 OK");
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
        QCOMPARE(statusLine(exchange(m_fixture.port(), request)), expectedStatus);
        QCOMPARE(m_fixture.log()->totalCount(), 0u);
        QCOMPARE(m_fixture.statusOfAnOrdinaryRequest(), "HTTP/1.1 200 OK");
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
        QCOMPARE(exchange(m_fixture.port(), request, 300), QByteArray());
        QCOMPARE(m_fixture.log()->totalCount(), 0u);
        QCOMPARE(m_fixture.statusOfAnOrdinaryRequest(), "HTTP/1.1 200 OK");
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
        const QByteArray answer = exchange(m_fixture.port(),
                                           "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                           "Origin: "
                                               + origin + "\r\n\r\n");
        QCOMPARE(statusLine(answer), "HTTP/1.1 200 OK");
        QVERIFY2(!answer.toLower().contains("access-control-allow-origin"), answer.constData());
        QCOMPARE(m_fixture.log()->totalCount(), 1u);
        QCOMPARE(m_fixture.log()->entries().constFirst().origin(), origin);
    }

    void keepAliveConnectionsServeManyRequests()
    {
        // The byte counts start again with each request, so a long-lived connection
        // is never refused for what it sent before.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_fixture.port());
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
