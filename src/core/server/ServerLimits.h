#pragma once

#include <QtGlobal>

// What one client may cost the server. Generous for anything a lesson or a browser sends,
// bounded so that a flood or a broken client cannot exhaust memory or connections.
// Together they cap what clients can make the server hold: connections times request size.
struct ServerLimits
{
    // The request line and header lines up to the blank line; more gets 431.
    qint64 maxHeaderBytes = 64 * 1024;
    // Header lines in one request; more gets 431.
    int maxHeaderLines = 100;
    // One whole request, headers and body; more gets 413.
    qint64 maxRequestBytes = 1024 * 1024;
    // A connection that completes no request for this long (after it opened, or after its
    // last answer) is closed: it frees the slot a stalled client holds.
    int idleTimeoutMilliseconds = 30000;
    // Open connections at once; a client beyond this gets 503 and is closed.
    int maxConnections = 256;
};
