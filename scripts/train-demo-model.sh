#!/usr/bin/env bash
# Reproduces resources/demo.rrsismodel, the compact demo model that the studio loads by
# default: it generates synthetic aerial chips with `rrsis synth`, trains the compact network
# from scratch with `rrsis train`, scores the held-out test split with `rrsis eval`, and copies
# the bundle into resources/. The data is synthetic; the model knows nothing of real imagery.
#
#   scripts/train-demo-model.sh [WORK_DIR]     (default /tmp/rrsis-demo; about an hour on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${BUILD_DIR:-build}"
WORK="${1:-/tmp/rrsis-demo}"
RRSIS="$BUILD/app/rrsis"
[[ -x "$RRSIS" ]] || scripts/build.sh
if [[ -e "$WORK/data" || -e "$WORK/demo.rrsismodel" ]]; then
  echo "$WORK already holds data or a model; remove it or pass another folder." >&2
  exit 1
fi
mkdir -p "$WORK"
"$RRSIS" synth --out "$WORK/data" --count 3000 --seed 2026 --size 512
"$RRSIS" train --data "$WORK/data" --out "$WORK/demo.rrsismodel" --name "Demo: compact network, synthetic scenes" \
  --epochs 16 --batch 8 --input-size 256 --lr 0.001 --seed 7 --precision fp32
"$RRSIS" eval --model "$WORK/demo.rrsismodel" --dataset "$WORK/data" --split test --json "$WORK/test-metrics.json"
rm -rf resources/demo.rrsismodel
cp -r "$WORK/demo.rrsismodel" resources/demo.rrsismodel
echo "Copied the bundle to resources/demo.rrsismodel"
