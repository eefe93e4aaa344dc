#pragma once

#include "core/server/ServerLimits.h"

#include <QtGlobal>

// The process's limit on open file descriptors (RLIMIT_NOFILE). Every connection holds one,
// so it bounds how many the server can keep open; many systems start processes with a soft
// limit of 1024 and allow far more. The limit is process-wide state: call these from one
// thread at a time (PlaygroundServer's owner, at start).
namespace DescriptorLimit {

// Raises the soft limit to the hard limit if it is lower (what nginx's worker_rlimit_nofile is
// for), and returns the soft limit in force afterwards; -1 where the system has no such limit.
qint64 raiseToHardLimit();

// How many connections the server may hold: limits.maxConnections, or fewer when the
// descriptor limit less limits.descriptorsKeptFree is lower. Raises the limit first.
int connectionCapacity(const ServerLimits &limits);

} // namespace DescriptorLimit
