#pragma once

#include "core/policy/ExpressCorsOptions.h"
#include "core/policy/MiddlewareOptions.h"

#include <QString>

// An Express app with npm's cors, run with `node main.js`. It runs on Express 5 and 4 alike:
// no path strings such as '*', which path-to-regexp 8 (Express 5) refuses.
namespace ExpressExport {

// Starlette's options, with the middleware cors needs to answer as Starlette does.
QString fromStarlette(const MiddlewareOptions &options);
// cors's own options as the user wrote them, and nothing added.
QString native(const ExpressCorsOptions &options);

} // namespace ExpressExport
