#pragma once

#include <QStringList>

// `cors-playground serve [--policy FILE] [--port N] [--bind ADDR] [--quiet]`: the embedded
// server without a window. Its first stdout line is exactly "listening on http://ADDR:PORT".
namespace ServeCommand {

int run(const QStringList &arguments);

} // namespace ServeCommand
