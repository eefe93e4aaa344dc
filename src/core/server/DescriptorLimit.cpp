#include "core/server/DescriptorLimit.h"

#include <algorithm>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace DescriptorLimit {

qint64 raiseToHardLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        // An unlimited hard limit cannot be the soft one (macOS refuses more than OPEN_MAX,
        // Linux more than fs.nr_open): ask for a large number instead.
        if (raised.rlim_max == RLIM_INFINITY)
            raised.rlim_cur = std::max<rlim_t>(limit.rlim_cur, 1 << 20);
        else
            raised.rlim_cur = raised.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    if (limit.rlim_cur == RLIM_INFINITY)
        return std::numeric_limits<qint64>::max();
    return qint64(limit.rlim_cur);
#else
    return -1;
#endif
}

int connectionCapacity(const ServerLimits &limits)
{
    const qint64 descriptors = raiseToHardLimit();
    if (descriptors < 0)
        return limits.maxConnections;
    // A descriptor limit so low that the margin would eat it all still leaves half for
    // connections: a lesson needs a few, and running out only pauses accepting a moment.
    const qint64 forConnections
        = std::max(descriptors - limits.descriptorsKeptFree, descriptors / 2);
    return int(std::max<qint64>(1, std::min<qint64>(forConnections, limits.maxConnections)));
}

} // namespace DescriptorLimit
