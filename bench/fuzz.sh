#!/usr/bin/env bash
# Runs one libFuzzer target for a given time: bench/fuzz.sh TARGET SECONDS [LIBFUZZER-FLAGS...]
#   TARGET: csv | clientparsers | mapping
#   Extra flags go to libFuzzer after the defaults (the last one wins), e.g. -timeout=300 on a machine
#   so loaded that a niced fuzzer is starved for longer than the default 20 s per input.
# Builds build-fuzz/ with clang, ASan, UBSan and -fsanitize=fuzzer (never part of CI). The corpus
# grows in bench/out/fuzz/TARGET (seeded from the test fixtures / bench/fuzz/seeds); crashes land in
# bench/out/fuzz/TARGET-findings. Record hours run and findings in bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: bench/fuzz.sh csv|clientparsers|mapping SECONDS}"
seconds="${2:?usage: bench/fuzz.sh csv|clientparsers|mapping SECONDS}"
shift 2
case "$target" in
  csv) seeds=(tests/fixtures/csv tests/fixtures/hostile) ;;
  clientparsers) seeds=(bench/fuzz/seeds/clientparsers) ;;
  mapping) seeds=(bench/fuzz/seeds/mapping) ;;
  *) echo "unknown target: $target (csv, clientparsers, mapping)" >&2; exit 2 ;;
esac

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
  -DCMAKE_CXX_COMPILER=clang++ -DPROSPECTOR_FUZZ=ON -DPROSPECTOR_BUILD_TESTS=OFF -DPROSPECTOR_WERROR=OFF \
  "${launcher[@]}" >/dev/null
cmake --build build-fuzz --target "fuzz_$target"

corpus="bench/out/fuzz/$target"
findings="bench/out/fuzz/$target-findings"
mkdir -p "$corpus" "$findings"
# Seeds: every fixture file except the generator scripts.
for dir in "${seeds[@]}"; do
  find "$dir" -maxdepth 1 -type f ! -name '*.py' -exec cp -n {} "$corpus/" \;
done
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
"build-fuzz/bench/fuzz/fuzz_$target" "$corpus" -max_total_time="$seconds" -max_len=262144 \
  -timeout=20 -rss_limit_mb=4096 -artifact_prefix="$findings/" -print_final_stats=1 "$@"
