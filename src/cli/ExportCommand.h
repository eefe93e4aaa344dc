#pragma once

#include <QStringList>

// `cors-playground export [--policy FILE] --format fastapi|flask|express|nginx|headers`: prints
// the policy as code for a project. Exit 0, or 2 on bad input.
namespace ExportCommand {

int run(const QStringList &arguments);

} // namespace ExportCommand
