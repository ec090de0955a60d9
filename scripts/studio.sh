#!/usr/bin/env bash
# Main job: install what is missing, build, and start the studio on the bundled sample scene
# with the demo model loaded (resources/demo.rrsismodel, trained on synthetic chips by
# scripts/train-demo-model.sh); pass --model BUNDLE to load another.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
MODEL=resources/demo.rrsismodel
for arg in "$@"; do [[ "$arg" == --model* ]] && MODEL=""; done
exec "${BUILD_DIR:-build}/app/rrsis-studio" resources/sample_scene.tif ${MODEL:+--model "$MODEL"} "$@"
