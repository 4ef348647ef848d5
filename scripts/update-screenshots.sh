#!/usr/bin/env bash
# Regenerates the user guide's screenshots (resources/screenshots/<page>.png) from the real QML
# module: builds the tests, runs only tests/qml/tst_userguide.qml under a virtual display, then
# tests/integration/tst_heroshot (the real app in sandbox mode after the sample pipeline, for the
# README's main-window.png), and copies what they grabbed.
# Run it after changing a page and commit the pictures with the change.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
prospector_install_deps --with-test
prospector_build build-tests -DPROSPECTOR_BUILD_TESTS=ON -DPROSPECTOR_WERROR=ON ${PROSPECTOR_CMAKE_ARGS:-}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$PWD
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QUICK_BACKEND=software LIBGL_ALWAYS_SOFTWARE=1 LC_ALL=C.UTF-8 LANGUAGE=
(cd "$work" && xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- \
   "$root/build-tests/tests/qml/tst_qml" -input "$root/tests/qml/tst_userguide.qml")
(cd "$work" && xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- \
   "$root/build-tests/tests/integration/tst_heroshot")
cp "$work/main-window.png" resources/screenshots/main-window.png
cp "$work/prospects.png" resources/screenshots/pipeline-prospects.png
echo resources/screenshots/main-window.png resources/screenshots/pipeline-prospects.png

mkdir -p resources/screenshots
for shot in "$work"/userguide-*.png; do
  name=$(basename "$shot"); name=${name#userguide-}
  cp "$shot" "resources/screenshots/$name"
  echo "resources/screenshots/$name"
done
