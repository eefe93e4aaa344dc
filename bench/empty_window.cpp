// The references for the start-up benchmark: an empty Qt Widgets window of the same size as
// CORS Playground's (or, with --label, one with a line of text), timed by the same probe
// (bench/startup.py).
#include "gui/FirstExposureProbe.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Empty window"));
    window.resize(1280, 800);
    // With --label, one line of text: the floor of any window that shows words, which makes Qt
    // load its font database before the first paint.
    if (QApplication::arguments().contains(QStringLiteral("--label")))
        (new QVBoxLayout(&window))->addWidget(new QLabel(QStringLiteral("One line of text.")));
    window.show();
    // Without arguments it quits once shown; with --stay it stays for memory readings.
    if (!QApplication::arguments().contains(QStringLiteral("--stay")))
        new FirstExposureProbe(&window);
    return QApplication::exec();
}
