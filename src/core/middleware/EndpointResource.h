#pragma once

#include "core/http/ServerResponse.h"

#include <QString>

#include <optional>

// What the API behind the CORS layer serves for a path that names a kind of resource, so that
// <img>, <script>, <link rel=stylesheet> and @font-face get a body they accept and only CORS
// decides whether the page may use it: a 1x1 PNG for .png, a script for .js and .mjs, a
// stylesheet for .css, a one-glyph TrueType font for .ttf, .otf, .woff and .woff2 (browsers
// recognise a font by its bytes, not its name). Other paths get the JSON echo.
namespace EndpointResource {

// The body and Content-Type for the path, or nothing when it names no resource kind.
std::optional<ServerResponse> forPath(const QString &path);

} // namespace EndpointResource
