"""Reads the project's COCO and RRSIS-D exports without any of the project's code.

Run by the tests with Debian's python3 + numpy. Decodes COCO's compressed run-length strings
by their published definition (LEB128-like 5-bit groups, deltas from the count two back,
column-major), and loads an RRSIS-D folder the way the REFER API of LAVT / RMSIN does
(pickle.load of refs(unc).p, json of instances.json, refs joined to annotations and images).

  independent_decoder.py coco FILE      one line per annotation: area x y w h
  independent_decoder.py refer FOLDER   one line per ref: ref_id split category area x y w h | raw
"""
import json
import os
import pickle
import sys

import numpy as np


def counts_from_string(s):
    counts, p = [], 0
    while p < len(s):
        x, k, more = 0, 0, True
        while more:
            c = ord(s[p]) - 48
            x |= (c & 0x1F) << (5 * k)
            more = bool(c & 0x20)
            p += 1
            k += 1
            if not more and (c & 0x10):
                x |= -1 << (5 * k)
        if len(counts) > 2:
            x += counts[-2]
        counts.append(x)
    return counts


def decode(segmentation):
    h, w = segmentation["size"]
    flat = np.zeros(h * w, dtype=np.uint8)
    at = 0
    for i, n in enumerate(counts_from_string(segmentation["counts"])):
        if i % 2 == 1:
            flat[at:at + n] = 1
        at += n
    assert at == h * w, "counts cover %d pixels, not %d" % (at, h * w)
    return flat.reshape((w, h)).T


def describe(mask):
    ys, xs = np.nonzero(mask)
    if len(xs) == 0:
        return "0 0 0 0 0"
    return "%d %d %d %d %d" % (mask.sum(), xs.min(), ys.min(), xs.max() - xs.min() + 1, ys.max() - ys.min() + 1)


def coco(path):
    for a in json.load(open(path))["annotations"]:
        print(describe(decode(a["segmentation"])))


def refer(folder):
    refs = pickle.load(open(os.path.join(folder, "refs(unc).p"), "rb"))
    instances = json.load(open(os.path.join(folder, "instances.json")))
    anns = {a["id"]: a for a in instances["annotations"]}
    imgs = {i["id"]: i for i in instances["images"]}
    cats = {c["id"]: c["name"] for c in instances["categories"]}
    for ref in refs:
        ann, img = anns[ref["ann_id"]], imgs[ref["image_id"]]
        assert os.path.isfile(os.path.join(folder, "JPEGImages", img["file_name"])), img["file_name"]
        assert ref["sent_ids"] == [s["sent_id"] for s in ref["sentences"]]
        mask = decode(ann["segmentation"])
        assert mask.shape == (img["height"], img["width"])
        for sentence in ref["sentences"]:
            assert sentence["tokens"] == sentence["sent"].split(), sentence
            print("%d %s %s %s | %s" % (ref["ref_id"], ref["split"], cats[ref["category_id"]].replace(" ", "_"),
                                        describe(mask), sentence["raw"]))


if __name__ == "__main__":
    {"coco": coco, "refer": refer}[sys.argv[1]](sys.argv[2])
