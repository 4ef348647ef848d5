#!/usr/bin/env bash
# Builds the .deb (and the .tar.gz) with cpack into a temporary folder, checks its metadata and dependencies,
# extracts it into a throw-away root and runs the packaged binary from there.
# Usage: deb_install_and_run.sh <build dir> <expected version> <app id>
set -euo pipefail
build_dir="$1" version="$2" app_id="$3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" > "$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
debs=("$work"/out/*.deb)
[[ ${#debs[@]} -eq 1 && -f "${debs[0]}" ]] || fail "expected exactly one .deb, got: ${debs[*]}"
deb="${debs[0]}"
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# Debian policy (copyright, changelog, manual page, description, file layout), errors and warnings.
lintian --fail-on error,warning --tag-display-limit 0 "$deb" 2> >(grep -v "root privileges" >&2) \
  || fail "lintian found problems (above)"

[[ "$(dpkg-deb -f "$deb" Package)" == prospector ]] || fail "package name"
[[ "$(dpkg-deb -f "$deb" Version)" == "$version" ]] || fail "version $(dpkg-deb -f "$deb" Version) != $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# From dpkg-shlibdeps (shared libraries) and from the explicit list (QML modules, plugins).
for pkg in libc6 libqt6core6 libqt6gui6 libqt6qml6 libqt6quick6 libqt6sql6 libqt6keychain1 libspdlog \
           qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qt-labs-settings \
           libqt6sql6-sqlite qt6-qpa-plugins; do
  grep -qE "(^|[ ,|])$pkg[^ ,]*( |,|$)" <<<"$depends" || fail "Depends lacks $pkg"
done

# Every dependency must be satisfiable by this Debian's packages: each clause needs one
# alternative that is installed here in a matching version (CI has the runtime installed).
provided=$(dpkg-query -W -f='${Status}|${Provides}\n' | awk -F'|' '$1 == "install ok installed" {print $2}' \
           | tr ',' '\n' | awk '{print $1}')
IFS=',' read -ra clauses <<<"$depends"
for clause in "${clauses[@]}"; do
  satisfied=no
  IFS='|' read -ra alternatives <<<"$clause"
  for alt in "${alternatives[@]}"; do
    name=$(awk '{print $1}' <<<"$alt")
    installed=$(dpkg-query -W -f='${Status} ${Version}' "$name" 2>/dev/null || true)
    if [[ "$installed" != "install ok installed "* ]]; then
      # A virtual package (e.g. libspdlog1.10-fmt9) is satisfied by an installed provider.
      if [[ "$alt" != *"("* ]] && grep -qxF "$name" <<<"$provided"; then satisfied=yes; break; fi
      continue
    fi
    if [[ "$alt" =~ \(([<>=]+)\ *([^\)]+)\) ]]; then
      op="${BASH_REMATCH[1]}" want="${BASH_REMATCH[2]}"
      case "$op" in ">=") op=ge ;; "<=") op=le ;; "=") op=eq ;; ">>") op=gt ;; "<<") op=lt ;; esac
      dpkg --compare-versions "${installed##* }" "$op" "$want" || continue
    fi
    satisfied=yes
    break
  done
  [[ $satisfied == yes ]] || fail "dependency not satisfiable here: $clause"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/prospector \
            "usr/share/applications/$app_id.desktop" \
            "usr/share/metainfo/$app_id.metainfo.xml" \
            "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
            "usr/share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
            "usr/share/icons/hicolor/scalable/status/$app_id-tray-attention.svg" \
            "usr/share/icons/hicolor/symbolic/status/$app_id-tray-idle-symbolic.svg" \
            usr/share/doc/prospector/copyright usr/share/doc/prospector/changelog.gz \
            usr/share/man/man1/prospector.1.gz; do
  [[ -f "$root/$file" ]] || fail "package lacks /$file"
done
for size in 16 22 24 32 48 64 128 256 512; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  [[ -f "$png" ]] || fail "package lacks the ${size}px icon"
  # The PNG header holds width and height (big-endian) at bytes 16..23.
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
  [[ "$dims" == "${size}x${size}" ]] || fail "${size}px icon is $dims"
done
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
# Stripped, so the package does not ship debug info.
if readelf -S "$root/usr/bin/prospector" | grep -q '\.debug_info'; then fail "binary is not stripped"; fi

# The packaged binary runs against the system's Qt (no LD_LIBRARY_PATH: the .deb brings no libs).
output=$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/prospector" --version 2>&1) \
  || fail "prospector --version exited with $?: $output"
echo "prospector --version: $output"
grep -qF "$version" <<<"$output" || fail "version output lacks $version"

# A command through the packaged binary with a fresh data dir: the database is created and opened.
data="$work/data"
env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/prospector" --data-dir "$data" list > "$work/list.out" 2>&1 \
  || { cat "$work/list.out" >&2; fail "prospector list failed"; }
[[ -s "$data/prospector.db" ]] || fail "no database created in $data"
# The tarball carries the same tree (relocatable prefix), for distributions without dpkg.
cpack --config "$build_dir/CPackConfig.cmake" -G TGZ -B "$work/tgz" > "$work/cpack-tgz.log" 2>&1 \
  || { cat "$work/cpack-tgz.log" >&2; fail "cpack -G TGZ failed"; }
tgz=$(ls "$work"/tgz/*.tar.gz)
listing=$(tar -tzf "$tgz")
for file in bin/prospector "share/applications/$app_id.desktop" "share/icons/hicolor/256x256/apps/$app_id.png"; do
  grep -qE "^[^/]+/$file\$" <<<"$listing" || fail "$(basename "$tgz") lacks $file"
done
echo "packages OK"
