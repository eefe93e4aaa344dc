#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

// The command-line entry: `cors-playground [serve ...]`. Commands run without a display;
// with no command the desktop app opens.
namespace CommandLine {

enum ExitCode { Success = 0, Blocked = 1, BadInput = 2 };

// True when the arguments ask for the window rather than a command, --help, --help-all or
// --version. windowOptions are the window's (gui/DesktopApplication, which cli cannot include):
// those that take a value are told from commands by them.
bool wantsDesktopApp(int argc, char *argv[], const QList<QCommandLineOption> &windowOptions);
// --help lists the commands and the window's options.
int run(int argc, char *argv[], const QList<QCommandLineOption> &windowOptions = {});

// Prints "cors-playground COMMAND: MESSAGE" on stderr and returns BadInput.
int badInput(const QString &command, const QString &message);

} // namespace CommandLine
