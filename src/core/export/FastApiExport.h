#pragma once

#include "core/policy/MiddlewareOptions.h"

#include <QString>

// A FastAPI app with Starlette's CORSMiddleware: the playground's own options, word for word.
namespace FastApiExport {

QString render(const MiddlewareOptions &options);

} // namespace FastApiExport
