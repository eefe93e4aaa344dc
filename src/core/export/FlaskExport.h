#pragma once

#include "core/policy/FlaskCorsOptions.h"
#include "core/policy/MiddlewareOptions.h"

#include <QString>

// A Flask app with Flask-CORS (3.0.x, Debian 12's), run with `flask --app main run`.
namespace FlaskExport {

// Starlette's options, with the hooks Flask-CORS needs to answer as Starlette does.
QString fromStarlette(const MiddlewareOptions &options);
// Flask-CORS's own options as the user wrote them, and nothing added.
QString native(const FlaskCorsOptions &options);

} // namespace FlaskExport
