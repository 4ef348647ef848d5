#!/usr/bin/env bash
# Times `prospector import` against the sqlite3 shell's `.import` of the same CSV into a bare table
# (no indexes, no triggers) of a database on the same disk, in one run, and prints wall time and
# peak RSS of both. The CSV is generated once (bench/import/generate.py) and kept in the work dir.
#
# Usage: bench/import/run.sh [ROWS] [PROSPECTOR_BINARY]
#   ROWS defaults to 1000000; the binary to build-release/app/prospector.
#   BENCH_DIR overrides the work directory (default bench/out/import, git-ignored).
set -euo pipefail
cd "$(dirname "$0")/../.."

rows=${1:-1000000}
binary=${2:-build-release/app/prospector}
work=${BENCH_DIR:-bench/out/import}
mkdir -p "$work"
csv="$work/salesnav-$rows.csv"

command -v sqlite3 >/dev/null || { echo "sqlite3 (the shell) is needed" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time (package 'time') is needed for peak RSS" >&2; exit 1; }
[[ -x "$binary" ]] || { echo "no prospector binary at $binary (build it first)" >&2; exit 1; }

if [[ ! -f "$csv" ]]; then
  echo "generating $rows rows into $csv ..."
  python3 bench/import/generate.py "$csv" "$rows"
fi
rm -rf "$work/bare.db" "$work/data"
cat "$csv" >/dev/null # same page-cache state for both runs

# Each progress line of prospector gets the seconds since the start, to see where the time goes.
stamp() {
  local start=$EPOCHREALTIME line
  while IFS= read -r line; do
    printf '%8.2f  %s\n' "$(awk -v a="$EPOCHREALTIME" -v b="$start" 'BEGIN { print a - b }')" "$line"
  done
}

load_before=$(cut -d' ' -f1 /proc/loadavg)
echo "sqlite3 .import into a bare table ..."
/usr/bin/time -f "%e %M %U %S" -o "$work/sqlite.time" \
  sqlite3 "$work/bare.db" -cmd ".mode csv" ".import $csv bare"
echo "prospector import (parse, normalize, validate, dedup, indexes, full-text index) ..."
/usr/bin/time -f "%e %M %U %S" -o "$work/prospector.time" \
  "$binary" import "$csv" --json --data-dir "$work/data" >"$work/prospector.json" 2> >(stamp >"$work/prospector.log")
wait

read -r sqlite_wall sqlite_rss sqlite_user sqlite_sys <"$work/sqlite.time"
read -r pros_wall pros_rss pros_user pros_sys <"$work/prospector.time"
indexing=$(grep -m1 "Building indexes: 0 of" "$work/prospector.log" | awk '{print $1}' || true)
bare_rows=$(sqlite3 "$work/bare.db" "SELECT count(*) FROM bare")
fts_rows=$(sqlite3 "$work/data/prospector.db" "SELECT count(*) FROM prospect_search")
prospects=$(sqlite3 "$work/data/prospector.db" "SELECT count(*) FROM prospects")
integrity=$(sqlite3 "$work/data/prospector.db" "PRAGMA integrity_check")
sqlite3 "$work/data/prospector.db" "INSERT INTO prospect_search(prospect_search) VALUES('integrity-check')"

echo
echo "file:        $csv ($(du -m "$csv" | cut -f1) MB, $rows rows)"
echo "machine:     $(nproc) cores, load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
echo "sqlite3:     ${sqlite_wall} s wall, $(awk -v a="$sqlite_user" -v b="$sqlite_sys" 'BEGIN { print a + b }') s CPU, peak RSS $((sqlite_rss / 1024)) MB, $bare_rows rows in the bare table"
echo "prospector:  ${pros_wall} s wall, $(awk -v a="$pros_user" -v b="$pros_sys" 'BEGIN { print a + b }') s CPU, peak RSS $((pros_rss / 1024)) MB, $(cat "$work/prospector.json")"
echo "             indexes rebuilt from ${indexing:-(no bulk load)} s on (progress: $work/prospector.log)"
echo "ratio:       $(awk -v a="$pros_wall" -v b="$sqlite_wall" 'BEGIN { printf "%.2f", a / b }') x the wall time of sqlite3 .import"
echo "check:       $prospects prospects, $fts_rows rows in the search index, integrity_check: $integrity, fts5 integrity-check: ok"
