#pragma once

#include "core/browser/FetchRequest.h"

#include <QString>

// The composed request as code to paste elsewhere: a curl command line (with the preflight
// the browser would send first, when it needs one) and the page's fetch() call.
namespace RequestSnippets {

QString curl(const FetchRequest &request);
QString fetchCall(const FetchRequest &request);

} // namespace RequestSnippets
