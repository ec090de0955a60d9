#!/usr/bin/env bash
# Joins the HOT fAIr sample tiles (256 px Web-Mercator XYZ tiles at zoom 21, ~0.075 m) into one
# 1024 x 1024 mosaic per zoom-19 tile, image and building mask alike, one folder per place:
#   OUT/<place>/images/<place>-<x19>-<y19>.png, OUT/<place>/masks/<same>.png
# so that `rrsis dataset from-classes` can cut them at several ground scales without the same
# ground landing in two splits. SRC is a folder with images/, masks/ and index.csv (stem,
# image_ext, aoi, tile_x, tile_y, zoom, ...). Needs ImageMagick.
#
#   scripts/fair-mosaics.sh SRC OUT
set -euo pipefail
SRC="$1"
OUT="$2"
tail -n +2 "$SRC/index.csv" | awk -F, '$6 == 19 { print $3, $4, $5 }' | while read -r place x y; do
  mkdir -p "$OUT/$place/images" "$OUT/$place/masks"
  for kind in images masks; do
    rows=()
    for j in 0 1 2 3; do
      row=()
      for i in 0 1 2 3; do
        stem="${place}_OAM-$((x * 4 + i))-$((y * 4 + j))-21"
        if [[ $kind == images ]]; then
          ext=$(awk -F, -v s="$stem" '$1 == s { print $2 }' "$SRC/index.csv")
          file="$SRC/images/$stem.$ext"
        else
          file="$SRC/masks/$stem.png"
        fi
        [[ -f $file ]] || { echo "missing $file: skipping $place $x $y" >&2; continue 3; }
        row+=("$file")
      done
      rows+=("(" "${row[@]}" "+append" ")")
    done
    if [[ $kind == images ]]; then
      convert "${rows[@]}" -append -background black -alpha remove -alpha off -type TrueColor \
        "$OUT/$place/images/$place-$x-$y.png"
    else
      convert "${rows[@]}" -append -type Grayscale -depth 8 "$OUT/$place/masks/$place-$x-$y.png"
    fi
  done
done
