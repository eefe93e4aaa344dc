#pragma once

#include <QStringList>

// `cors-playground check`: runs the browser simulator once and prints the trace (or, with
// --json, the public JSON object). Exit 0 allowed, 1 blocked, 2 bad input.
namespace CheckCommand {

int run(const QStringList &arguments);

} // namespace CheckCommand
