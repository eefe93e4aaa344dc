#pragma once

#include "core/policy/MiddlewareOptions.h"

#include <QStringList>

// What Starlette's options mean, spelled out for the exports that must make another framework
// answer the same way (a wildcard expanded, the headers it allows without being told).
namespace StarletteTerms {

// "*" expanded to every method Starlette names.
QStringList methods(const MiddlewareOptions &options);
// Starlette always allows the four safelisted request headers; frameworks that check the list
// must hear about them.
QStringList headersWithSafelisted(const MiddlewareOptions &options);
bool allowsAllOrigins(const MiddlewareOptions &options);

} // namespace StarletteTerms
