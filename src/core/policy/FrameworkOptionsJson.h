#pragma once

#include "core/policy/DjangoCorsHeadersOptions.h"
#include "core/policy/ExpressCorsOptions.h"
#include "core/policy/FlaskCorsOptions.h"
#include "core/policy/PolicyObjectReader.h"

#include <QJsonObject>

// The policy file's "express", "flask_cors" and "django_cors_headers" objects (a public
// contract): each library's options under its own names, as the user writes them in code.
// Omitted keys keep the library's defaults; null is "not given" where the library has None.
namespace FrameworkOptionsJson {

void read(PolicyObjectReader &reader, ExpressCorsOptions &options);
void read(PolicyObjectReader &reader, FlaskCorsOptions &options);
void read(PolicyObjectReader &reader, DjangoCorsHeadersOptions &options);

QJsonObject toJson(const ExpressCorsOptions &options);
QJsonObject toJson(const FlaskCorsOptions &options);
QJsonObject toJson(const DjangoCorsHeadersOptions &options);

} // namespace FrameworkOptionsJson
