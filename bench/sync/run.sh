#!/usr/bin/env bash
# HubSpot sync against HubSpot's 100 requests / 10 s (bench/RESULTS.md "Sync"): builds bench_sync and
# prospector-sandbox, then runs PROSPECTORS prospects twice through sync::SyncRun (the engine
# `prospector sync` uses) against a prospector-sandbox process: once clean (throughput against the
# ceiling of 100 requests x 100 contacts per window, 429s received) and once with 10 % of HubSpot
# requests hit by injected faults (5xx, hang after the write, connection reset, 429). Exit 1 when a
# run does not end with every prospect in HubSpot exactly once and nothing left or dead.
#
# Usage: bench/sync/run.sh [--prospects N] [--time-scale S] [--build-dir DIR]
#   --prospects   default 20000
#   --time-scale  the sandbox's clock scale (default 1: HubSpot's real 10 s window, 20,000 contacts are
#                 200 batch requests, two windows; 0.1 makes it a 1 s window, ten times the real ceiling)
#   --build-dir   default build-tests
# Prints the figures, then one line per figure "RESULT|figure|prospector|reference|ratio|target|met"
# for bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

prospects=20000
scale=1
build=build-tests
while [[ $# -gt 0 ]]; do
  case "$1" in
    --prospects) prospects="${2:?--prospects needs a number}"; shift ;;
    --time-scale) scale="${2:?--time-scale needs a number}"; shift ;;
    --build-dir) build="${2:?--build-dir needs a folder}"; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

cmake --build "$build" --target bench_sync prospector-sandbox >/dev/null
binary="$build/bench/sync/bench_sync"
out=bench/out/sync
mkdir -p "$out"
status=0
for faults in 0 0.1; do
  echo "== $prospects prospects, fault rate $faults, time scale $scale, load $(cut -d' ' -f1-3 /proc/loadavg)"
  QT_LOGGING_RULES="*.info=false;*.debug=false;*.warning=false" "$binary" --prospects "$prospects" \
    --fault-rate "$faults" --time-scale "$scale" --json >"$out/faults-$faults.json" || status=1
  cat "$out/faults-$faults.json"
done

python3 - "$out/faults-0.json" "$out/faults-0.1.json" <<'EOF'
import json, sys
clean, faulty = (json.load(open(p)) for p in sys.argv[1:3])
def met(ok): return "yes" if ok else "NO"
n = f"{clean['prospects']:,}"
window = 10 * clean["timeScale"]
fraction = clean["steadyStateFraction"]
print(f"clean: {clean['contactsPerSecond']} contacts/s overall, {clean['steadyContactsPerSecond']} after the "
      f"first burst, of a ceiling of {clean['ceilingContactsPerSecond']} "
      f"(window {window:g} s); steady-state fraction {fraction * 100:.1f} %; {clean['real429']} real 429s; "
      f"{clean['elapsedMs']} ms; client CPU {clean['clientCpuMs']} ms, sandbox CPU {clean['sandboxCpuMs']} ms")
print(f"10 % faults: {faulty['faultHits']} faults hit ({faulty['injected429']} injected 429s), "
      f"{faulty['reconciled']} reconciled by a read, {faulty['retried']} retried; HubSpot holds "
      f"{faulty['contactsInHubSpot']} contacts ({faulty['distinctEmails']} distinct), {faulty['remaining']} left, "
      f"{faulty['deadLetters']} dead letters; {faulty['elapsedMs']} ms")
print(f"RESULT|Sync: {n} contacts, contacts/s after the first burst (100 req x 100 contacts per {window:g} s)"
      f"|{clean['steadyContactsPerSecond']}/s|{clean['ceilingContactsPerSecond']}/s|{fraction:.2f}×|≥ 90 %"
      f"|{met(fraction >= 0.9)}")
print(f"RESULT|Sync: 429s received (clean run)|{clean['real429']}|—|—|0|{met(clean['real429'] == 0)}")
print(f"RESULT|Sync: clean run, every contact exactly once|{clean['contactsInHubSpot']} of {clean['prospects']}"
      f"|—|—|exactly once|{met(clean['exactlyOnce'])}")
print(f"RESULT|Sync: 10 % faults, every contact exactly once, none lost|{faulty['distinctEmails']} of "
      f"{faulty['prospects']}, {faulty['deadLetters']} dead|—|—|exactly once|{met(faulty['exactlyOnce'])}")
EOF
exit $status
