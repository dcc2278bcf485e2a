#pragma once

#include <QStringList>

namespace mygas::server {

// `mygas-server pin-requests [--db URL] [--approve ID | --reject ID]`: lists
// the pending PIN requests, or approves or rejects one. Arguments without
// the command word; returns the process exit code.
int runPinRequests(const QStringList& args);

} // namespace mygas::server
