#!/usr/bin/env bash
# App start to first frame and idle memory with a big database (SPEC §4: first frame < 1.5 s,
# idle RSS < 150 MB). Starts the real window under Xvfb RUNS times on a copy-free link to DB and
# prints one Markdown row per run plus the medians. The app measures itself when
# PROSPECTOR_STARTUP_PROBE names a file (ui/startupprobe.h): the epoch time of its first
# swapped frame and of the moment the prospects table knew its size; after
# PROSPECTOR_STARTUP_IDLE_MS of idling it writes them with VmRSS / VmHWM and quits. "Start" is
# taken here, just before the process is executed, so loading libraries and QML counts.
#
# Usage: bench/startup/run.sh DB [PROSPECTOR_BINARY] [RUNS] [IDLE_MS]
#   DB: a database at the app's current schema (bench_review_generate writes one, see
#   bench/RESULTS.md); it is opened in place, never copied, and left unchanged but for its WAL.
#   Binary defaults to build-tests/app/prospector, 5 runs, 10 s idle.
set -euo pipefail
cd "$(dirname "$0")/../.."

db=$(realpath "${1:?usage: bench/startup/run.sh DB [BINARY] [RUNS] [IDLE_MS]}")
binary=$(realpath "${2:-build-tests/app/prospector}")
runs=${3:-5}
idle=${4:-10000}
[[ -f "$db" ]] || { echo "no database at $db" >&2; exit 1; }
[[ -x "$binary" ]] || { echo "no prospector binary at $binary (build it first)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is needed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data" "$work/home/config" "$work/home/data" "$work/home/cache" "$work/home/runtime"
chmod 700 "$work/home/runtime"
ln -s "$db" "$work/data/prospector.db"
prospects=$(sqlite3 "$db" "SELECT count(*) FROM prospects")

# A private home: the bench never reads or writes the user's settings. Software rendering, as in
# CI (no GPU under Xvfb).
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
       XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/home/runtime" \
       QT_QUICK_BACKEND=software LC_ALL=C.UTF-8 LANGUAGE= \
       PROSPECTOR_STARTUP_IDLE_MS="$idle" BENCH_BINARY="$binary" BENCH_WORK="$work" BENCH_RUNS="$runs"

echo "database: $db ($prospects prospects), binary: $binary, $runs runs, idle ${idle} ms, load: $(cut -d' ' -f1-3 /proc/loadavg)"
# One X server and one session bus for all runs, so only the app's own start is timed.
xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- bash -c '
  set -euo pipefail
  for i in $(seq 1 "$BENCH_RUNS"); do
    out="$BENCH_WORK/probe-$i.json"
    start=$(date +%s%3N)
    PROSPECTOR_STARTUP_PROBE="$out" "$BENCH_BINARY" --data-dir "$BENCH_WORK/data" \
      >"$BENCH_WORK/app-$i.log" 2>&1 || { echo "run $i failed:"; cat "$BENCH_WORK/app-$i.log"; exit 1; }
    [[ -s "$out" ]] || { echo "run $i wrote no probe result"; cat "$BENCH_WORK/app-$i.log"; exit 1; }
    echo "$start $(cat "$out")" >>"$BENCH_WORK/results.txt"
  done
'
python3 - "$work/results.txt" <<'PY'
import json, statistics, sys
rows = []
for line in open(sys.argv[1]):
    start, probe = line.split(" ", 1)
    p = json.loads(probe)
    rows.append((p["firstFrameEpochMs"] - int(start), p["tableSizedEpochMs"] - int(start),
                 p["idleRssKb"] / 1024, p["peakRssKb"] / 1024))
print("| run | start to first frame ms | start to table sized ms | idle RSS MB | peak RSS MB |")
print("|---|---:|---:|---:|---:|")
for i, r in enumerate(rows, 1):
    print(f"| {i} | {r[0]} | {r[1]} | {r[2]:.1f} | {r[3]:.1f} |")
med = [statistics.median(c) for c in zip(*rows)]
print(f"| median | {med[0]:.0f} | {med[1]:.0f} | {med[2]:.1f} | {med[3]:.1f} |")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
