#!/usr/bin/env bash
# Reproduces resources/aerial.rrsismodel, the default model: the compact network fine-tuned
# from the synthetic demo model on real aerial imagery with class-level referring expressions
# (made by `rrsis dataset from-classes`), mixed with synthetic chips for colours and relations.
#
#   scripts/train-aerial-model.sh DUBAI FAIR CHESAPEAKE [WORK_DIR]
#
#   DUBAI       "Semantic segmentation dataset" folder of the Humans in the Loop / MBRSC Dubai set
#               (CC0; e.g. git clone https://github.com/Kaarti22/satellite-imagery)
#   FAIR        HOT fAIr sample tiles as images/, masks/ (0/1) and index.csv (see
#               scripts/fair-mosaics.sh; hotosm/fAIr-utilities at commit 61f15156,
#               ramp-data/TRAIN/HOTOSM/2; imagery CC BY 4.0 OpenAerialMap, labels ODbL OSM)
#   CHESAPEAKE  16 NAIP patches with Chesapeake land cover as images/ and masks/ (index codes;
#               calebrob6/land-cover tests/mock_data; CC0 / public domain)
#   WORK_DIR    default /tmp/rrsis-aerial (about 45 minutes on 2 cores)
#
# Nothing is downloaded here: fetch the sources yourself. Kathmandu's fAIr tiles are kept out
# of training entirely and scored at the end as an unseen city.
set -euo pipefail
cd "$(dirname "$0")/.."
DUBAI="$1"; FAIR="$2"; CHES="$3"; WORK="${4:-/tmp/rrsis-aerial}"
RRSIS="${BUILD_DIR:-build}/app/rrsis"
[[ -x "$RRSIS" ]] || scripts/build.sh
[[ -e "$WORK" ]] && { echo "$WORK exists; remove it or pass another folder." >&2; exit 1; }
mkdir -p "$WORK"
D="$WORK/data"
"$RRSIS" dataset from-classes --root "$DUBAI" --classes resources/datasets/dubai-classes.json \
  --out "$D/dubai" --chip 512 --scales 1,2,3
scripts/fair-mosaics.sh "$FAIR" "$WORK/fair-mosaics"
for place in dar_es_salaam_TZ nairobi_KE catanduanes_PH kampala_UG; do
  "$RRSIS" dataset from-classes --images "$WORK/fair-mosaics/$place/images" --masks "$WORK/fair-mosaics/$place/masks" \
    --classes resources/datasets/fair-buildings-classes.json --out "$D/fair-$place" --chip 256 --scales 2,4 \
    --stride 128 --val-fraction 0.15 --test-fraction 0.15 --seed 3
done
"$RRSIS" dataset from-classes --images "$WORK/fair-mosaics/kathmandu_valley_NP/images" \
  --masks "$WORK/fair-mosaics/kathmandu_valley_NP/masks" --classes resources/datasets/fair-buildings-classes.json \
  --out "$D/fair-kathmandu-test" --chip 256 --scales 2,4 --val-fraction 0 --test-fraction 1 --seed 3
"$RRSIS" dataset from-classes --images "$CHES/images" --masks "$CHES/masks" \
  --classes resources/datasets/chesapeake-classes.json --out "$D/chesapeake" --chip 256 --scales 1 \
  --val-fraction 0.15 --test-fraction 0.15 --seed 3
"$RRSIS" synth --out "$D/synth" --count 1000 --seed 99 --size 256
"$RRSIS" train --init resources/demo.rrsismodel \
  --data "$D/dubai,$D/fair-dar_es_salaam_TZ,$D/fair-nairobi_KE,$D/fair-catanduanes_PH,$D/fair-kampala_UG,$D/chesapeake,$D/synth" \
  --val "$D/dubai" --out "$WORK/aerial.rrsismodel" \
  --name "Aerial: compact network, real aerial imagery and synthetic scenes" \
  --epochs 12 --lr 0.0005 --batch 8 --seed 11 --precision fp32
for set in dubai fair-dar_es_salaam_TZ fair-nairobi_KE fair-kampala_UG fair-kathmandu-test chesapeake synth; do
  "$RRSIS" eval --model "$WORK/aerial.rrsismodel" --dataset "$D/$set" --split test --json "$WORK/test-$set.json"
done
# Its chips carry no georeferencing, so say how many source pixels a window should cover on
# an ungeoreferenced scene (Dubai chips were 512 to 1536 px): the studio then runs large views
# in windows of that size instead of squashing them into one input.
python3 - "$WORK/aerial.rrsismodel/model.json" <<'PY'
import json, sys
path = sys.argv[1]
manifest = json.load(open(path))
manifest["source_window_px"] = 768
json.dump(manifest, open(path, "w"), indent=4, ensure_ascii=False)
PY
rm -rf resources/aerial.rrsismodel
cp -r "$WORK/aerial.rrsismodel" resources/aerial.rrsismodel
echo "Copied the bundle to resources/aerial.rrsismodel"
