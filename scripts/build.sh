#!/usr/bin/env bash
# Configures (once) and builds RRSIS Studio into ./build. Extra arguments go to cmake at
# configure time, e.g. -DTorch_DIR=/path/to/libtorch/share/cmake/Torch for upstream LibTorch.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ] || [ $# -gt 0 ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
