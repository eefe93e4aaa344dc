#pragma once

#include <QStringList>

// Starts the desktop app: the server, its log and the main window.
namespace DesktopApplication {

int run(int argc, char *argv[]);
// The app's own options that take a value, so the command line can tell them from commands.
QStringList optionsWithValues();

} // namespace DesktopApplication
