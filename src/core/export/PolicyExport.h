#pragma once

#include "core/policy/CorsPolicy.h"

#include <QString>
#include <QStringList>

// The policy as code a user pastes into a project. `cors-playground export --format F` prints
// it; the formats are a public contract (extend at the end, never reorder or rename).
// A policy whose framework is the format's library exports as exactly that library's
// configuration. Any other pair goes through Starlette's terms (FrameworkConversion): the code
// aims at the same browser-visible result as the playground serving that Starlette policy,
// adding what a framework needs to get there or saying so in a comment; the django format is
// the converted django-cors-headers settings. A comment at the top names what the conversion
// could not carry.
namespace PolicyExport {

enum class Format { FastApi, Flask, Express, Nginx, Headers, Django };

QStringList formatNames();
bool parseFormat(const QString &name, Format *format);
// The framework whose options a format writes as they are; Starlette for the formats that
// only speak Starlette's terms.
CorsPolicy::Framework nativeFramework(Format format);
// The format that writes a framework's options as they are (fastapi for Starlette).
Format formatFor(CorsPolicy::Framework framework);
QString render(const CorsPolicy &policy, Format format);

} // namespace PolicyExport
