#pragma once

#include <QCommandLineOption>
#include <QList>

// Starts the desktop app: the server, its log and the main window.
namespace DesktopApplication {

int run(int argc, char *argv[]);
// The window's options, for its own parser and for `cors-playground --help`, which runs
// without a display and so without the window.
QList<QCommandLineOption> options();

} // namespace DesktopApplication
