#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources. lupdate runs without the build's include
# paths on purpose: with them it would parse all of LibTorch's headers (many CPU-minutes).
# Translate the new entries (Qt Linguist, or by hand), then rebuild: the build compiles the
# .ts files into the studio.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
"$LUPDATE" -no-obsolete -locations none -extensions cpp,h core ui app \
  -I . -I core -ts translations/rrsis_de.ts translations/rrsis_zh_CN.ts
