#pragma once

// Starts the desktop app: the server, its log and the main window.
namespace DesktopApplication {

int run(int argc, char *argv[]);

} // namespace DesktopApplication
