#pragma once

#include "core/http/CorsOutcome.h"

#include <QString>

// The words for a CorsOutcome, made here once for every place that shows the request log (the
// log view, its tooltips, `serve`'s lines). Translated: call it on the thread that shows them.
namespace CorsOutcomeText {

QString describe(const CorsOutcome &outcome);
} // namespace CorsOutcomeText
