#include "MainWindow.h"
#include "PlaygroundServer.h"
#include "RequestLog.h"

#include <QLabel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleAndServerStatus()
    {
        RequestLog log;
        PlaygroundServer server(&log);
        QVERIFY(server.start());
        MainWindow window(&server);
        QCOMPARE(window.windowTitle(), u"CORS Playground"_s);
        auto *status = window.findChild<QLabel *>(u"serverStatusLabel"_s);
        QVERIFY(status);
        QCOMPARE(status->text(), u"CORS server listening on %1"_s.arg(server.baseUrl().toString()));
        server.stop();
        QCOMPARE(status->text(), u"CORS server stopped"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
