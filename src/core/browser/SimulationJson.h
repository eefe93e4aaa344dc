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
// "checks"; "initiator"; "local_network_access": {"page_address_space",
// "server_address_space", "target_address_space" (null unless fetch() set it), "permission"
// (prompt | granted | denied), "page_is_secure_context", "gated", "needed_permission"
// (null | "local-network" | "loopback-network"), "step" (LocalNetworkAccess::stepName)}.
namespace SimulationJson {

QJsonObject toJson(const SimulationResult &result);

} // namespace SimulationJson
