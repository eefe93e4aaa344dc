#pragma once

#include "core/browser/SimulationResult.h"

#include <QJsonObject>

// A simulation as an HTTP Archive (HAR 1.2) that browser developer tools can import: one entry
// per exchange, the preflight first.
namespace HarExport {

QJsonObject toHar(const SimulationResult &result);

} // namespace HarExport
