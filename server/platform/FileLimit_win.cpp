#include "server/platform/FileLimit.h"

namespace mygas::server::platform {

int raiseFileLimit()
{
    // Windows sockets are not counted against a per-process file limit.
    return 65536;
}

} // namespace mygas::server::platform
