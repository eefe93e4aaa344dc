#include "core/classroom/DemoPageServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// Which port the demo page listens on, without a browser (tst_demopageserver runs the page in
// one). Never assumes that the default port, 8001, is free here: it asks for ports it made
// busy itself or found free.
class TestDemoPagePort : public QObject
{
    Q_OBJECT

private:
    static bool accepts(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(5000);
    }

    // A port nothing listens on: the system's pick, released again.
    static quint16 freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

private Q_SLOTS:
    void defaultsToTheFixedPort() { QCOMPARE(DemoPageServer::DefaultPort, quint16(8001)); }

    void listensOnThePortAskedFor()
    {
        const quint16 port = freePort();
        QVERIFY(port != 0);
        DemoPageServer demo;
        QString error;
        QVERIFY2(demo.start(port, &error), qPrintable(error));
        QCOMPARE(demo.port(), port);
        QVERIFY(!demo.fellBack());
        QCOMPARE(demo.origin(), QStringLiteral("http://localhost:%1").arg(port));
        QVERIFY(accepts(port));
    }

    void fallsBackToAFreePortWhenBusy()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        DemoPageServer demo;
        QString error;
        QVERIFY2(demo.start(occupant.serverPort(), &error), qPrintable(error));
        QVERIFY(demo.fellBack());
        QCOMPARE(demo.requestedPort(), occupant.serverPort());
        QVERIFY(!demo.fallbackReason().isEmpty());
        QVERIFY(demo.port() != 0);
        QVERIFY(demo.port() != occupant.serverPort());
        QCOMPARE(demo.origin(), QStringLiteral("http://localhost:%1").arg(demo.port()));
        QVERIFY(accepts(demo.port()));
    }

    void zeroMeansAnyFreePort()
    {
        DemoPageServer demo;
        QVERIFY(demo.start(0));
        QVERIFY(demo.port() != 0);
        QVERIFY(!demo.fellBack());
    }
};

QTEST_GUILESS_MAIN(TestDemoPagePort)
#include "tst_demopageport.moc"
