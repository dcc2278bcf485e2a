#pragma once

namespace mygas::server::platform {

// Raises the limit of open files to what the system allows this process
// (connections are files on Unix) and returns the limit now in force.
int raiseFileLimit();

} // namespace mygas::server::platform
