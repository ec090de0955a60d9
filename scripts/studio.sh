#!/usr/bin/env bash
# Main job: install what is missing, build, and start the studio on the bundled sample scene.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec "${BUILD_DIR:-build}/app/rrsis-studio" resources/sample_scene.tif "$@"
