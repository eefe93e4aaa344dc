#pragma once

#include "core/browser/SimulationResult.h"

#include <QString>

// The simulation as readable text, request and response lines as on the wire, each check
// marked PASS or FAIL with its rule: what `check` prints and what "copy trace" copies.
namespace TraceText {

QString format(const SimulationResult &result);

} // namespace TraceText
