#include "server/platform/FileLimit.h"

#include <sys/resource.h>

#include <algorithm>

namespace mygas::server::platform {

int raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    // More than this many clients is a job for several processes.
    constexpr rlim_t kEnough = 65536;
    const rlim_t wanted = std::min(limit.rlim_max, kEnough);
    if (limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = wanted;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return int(std::min(limit.rlim_cur, kEnough));
}

} // namespace mygas::server::platform
