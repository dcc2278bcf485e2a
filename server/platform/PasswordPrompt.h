#pragma once

#include <QString>

namespace mygas::server::platform {

// Reads one line from standard input; at a terminal it asks with `prompt`
// and does not echo what is typed.
QString readPassword(const char* prompt);

} // namespace mygas::server::platform
