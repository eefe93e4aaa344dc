#include "CommandLine.h"
#include "DesktopApplication.h"

int main(int argc, char *argv[])
{
    if (CommandLine::wantsDesktopApp(argc, argv, DesktopApplication::optionsWithValues()))
        return DesktopApplication::run(argc, argv);
    return CommandLine::run(argc, argv);
}
