#!/usr/bin/env bash
# Main job: install what is missing, build, and start the studio on the bundled real aerial
# sample scene (resources/aerial_sample.tif, Dubai, CC0) with the default model loaded
# (resources/aerial.rrsismodel, trained on real aerial imagery by scripts/train-aerial-model.sh);
# pass --model BUNDLE to load another (resources/demo.rrsismodel knows the synthetic scenes,
# resources/sample_scene.tif).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
MODEL=resources/aerial.rrsismodel
for arg in "$@"; do [[ "$arg" == --model* ]] && MODEL=""; done
exec "${BUILD_DIR:-build}/app/rrsis-studio" resources/aerial_sample.tif ${MODEL:+--model "$MODEL"} "$@"
