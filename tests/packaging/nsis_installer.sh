#!/usr/bin/env bash
# Compiles the Windows installer script with makensis (CPack's NSIS generator runs on Linux too):
# the NSIS settings, icons, Start-menu entry and the "Open with" registry commands must be valid
# NSIS, even though the payload here is the Linux build.
# Usage: nsis_installer.sh <build dir>
set -euo pipefail
build_dir="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build_dir/CPackConfig.cmake" -G NSIS -B "$work/out" > "$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log" >&2; fail "cpack -G NSIS failed"; }
installer=$(ls "$work"/out/*.exe)
[[ "$(head -c2 "$installer")" == MZ ]] || fail "$installer is not a Windows executable"
script=$(find "$work/out/_CPack_Packages" -name project.nsi)
for expected in 'MUI_ICON ".*prospector.ico"' 'CreateShortCut .*Prospector.lnk" "\$INSTDIR\\bin\\prospector.exe"' \
                'OpenWithList\\prospector.exe' 'SupportedTypes" ".csv"'; do
  grep -qE "$expected" "$script" || fail "installer script lacks: $expected"
done
echo "NSIS installer OK: $(basename "$installer")"
