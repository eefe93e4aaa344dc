#pragma once

#include "core/diagnose/ConsoleError.h"

#include <QList>
#include <QString>

// Reads what a developer copies from a browser's console: Chromium's "Access to <initiator> at
// ..." messages for every initiator, with or without the preflight prefix and the redirect
// part; Firefox's "Cross-Origin Request Blocked: ..." with or without its status code; and
// the lines that hide the cause (TypeError: Failed to fetch, AxiosError: Network Error). It
// skips the noise around them (DevTools' "file:line" prefix, "GET <url> net::ERR_FAILED 200
// (OK)", "Failed to load resource", stack frames) and joins wrapped lines.
//
// The messages are recognised from the words the simulator itself prints (CorsMessages), so
// every CORS message the simulator can give is read back to the failure that made it. A
// TypeError that fetch() throws before sending ("Failed to execute 'fetch' ...") is not read.
namespace ConsolePaste {

// Every CORS error in the paste, in order. A line that hides the cause is reported only when
// the paste has no CORS message that says it.
QList<ConsoleError> read(const QString &paste);

} // namespace ConsolePaste
