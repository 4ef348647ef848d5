#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test under a virtual
# display (Xvfb) and a private D-Bus session with an unlocked gnome-keyring, so the UI, the
# keychain and the tray run for real. Extra arguments go to ctest (e.g. -R tst_cli).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
prospector_install_deps --with-test
# PROSPECTOR_BUILD_DIR picks another build folder (the sanitizer job: .ci/run-sanitizers).
build_dir="${PROSPECTOR_BUILD_DIR:-build-tests}"
prospector_build "$build_dir" -DPROSPECTOR_BUILD_TESTS=ON -DPROSPECTOR_WERROR=ON ${PROSPECTOR_CMAKE_ARGS:-}

# A private home for the run: keyrings, settings and app data never touch the user's own.
sandbox_home=$(mktemp -d)
trap 'rm -rf "$sandbox_home"' EXIT
export HOME="$sandbox_home" XDG_DATA_HOME="$sandbox_home/data" XDG_CONFIG_HOME="$sandbox_home/config" \
       XDG_CACHE_HOME="$sandbox_home/cache" XDG_RUNTIME_DIR="$sandbox_home/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export PROSPECTOR_EXPECT_KEYCHAIN=1 QT_QUICK_BACKEND=software LIBGL_ALWAYS_SOFTWARE=1
# Tests assert the English source texts; a developer's German desktop must not translate them.
export LC_ALL=C.UTF-8 LANGUAGE=

export PROSPECTOR_TEST_BUILD_DIR="$build_dir"
xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- bash -c '
  set -euo pipefail
  # Unlock (and create) the login keyring with a throw-away password; export its environment.
  eval "$(printf "prospector-test" | gnome-keyring-daemon --unlock --components=secrets)"
  eval "$(gnome-keyring-daemon --start --components=secrets)"
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
  ctest --test-dir "$PROSPECTOR_TEST_BUILD_DIR" --output-on-failure --timeout "${PROSPECTOR_TEST_TIMEOUT:-600}" -j2 "$@"
' bash "$@"
