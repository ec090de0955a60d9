#!/usr/bin/env bash
# Builds everything that needs no LibTorch (util, raster, text, annotation, dataset, synth,
# model, inference, eval, ui, the rrsis CLI and their tests: RRSIS_WITH_TORCH=OFF) with clang
# and sanitizers, and runs the tests:
#   build-asan/  AddressSanitizer (with LeakSanitizer) + UndefinedBehaviorSanitizer: every test.
#                The libFuzzer harnesses (fuzz/, scripts/fuzz.sh) are built here too.
#   build-tsan/  ThreadSanitizer: the tests whose code runs threads (TSAN_TESTS below).
# Any report fails the test that met it.
# Usage: scripts/sanitize.sh [--build-only] [asan] [tsan]   (default: asan tsan)
set -euo pipefail
cd "$(dirname "$0")/.."
build_only=0
if [ "${1:-}" = "--build-only" ]; then build_only=1; shift; fi
kinds=("$@")
[ ${#kinds[@]} -eq 0 ] && kinds=(asan tsan)
supp="$PWD/tests/sanitizers"
# The journal's writer thread, parallelFor in project loading, GDAL reads from several threads,
# the studio's inference worker (tst_inferencethreads). Not the tile loader (tst_viewer): it
# runs on QThreadPool / QtConcurrent, whose hand-over TSan cannot see in Debian's uninstrumented
# Qt, so every job would be reported as racing with the thread that queued it.
TSAN_TESTS=(tst_journal tst_project tst_rastersource tst_overviews tst_inferencethreads)

if ! command -v clang++ >/dev/null 2>&1; then
  echo "sanitize: clang++ is not installed (apt-get install clang)" >&2
  exit 1
fi

configure() {  # dir, sanitizers, extra cmake arguments
  local dir=$1 sanitizers=$2
  shift 2
  if [ ! -f "$dir/build.ninja" ]; then
    CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRRSIS_WITH_TORCH=OFF \
      -DRRSIS_BUILD_BENCH=OFF -DRRSIS_SANITIZE="$sanitizers" "$@" >/dev/null
  fi
}

for kind in "${kinds[@]}"; do
  case "$kind" in
    asan)
      configure build-asan address,undefined -DRRSIS_BUILD_FUZZERS=ON
      cmake --build build-asan --parallel "$(nproc)"
      [ $build_only = 1 ] && continue
      (cd build-asan &&
        ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1" \
        LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp" \
        ctest --output-on-failure --parallel "$(nproc)" --timeout 900)
      ;;
    tsan)
      configure build-tsan thread
      cmake --build build-tsan --parallel "$(nproc)" --target "${TSAN_TESTS[@]}"
      [ $build_only = 1 ] && continue
      (cd build-tsan &&
        TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:die_after_fork=0:suppressions=$supp/tsan.supp" \
        ctest --output-on-failure --parallel "$(nproc)" --timeout 900 \
          -R "^($(IFS='|'; echo "${TSAN_TESTS[*]}"))\$")
      ;;
    *)
      echo "sanitize: unknown kind '$kind' (asan or tsan)" >&2
      exit 2
      ;;
  esac
done
