#pragma once

#include "core/policy/MiddlewareOptions.h"

#include <QString>

// An nginx http { } block that answers as Starlette's CORSMiddleware does.
namespace NginxExport {

QString render(const MiddlewareOptions &options);

} // namespace NginxExport
