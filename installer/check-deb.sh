#!/usr/bin/env bash
# Builds the .deb in BUILD_DIR and checks it: control fields, the files it
# carries, and that the unpacked mygas-server runs.
#   installer/check-deb.sh BUILD_DIR
set -euo pipefail

build_dir=${1:?usage: check-deb.sh BUILD_DIR}
build_dir=$(cd "$build_dir" && pwd)
fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }

for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (.ci/install-deps)"
done
[ -f "$build_dir/CPackConfig.cmake" ] || fail "$build_dir is not a configured build directory"

work=$(mktemp -d "${TMPDIR:-/tmp}/mygas-check-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "check-deb: cpack -G DEB in $build_dir"
rm -f "$build_dir"/packages/mygas_*.deb
(cd "$build_dir" && timeout 600 cpack -G DEB) >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
shopt -s nullglob
debs=("$build_dir"/packages/mygas_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one mygas_*.deb in $build_dir/packages, found ${#debs[@]}"
deb=${debs[0]}
echo "check-deb: $deb ($(du -h "$deb" | cut -f1))"

dpkg-deb -I "$deb" >"$work/info.txt"
dpkg-deb -c "$deb" >"$work/contents.txt"
sed 's/^/  /' "$work/info.txt"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = mygas ] || fail "Package is not mygas"
version=$(sed -n 's/^project(mygas VERSION \([0-9.]*\).*/\1/p' "$(dirname "$0")/../CMakeLists.txt")
[ -n "$version" ] || fail "cannot read the project version from CMakeLists.txt"
[ "$(field Version)" = "$version" ] || fail "Version $(field Version) is not the project version $version"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Section)" ] || fail "no Section"
grep -q 'Мой газ' <(field Description) || fail "the Description has no Russian text"
grep -q 'desktop client' <(field Description) || fail "the Description has no English text"
# SHLIBDEPS: the Qt libraries the binaries link must appear as dependencies.
depends=$(field Depends)
echo "$depends" | grep -q 'libqt6core6' || fail "Depends lacks libqt6core6 (is SHLIBDEPS on?): $depends"
echo "$depends" | grep -q 'libqt6sql6-sqlite' || fail "Depends lacks libqt6sql6-sqlite: $depends"
# The receipt's preview and printing (plugin mygas_documents).
echo "$depends" | grep -q 'libqt6pdfwidgets6' || fail "Depends lacks libqt6pdfwidgets6: $depends"
# The bank's payment page (the helper program mygas-bankpage).
echo "$depends" | grep -q 'libqt6webenginewidgets6' || fail "Depends lacks libqt6webenginewidgets6: $depends"
# Qt's own dialogs and menus in Russian.
echo "$depends" | grep -q 'qt6-translations-l10n' || fail "Depends lacks qt6-translations-l10n: $depends"

need() { grep -qE "[ ]\./$1\$" "$work/contents.txt" || fail "the package lacks /$1"; echo "check-deb: has /$1"; }
need usr/bin/mygas
need usr/bin/mygas-server
need usr/lib/mygas/mygas_charts.so
need usr/lib/mygas/mygas_documents.so
need usr/lib/mygas/mygas-bankpage
need usr/share/applications/mygas.desktop
need usr/share/icons/hicolor/scalable/apps/mygas.svg
need usr/share/doc/mygas/operator.md
need usr/share/doc/mygas/openapi.yaml
need usr/share/doc/mygas/payments.md

root="$work/root"
dpkg -x "$deb" "$root"
[ -x "$root/usr/bin/mygas" ] || fail "/usr/bin/mygas is not executable"
grep -q '^Exec=mygas' "$root/usr/share/applications/mygas.desktop" || fail "the desktop file does not start mygas"
grep -q '^Icon=mygas$' "$root/usr/share/applications/mygas.desktop" || fail "the desktop file does not name the mygas icon"
grep -q '<svg' "$root/usr/share/icons/hicolor/scalable/apps/mygas.svg" || fail "the icon is not an SVG"

# Chromium stays out of the app: only the bank page's program links it.
if readelf -d "$root/usr/bin/mygas" | grep -q 'libQt6WebEngine'; then fail "mygas links Qt WebEngine"; fi
readelf -d "$root/usr/lib/mygas/mygas-bankpage" | grep -q 'libQt6WebEngineWidgets' ||
  fail "mygas-bankpage does not link Qt WebEngine"

out=$(timeout 30 "$root/usr/bin/mygas-server" --version 2>&1) || fail "the installed mygas-server --version failed: $out"
echo "check-deb: installed mygas-server --version: $out"
echo "$out" | grep -qF "$version" || fail "mygas-server --version does not print $version"

echo "check-deb: OK"
