#!/usr/bin/env bash
# Runs the end-to-end suite on the shipped programs: a private X server
# (Xvfb) with a window manager, its own D-Bus session with the accessibility
# bus and an unlocked keyring, as on a person's desktop.
#   run-e2e.sh BIN_DIR SERVER_BIN [SCRIPT]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export MYGAS_E2E_BIN_DIR=${1:?usage: run-e2e.sh BIN_DIR SERVER_BIN}
export MYGAS_E2E_SERVER=${2:?usage: run-e2e.sh BIN_DIR SERVER_BIN}
script=${3:-$here/test_shipped_app.py}
# Qt announces itself on the accessibility bus as with a screen reader running.
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
export LANG=ru_RU.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=ru
# Chromium's sandbox refuses to run as root.
if [ "$(id -u)" = 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
# Debian's Python, where python3-gi and the AT-SPI bindings are installed.
inner='openbox >/dev/null 2>&1 & exec /usr/bin/python3 -u "$0"'
exec bash "$here/../support/run-gui-test.sh" bash -c "$inner" "$script"
