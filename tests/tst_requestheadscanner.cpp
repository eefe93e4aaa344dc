#include "core/server/RequestHeadScanner.h"

#include <QTest>

class TestRequestHeadScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsWellFormedHeads_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("CRLF") << QByteArray(
            "GET / HTTP/1.1\r\nHost: x\r\nOrigin: https://a.example\r\n\r\n");
        QTest::newRow("bare LF") << QByteArray("OPTIONS /api HTTP/1.1\nHost: x\n\n");
        QTest::newRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n");
        QTest::newRow("blank lines first")
            << QByteArray("\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QTest::newRow("tab and obs-text in a value")
            << QByteArray("GET / HTTP/1.1\r\nX-A: one\ttwo \xe9\r\n\r\n");
        QTest::newRow("empty value") << QByteArray("GET / HTTP/1.1\r\nX-Empty:\r\n\r\n");
    }

    void acceptsWellFormedHeads()
    {
        QFETCH(QByteArray, head);
        RequestHeadScanner scanner;
        QCOMPARE(scanner.feed(QByteArray(head + "BODY")), head.size());
        QVERIFY(scanner.isComplete());
        QVERIFY(!scanner.isRefused());
    }

    void findsTheEndAcrossAnySplit()
    {
        const QByteArray head = "PUT /x HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n";
        for (qsizetype split = 0; split <= head.size(); ++split) {
            RequestHeadScanner scanner;
            scanner.feed(head.left(split));
            QCOMPARE(scanner.isComplete(), split == head.size());
            scanner.feed(head.mid(split));
            QVERIFY(scanner.isComplete());
            QCOMPARE(scanner.headBytes(), head.size());
        }
    }

    void refusesWithTheRightStatus_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("method with comma") << QByteArray("GE,T / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("control byte in target") << QByteArray("GET /\x7f HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n") << 400;
        QTest::newRow("empty name") << QByteArray("GET / HTTP/1.1\r\n: x\r\n\r\n") << 400;
        QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n\tc\r\n\r\n") << 400;
        QTest::newRow("content length with letters")
            << QByteArray("POST / HTTP/1.1\r\ncontent-length: 1e3\r\n\r\n") << 400;
        QTest::newRow("too many lines")
            << QByteArray("GET / HTTP/1.1\r\n") + QByteArray("A: b\r\n").repeated(101) + "\r\n"
            << 431;
        QTest::newRow("too many bytes") << "GET /" + QByteArray(70 * 1024, 'a')
                + " HTTP/1.1\r\n\r\n" << 431;
    }

    void refusesWithTheRightStatus()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        RequestHeadScanner scanner;
        scanner.feed(head);
        QVERIFY(scanner.isRefused());
        QCOMPARE(scanner.refusal().status, status);
        QVERIFY(!scanner.refusal().explanation.isEmpty());
    }

    void stopsReadingAtTheLimit()
    {
        ServerLimits limits;
        limits.maxHeaderBytes = 100;
        RequestHeadScanner scanner(limits);
        QCOMPARE(scanner.feed(QByteArray(10000, 'a')), 101);
        QCOMPARE(scanner.refusal().status, 431);
    }

    void keepsTheMethodAsSent()
    {
        const QByteArray head = "patch /x HTTP/1.1\r\nHost: x\r\n\r\n";
        for (qsizetype split = 0; split <= head.size(); ++split) {
            RequestHeadScanner scanner;
            scanner.feed(head.left(split));
            scanner.feed(head.mid(split));
            QCOMPARE(scanner.method(), QByteArray("patch"));
        }
        RequestHeadScanner scanner;
        scanner.feed("PROPFIND / HTTP/1.1\r\n\r\n");
        QCOMPARE(scanner.method(), QByteArray("PROPFIND"));
        scanner.reset();
        QVERIFY(scanner.method().isEmpty());
    }

    void resetStartsTheNextRequest()
    {
        RequestHeadScanner scanner;
        scanner.feed("GET / HTTP/1.1\r\n\r\n");
        QVERIFY(scanner.isComplete());
        scanner.reset();
        QVERIFY(!scanner.isComplete());
        QCOMPARE(scanner.headBytes(), 0);
        scanner.feed("GARBAGE\r\n");
        QCOMPARE(scanner.refusal().status, 400);
    }
};

QTEST_GUILESS_MAIN(TestRequestHeadScanner)
#include "tst_requestheadscanner.moc"
