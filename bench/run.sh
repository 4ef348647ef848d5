#!/usr/bin/env bash
# One entry point for the benchmarks (issue 9): import, review, sync and start-up/memory. Runs each
# area's own entry point, collects the figures and writes ONE table (figure, Prospector, reference,
# ratio, target, met?) into bench/RESULTS.md between the "bench/run.sh" markers, with the date, the
# machine and its load, so a re-run replaces the previous table. Not part of CI.
#
# Usage: bench/run.sh [--quick] [--rows N] [--build-dir DIR] [--only LIST] [--no-write]
#   --quick       100,000 rows instead of the full 1,000,000 (minutes instead of tens of minutes)
#   --rows N      any other size
#   --build-dir   build folder to use (default build-tests, configured by scripts/test.sh; RelWithDebInfo)
#   --only LIST   comma-separated subset of: import,review,sync,startup
#   --no-write    print the table, leave bench/RESULTS.md alone
# An area whose entry point does not exist on this branch is skipped with a message and a row saying so.
# Entry points of other areas (bench/sync/run.sh, bench/startup/run.sh) get --build-dir (and --rows for
# start-up) and report each figure as a line "RESULT|figure|prospector|reference|ratio|target|met",
# met being yes, NO or n/a; everything else they print is shown as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=1000000
build=build-tests
only="import,review,sync,startup"
write=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) rows=100000 ;;
    --rows) rows="${2:?--rows needs a number}"; shift ;;
    --build-dir) build="${2:?--build-dir needs a folder}"; shift ;;
    --only) only="${2:?--only needs a list}"; shift ;;
    --no-write) write=0 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ "$rows" =~ ^[0-9]+$ && "$rows" -gt 0 ]] || { echo "--rows must be a positive number" >&2; exit 2; }

out=bench/out/run
mkdir -p "$out"
results="$out/results.tsv"
: >"$results"
started_load=$(cut -d' ' -f1-3 /proc/loadavg)
started_at=$(date -u '+%Y-%m-%d %H:%M UTC')

wants() { [[ ",$only," == *",$1,"* ]]; }
# row FIGURE PROSPECTOR REFERENCE RATIO TARGET MET
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$results"; }
skip() { echo "skipped: $1 — $2" >&2; row "$1" "—" "—" "—" "—" "skipped: $2"; }
has_target() { cmake --build "$build" --target help 2>/dev/null | grep -q "^$1:"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "—" }'; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
yes_no() { if "$@"; then echo yes; else echo NO; fi; }
fmt_rows() { echo "$rows" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

[[ -f "$build/build.ninja" ]] || { echo "no configured build in $build: run ./scripts/test.sh first, or pass --build-dir" >&2; exit 1; }
targets=(prospector)
wants review && targets+=(bench_review_generate bench_review)
has_target bench_sync && wants sync && targets+=(bench_sync)
has_target bench_startup && wants startup && targets+=(bench_startup)
echo "building ${targets[*]} in $build ..." >&2
cmake --build "$build" --target "${targets[@]}" >/dev/null
binary="$build/app/prospector"

# --- import: bench/import/run.sh (prospector import vs sqlite3 .import of the same file) ---
if wants import; then
  log="$out/import.log"
  BENCH_DIR=bench/out/import bench/import/run.sh "$rows" "$binary" | tee "$log" >&2
  sqlite_s=$(sed -n 's/^sqlite3: *\([0-9.]*\) s.*/\1/p' "$log")
  pros_s=$(sed -n 's/^prospector: *\([0-9.]*\) s.*/\1/p' "$log")
  pros_mb=$(sed -n 's/^prospector: .*peak RSS \([0-9]*\) MB.*/\1/p' "$log")
  row "Import $(fmt_rows) rows, wall time" "$pros_s s" "$sqlite_s s (sqlite3 .import, bare table)" \
    "$(ratio "$pros_s" "$sqlite_s")" "faster than sqlite3 .import" "$(yes_no lt "$pros_s" "$sqlite_s")"
  row "Import $(fmt_rows) rows, peak RSS" "$pros_mb MB" "—" "—" "< 150 MB" "$(yes_no lt "$pros_mb" 150)"
fi

# --- review: bench_review over a generated database (the UI's pager, facets and search) ---
if wants review; then
  db="bench/out/review/prospects-$rows.db"
  if [[ ! -f "$db" ]]; then
    mkdir -p bench/out/review
    echo "generating $rows prospects into $db ..." >&2
    "$build/bench/review/bench_review_generate" "$db.tmp" "$rows" >&2
    mv "$db.tmp" "$db"
  fi
  rounds=$((rows > 200000 ? 50 : 30))
  log="$out/review.log"
  "$build/bench/review/bench_review" "$db" "$rounds" --no-bulk | tee "$log" >&2
  # Rows "| operation | p50 | p95 | runs |" of the latency table. SPEC §4's target is for a page:
  # search, filter, sort, scroll; counts and facets are reported without a target.
  grep -E '^\| .* \| [0-9.]+ \| [0-9.]+ \| [0-9]+ \|$' "$log" >"$out/review.rows" ||
    { echo "bench_review printed no latency rows" >&2; exit 1; }
  while IFS='|' read -r _ name p50 p95 _; do
    name=$(echo "$name" | sed 's/^ *//; s/ *$//')
    p95=$(echo "$p95" | tr -d ' ')
    if [[ "$name" == count* || "$name" == facets* ]]; then
      row "Review p95: $name" "$p95 ms" "—" "—" "— (off the UI thread)" "n/a"
    else
      row "Review p95: $name" "$p95 ms" "—" "—" "< 20 ms" "$(yes_no lt "$p95" 20)"
    fi
  done <"$out/review.rows"
fi

# --- sync: the sync benchmark's own entry point (bench/sync, wt/hubspot) ---
if wants sync; then
  if [[ -x bench/sync/run.sh ]]; then
    log="$out/sync.log"
    bench/sync/run.sh --build-dir "$build" | tee "$log" >&2
    # An entry point reports its figures as lines "RESULT|figure|prospector|reference|ratio|target|met".
    grep '^RESULT|' "$log" | cut -d'|' -f2- | tr '|' '\t' >>"$results" || true
    grep -q '^RESULT|' "$log" || skip "Sync" "bench/sync/run.sh printed no RESULT lines"
  else
    skip "Sync (bench/sync)" "not on this branch yet"
  fi
fi

# --- start-up and memory: the start-up benchmark's own entry point (wt/review) ---
if wants startup; then
  if [[ -x bench/startup/run.sh ]]; then
    log="$out/startup.log"
    bench/startup/run.sh --build-dir "$build" --rows "$rows" | tee "$log" >&2
    grep '^RESULT|' "$log" | cut -d'|' -f2- | tr '|' '\t' >>"$results" || true
    grep -q '^RESULT|' "$log" || skip "Start-up and memory" "bench/startup/run.sh printed no RESULT lines"
  else
    skip "Start-up and memory (bench/startup)" "not on this branch yet"
  fi
fi

machine="$(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME")"
python3 bench/results_table.py --results "$results" --rows "$rows" --date "$started_at" --machine "$machine" \
  --load "$started_load → $(cut -d' ' -f1-3 /proc/loadavg)" --commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
  $( ((write)) && echo --write bench/RESULTS.md )
