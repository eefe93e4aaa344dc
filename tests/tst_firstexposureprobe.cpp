#include "gui/FirstExposureProbe.h"

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>

class TestFirstExposureProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quitsOnceTheWindowIsShown()
    {
        QWidget window;
        window.show();
        new FirstExposureProbe(&window);
        // Without the probe only this fallback would end the loop, with exit code 1.
        QTimer::singleShot(10000, qApp, [] { QCoreApplication::exit(1); });
        QCOMPARE(QApplication::exec(), 0);
    }
};

QTEST_MAIN(TestFirstExposureProbe)
#include "tst_firstexposureprobe.moc"
