#pragma once

#include <QtGlobal>

// What clients may cost the server. Generous for anything a lesson or a browser sends,
// bounded so that a flood or a broken client cannot exhaust memory or descriptors. Like
// nginx, a full server makes room by closing the connections idle longest rather than
// refusing newcomers: a few thousand stalled clients cannot lock out a real one.
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
    // Open connections at once, across all server threads; fewer if the descriptor limit is
    // lower (see descriptorsKeptFree). When reached, the connection idle or incomplete longest
    // is closed for the newcomer; a newcomer gets 503 only if every connection is being
    // answered.
    int maxConnections = 10000;
    // Descriptors left for everything else the process opens (files, upstream connections in
    // proxy mode, the window): connections take at most RLIMIT_NOFILE less these.
    int descriptorsKeptFree = 256;
    // Bytes of incomplete requests held across all connections at once. Beyond it the
    // connections idle or incomplete longest are closed, so memory stays bounded where
    // maxConnections times maxRequestBytes would not.
    qint64 maxBufferedBytes = 64 * 1024 * 1024;
};
