#pragma once

#include "core/policy/CorsPolicy.h"

#include <QString>

// The header lines the playground sends, for any server: the manual responses in manual mode,
// Starlette's answers otherwise.
namespace HeaderLinesExport {

QString render(const CorsPolicy &policy);

} // namespace HeaderLinesExport
