#include "core/http/HttpResponseParser.h"

#include <QTest>

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsDuplicateLinesAndCase()
    {
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 200 OK\r\naccess-control-allow-origin: *\r\n"
                    "Access-Control-Allow-Origin:  http://a.test \r\nContent-Length: 2\r\n\r\nhi");
        QVERIFY(parser.isComplete());
        const RawHttpResponse &response = parser.response();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.reasonPhrase, QByteArray("OK"));
        QCOMPARE(response.headers.lines().at(0),
                 (HeaderLines::Line{"access-control-allow-origin", "*"}));
        QCOMPARE(response.headers.lines().at(1).second, QByteArray("http://a.test"));
        QCOMPARE(response.body, QByteArray("hi"));
    }

    void acceptsBytesOneAtATime()
    {
        const QByteArray bytes = "HTTP/1.1 404 Not Found\r\nContent-Length: 3\r\n\r\nabc";
        HttpResponseParser parser;
        for (const char byte : bytes) {
            QVERIFY(!parser.isComplete());
            parser.feed(QByteArray(1, byte));
        }
        QVERIFY(parser.isComplete());
        QCOMPARE(parser.response().body, QByteArray("abc"));
    }

    void decodesChunkedBodies()
    {
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n");
        QVERIFY(parser.isComplete());
        QCOMPARE(parser.response().body, QByteArray("abcde"));
    }

    void bodyUntilClose()
    {
        HttpResponseParser parser;
        parser.feed("HTTP/1.0 200 OK\r\n\r\npart");
        QVERIFY(!parser.isComplete());
        parser.finishOnClose();
        QVERIFY(parser.isComplete());
        QCOMPARE(parser.response().body, QByteArray("part"));
    }

    void noBodyForHeadOrNoContent()
    {
        HttpResponseParser head(true);
        head.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n");
        QVERIFY(head.isComplete());
        HttpResponseParser noContent;
        noContent.feed("HTTP/1.1 204 No Content\r\nX: 1\r\n\r\n");
        QVERIFY(noContent.isComplete());
    }

    void emptyReasonPhraseIsFine()
    {
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 299 \r\nContent-Length: 0\r\n\r\n");
        QVERIFY(parser.isComplete());
        QCOMPARE(parser.response().status, 299);
    }

    void rejectsWhatIsNotHttp_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("garbage") << QByteArray("SSH-2.0-OpenSSH\r\n")
                                 << QStringLiteral("not an HTTP response: \"SSH-2.0-OpenSSH\"");
        QTest::newRow("header without colon")
            << QByteArray("HTTP/1.1 200 OK\r\nbroken\r\n")
            << QStringLiteral("malformed header line: \"broken\"");
        QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n")
                                    << QStringLiteral("invalid Content-Length");
        QTest::newRow("huge headers")
            << (QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(300 * 1024, 'a'))
            << QStringLiteral("the response headers are larger than 262144 bytes");
    }

    void rejectsWhatIsNotHttp()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        HttpResponseParser parser;
        parser.feed(bytes);
        QVERIFY(parser.hasFailed());
        QCOMPARE(parser.errorString(), error);
    }

    void truncatedResponseFailsOnClose()
    {
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
        parser.finishOnClose();
        QVERIFY(parser.hasFailed());
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
