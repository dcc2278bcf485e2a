#!/usr/bin/env bash
# Runs a GUI test under Xvfb, inside its own D-Bus session with an unlocked
# gnome-keyring (a Secret Service backend for QtKeychain), as on a desktop.
# MYGAS_TEST_SCREEN sets the screen (default 1280x1024x24).
# Each run gets private keyring and runtime folders: two keyring daemons
# sharing one keyring file would overwrite each other's entries.
set -euo pipefail
private=$(mktemp -d "${TMPDIR:-/tmp}/mygas-gui-test.XXXXXX")
trap 'rm -rf "$private"' EXIT
mkdir -p "$private/data" "$private/runtime"
chmod 700 "$private/runtime"
export XDG_DATA_HOME="$private/data" XDG_RUNTIME_DIR="$private/runtime"
inner='printf "mygas-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true; exec "$@"'
xvfb-run -a -s "-screen 0 ${MYGAS_TEST_SCREEN:-1280x1024x24}" dbus-run-session -- bash -c "$inner" _ "$@"
