#!/usr/bin/env bash
# Main job: install what is missing, build, and start the studio on the bundled sample scene
# with a model loaded. Until the trained demo model ships, that model is the fixed-rule test
# bundle (it marks red pixels); pass --model BUNDLE to load another.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
MODEL=tests/data/bundles/colour.rrsismodel
for arg in "$@"; do [[ "$arg" == --model* ]] && MODEL=""; done
exec "${BUILD_DIR:-build}/app/rrsis-studio" resources/sample_scene.tif ${MODEL:+--model "$MODEL"} "$@"
