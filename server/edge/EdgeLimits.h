#pragma once

#include "models/auth/AuthRules.h"

#include <QtGlobal>

namespace mygas::server {

// What the listener allows one client before it gives up on it. The
// defaults hold for a server facing the internet on its own; an operator
// changes them with the serve options of the same names.
struct EdgeLimits
{
    // Connections served at once (--max-connections); beyond it a client is
    // told 503 and closed. Lowered to what the descriptor limit allows.
    int maxConnections = 1000;
    // A TLS handshake, and a request from its first byte to its last, must
    // be done within this time (--request-timeout, seconds).
    int requestTimeoutSec = 20;
    // A kept-alive connection with nothing to do is closed after this time
    // (--idle-timeout, seconds).
    int idleTimeoutSec = 60;
    // The request line and headers together.
    int maxHeadBytes = 16 * 1024;
    // A body over this is refused by its declared length before it is read.
    qint64 maxBodyBytes = rules::kMaxBodyBytes;
    // Upload parts (files::kPartBytes each) read at once across all
    // connections; one more is told 503 and tries again, so that many
    // clients sending large bodies cannot fill the memory.
    int maxLargeBodies = 8;
};

} // namespace mygas::server
