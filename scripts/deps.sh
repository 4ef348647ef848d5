#!/usr/bin/env bash
# Installs what Prospector needs to build and test, on Debian 12 / Ubuntu 24.04 (apt).
# Elsewhere it prints what to install. Sourced by run.sh and test.sh; safe to run again.
set -euo pipefail

PROSPECTOR_BUILD_PACKAGES=(
  cmake ninja-build ccache g++ pkg-config clang-format
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window
  qml6-module-qtquick-templates qml6-module-qtqml-workerscript qml6-module-qtquick-dialogs
  qml6-module-qtquick-shapes qml6-module-qt-labs-settings qml6-module-qt-labs-platform qml6-module-qttest
  qml6-module-qtqml-models qml6-module-qtqml
  qtkeychain-qt6-dev libspdlog-dev libfmt-dev libgl-dev libsqlite3-dev sqlite3
  librsvg2-bin dpkg-dev  # packaging: icons rendered from the SVG; dpkg-shlibdeps for the .deb's Depends
)
PROSPECTOR_TEST_PACKAGES=(xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools trayer
  desktop-file-utils appstream lintian nsis)  # trayer: a real XEmbed tray host for the tray tests; tests/packaging: desktop files, .deb, NSIS script

prospector_missing_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  echo "${missing[@]:-}"
}

prospector_install_deps() {
  local packages=("${PROSPECTOR_BUILD_PACKAGES[@]}")
  [[ "${1:-}" == "--with-test" ]] && packages+=("${PROSPECTOR_TEST_PACKAGES[@]}")
  if ! command -v apt-get >/dev/null || ! command -v dpkg-query >/dev/null; then
    cat >&2 <<MSG
This script installs dependencies with apt (Debian 12 / Ubuntu 24.04). On other systems install:
  CMake >= 3.21, Ninja, a C++20 compiler, Qt >= 6.4 (Core, Gui, Svg, Widgets, Qml, Quick,
  QuickControls2, Sql + SQLite driver, Network, Test, QuickTest, LinguistTools),
  QtKeychain for Qt 6, spdlog, and for tests Xvfb, dbus and gnome-keyring.
Then configure with: cmake -S . -B build -G Ninja && cmake --build build
MSG
    return 1
  fi
  local missing
  missing=$(prospector_missing_packages "${packages[@]}")
  if [[ -z "${missing// }" ]]; then
    return 0
  fi
  echo "Installing missing packages: $missing"
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

# Configures (once) and builds into $1 with Ninja and ccache when present.
prospector_build() {
  local build_dir="$1"; shift
  local launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Relative paths let clones and worktrees in other folders share the cache.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR=1
  fi
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" "${launcher[@]}" "$@"
  # PROSPECTOR_BUILD_TARGETS="prospector tst_foo" builds only those targets (quicker while iterating).
  local targets=()
  [[ -n "${PROSPECTOR_BUILD_TARGETS:-}" ]] && read -r -a targets <<<"--target $PROSPECTOR_BUILD_TARGETS"
  cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)" "${targets[@]}"
}
