#include "cli/CommandLine.h"
#include "gui/DesktopApplication.h"

int main(int argc, char *argv[])
{
    const QList<QCommandLineOption> windowOptions = DesktopApplication::options();
    if (CommandLine::wantsDesktopApp(argc, argv, windowOptions))
        return DesktopApplication::run(argc, argv);
    return CommandLine::run(argc, argv, windowOptions);
}
