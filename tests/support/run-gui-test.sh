#!/usr/bin/env bash
# Runs a GUI test under Xvfb, inside its own D-Bus session with an unlocked
# gnome-keyring (a Secret Service backend for QtKeychain), as on a desktop.
set -euo pipefail
inner='printf "mygas-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true; exec "$@"'
exec xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- bash -c "$inner" _ "$@"
