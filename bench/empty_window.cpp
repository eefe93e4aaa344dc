// The reference for the start-up benchmark: an empty Qt Widgets window of the same size as
// CORS Playground's, timed by the same probe (bench/startup.py).
#include "gui/FirstExposureProbe.h"

#include <QApplication>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Empty window"));
    window.resize(1280, 800);
    window.show();
    // Without arguments it quits once shown; with --stay it stays for memory readings.
    if (!QApplication::arguments().contains(QStringLiteral("--stay")))
        new FirstExposureProbe(&window);
    return QApplication::exec();
}
