#pragma once

#include "core/policy/DjangoCorsHeadersOptions.h"
#include "core/policy/ExpressCorsOptions.h"
#include "core/policy/FlaskCorsOptions.h"
#include "core/policy/PolicyError.h"

// The rules each framework's options must obey, each broken one named by its JSON field
// ("express.origin[1]"): what the library itself refuses (Flask-CORS's ValueError,
// django-cors-headers' system checks, with their ids) and what the server could not send.
namespace FrameworkValidation {

void check(const ExpressCorsOptions &options, PolicyErrors &errors);
void check(const FlaskCorsOptions &options, PolicyErrors &errors);
void check(const DjangoCorsHeadersOptions &options, PolicyErrors &errors);

} // namespace FrameworkValidation
