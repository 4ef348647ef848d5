#!/usr/bin/env bash
# HubSpot sync against the real 100 requests / 10 s (bench/RESULTS.md "Sync"): builds bench_sync
# and prospector-sandbox, then runs N prospects clean and with 10 % injected faults, each through
# sync::SyncRun (the engine `prospector sync` uses) against a prospector-sandbox process. Exit 1
# when a run does not end with every prospect in HubSpot exactly once.
#
# Usage: bench/sync/run.sh [PROSPECTS] [BUILD_DIR]
#   PROSPECTS defaults to 20000; BUILD_DIR to build-tests. Extra runs: BENCH_SYNC_ARGS, e.g.
#   BENCH_SYNC_ARGS="--companies 1000" or "--time-scale 0.5" (passed to every run).
set -euo pipefail
cd "$(dirname "$0")/../.."

prospects=${1:-20000}
build=${2:-build-tests}
cmake --build "$build" --target bench_sync prospector-sandbox >/dev/null
binary="$build/bench/sync/bench_sync"
status=0
for faults in 0 0.1; do
    echo "== $prospects prospects, fault rate $faults"
    # shellcheck disable=SC2086 # BENCH_SYNC_ARGS holds several options on purpose
    QT_LOGGING_RULES="*.info=false" "$binary" --prospects "$prospects" --fault-rate "$faults" \
        ${BENCH_SYNC_ARGS:-} || status=1
done
exit $status
