#pragma once

namespace mygas::server::platform {

// Quits the application's event loop on SIGTERM/SIGINT (Unix) or a console
// close/Ctrl+C (Windows), so the server shuts down cleanly.
void installShutdownHandler();

} // namespace mygas::server::platform
