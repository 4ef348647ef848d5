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
#        bench/startup/run.sh --build-dir DIR --rows N      (as bench/run.sh calls it)
#   DB: a database at the app's current schema (bench_review_generate writes one, see
#   bench/RESULTS.md); it is opened in place, never copied, and left unchanged but for its WAL.
#   Binary defaults to build-tests/app/prospector, 5 runs, 10 s idle. With --rows, the database is
#   bench/out/review/prospects-N.db (bench/run.sh's review step writes it; generated here if
#   missing) and the medians are also printed as RESULT lines for bench/run.sh's table.
set -euo pipefail
cd "$(dirname "$0")/../.."

build=build-tests
rows=""
positional=()
while (($#)); do
  case "$1" in
    --build-dir) build="${2:?--build-dir needs a folder}"; shift ;;
    --rows) rows="${2:?--rows needs a number}"; shift ;;
    *) positional+=("$1") ;;
  esac
  shift
done
if [[ -n "$rows" ]]; then
  db="bench/out/review/prospects-$rows.db"
  if [[ ! -f "$db" ]]; then
    mkdir -p bench/out/review
    "$build/bench/review/bench_review_generate" "$db.tmp" "$rows" >&2
    mv "$db.tmp" "$db"
  fi
  db=$(realpath "$db")
else
  db=$(realpath "${positional[0]:?usage: bench/startup/run.sh DB [BINARY] [RUNS] [IDLE_MS]}")
fi
binary=$(realpath "${positional[1]:-$build/app/prospector}")
runs=${positional[2]:-5}
idle=${positional[3]:-10000}
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
# For bench/run.sh: figure, Prospector, reference, ratio, target, met (SPEC §4).
print(f"RESULT|Start to first frame (median of {len(rows)})|{med[0]:.0f} ms|—|—|< 1500 ms|{'yes' if med[0] < 1500 else 'NO'}")
print(f"RESULT|Idle RSS after start (median of {len(rows)})|{med[2]:.0f} MB|—|—|< 150 MB|{'yes' if med[2] < 150 else 'NO'}")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
