#pragma once

#include "core/policy/CorsPolicy.h"

#include <QByteArray>
#include <QJsonObject>

// The policy JSON format, a public contract shared by files, the CLI and the exports:
//   {"mode": "middleware", "allow_origins": [...], "allow_origin_regex": "", "allow_methods":
//   [...],
//    "allow_headers": [...], "allow_credentials": false, "expose_headers": [...], "max_age": 600,
//    "manual": {"preflight": {"status": 204, "headers": [[name, value], ...]},
//               "actual": {"status": 200, "headers": [...]}}}
//    "framework": "starlette" (the options above) | "express" | "flask-cors" |
//                 "django-cors-headers",
//    "express": {...}, "flask_cors": {...}, "django_cors_headers": {...}  (FrameworkOptionsJson)
// Missing keys take each library's defaults; unknown keys and wrong types are errors naming the
// key.
namespace PolicyJson {

struct ParseResult
{
    CorsPolicy policy;
    PolicyErrors errors;

    bool ok() const { return errors.isEmpty(); }
};

ParseResult parse(const QByteArray &json);
ParseResult fromJsonObject(const QJsonObject &object);

QJsonObject toJsonObject(const CorsPolicy &policy);
QByteArray serialize(const CorsPolicy &policy);

} // namespace PolicyJson
