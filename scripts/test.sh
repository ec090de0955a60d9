#!/usr/bin/env bash
# Install what is missing, build, and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
(cd "${BUILD_DIR:-build}" && ctest --output-on-failure --parallel "$(nproc)" --timeout 600)
# What needs no LibTorch again, built with clang under AddressSanitizer + UBSan (every such
# test) and ThreadSanitizer (the threaded ones).
scripts/sanitize.sh
# Every parser's libFuzzer harness for a short while (scripts/fuzz.sh runs them longer).
scripts/fuzz.sh "${FUZZ_SECONDS:-15}"
