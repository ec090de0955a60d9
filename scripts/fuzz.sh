#!/usr/bin/env bash
# Builds the libFuzzer harnesses (fuzz/, clang with AddressSanitizer and UBSan) and runs each for
# SECONDS (default 60), starting from the seed corpus in fuzz/corpus/NAME. New inputs go to
# build-asan/corpus/NAME; a crash, hang or leak leaves its input in build-asan/findings/ and
# makes the script fail. Usage: scripts/fuzz.sh [SECONDS] [NAME...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
# The harnesses are built inside the AddressSanitizer + UBSan build (scripts/sanitize.sh).
build=build-asan
scripts/sanitize.sh --build-only asan >/dev/null
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  names=($(cd fuzz && ls fuzz_*.cpp | sed 's/\.cpp$//'))
fi
mkdir -p "$build/findings"
failed=0
for name in "${names[@]}"; do
  mkdir -p "$build/corpus/$name"
  dict=()
  [ -f "fuzz/$name.dict" ] && dict=("-dict=fuzz/$name.dict")
  log="$build/$name.log"
  if LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0" \
     "$build/fuzz/$name" "$build/corpus/$name" "fuzz/corpus/$name" "${dict[@]}" -max_total_time="$seconds" \
       -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$build/findings/$name-" -print_final_stats=1 >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
    echo "fuzz: $name ok: $runs inputs in ${seconds} s, $cov"
  else
    echo "fuzz: $name FAILED (see $log; input in $build/findings/)" >&2
    tail -30 "$log" >&2
    failed=1
  fi
done
exit $failed
