#pragma once

#include "core/browser/SimulationResult.h"

#include <QJsonObject>

// The `check --json` object, a public contract:
//   {"url", "origin", "preflight": null | {"reason", "from_cache", "request", "response"},
//    "actual": null | {"request", "response"}, "verdict": "allowed" | "blocked",
//    "error": null | {"kind", "message", "firefox"}, "explanation", "exposed_headers",
//    "response_type"}
// with requests as {"method", "headers": [[name, value], ...]} and responses as
// {"status", "headers": [...]}. Extensions: "redirects", "notes", and per exchange "url" and
// "checks".
namespace SimulationJson {

QJsonObject toJson(const SimulationResult &result);

} // namespace SimulationJson
