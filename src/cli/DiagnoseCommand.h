#pragma once

#include <QStringList>

// `cors-playground diagnose [--json] [--framework F] MESSAGE` (a public contract; `-` reads
// standard input): reads the console errors in MESSAGE and prints, for each, the failed check,
// why, the fix as code for framework F (an export format, fastapi by default) and a
// reproduction. Exit 0 when something was diagnosed, 2 when the text has no CORS error.
namespace DiagnoseCommand {

int run(const QStringList &arguments);

} // namespace DiagnoseCommand
