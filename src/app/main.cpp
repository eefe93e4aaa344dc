#include "cli/CommandLine.h"
#include "gui/DesktopApplication.h"

int main(int argc, char *argv[])
{
    if (CommandLine::wantsDesktopApp(argc, argv, DesktopApplication::optionsWithValues()))
        return DesktopApplication::run(argc, argv);
    return CommandLine::run(argc, argv);
}
