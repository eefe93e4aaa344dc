#pragma once

#include <QStringList>

// The command-line entry: `cors-playground [serve ...]`. Commands run without a display;
// with no command the desktop app opens.
namespace CommandLine {

enum ExitCode { Success = 0, Blocked = 1, BadInput = 2 };

// True when the arguments ask for the window rather than a command, --help or --version.
// optionsWithValues are the app's own options that take a value (--policy FILE, ...).
bool wantsDesktopApp(int argc, char *argv[], const QStringList &optionsWithValues);
int run(int argc, char *argv[]);

// Prints "cors-playground COMMAND: MESSAGE" on stderr and returns BadInput.
int badInput(const QString &command, const QString &message);

} // namespace CommandLine
