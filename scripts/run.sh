#!/usr/bin/env bash
# Installs what is missing, builds, and starts Prospector. Extra arguments go to the app,
# e.g. ./scripts/run.sh --sandbox  or  ./scripts/run.sh doctor
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
prospector_install_deps
prospector_build build -DPROSPECTOR_BUILD_TESTS=OFF
exec ./build/app/prospector "$@"
