#!/usr/bin/env python3
"""Writes the small PyTorch checkpoints tst_torchcheckpoint reads (python3-torch, CPU).

  /usr/bin/python3 tests/make_test_checkpoints.py tests/data/checkpoints

official_like.pth: what official LAVT-family checkpoints hold, in miniature: a model state
dict with a DDP "module." prefix, several dtypes, an nn.Parameter and a view into a shared
storage; a separate "bert_model" state dict; optimizer state; an argparse.Namespace of
training arguments; an epoch number. hostile.pth: a pickle that asks to run os.system.
legacy.pth: the pre-1.6 (non-ZIP) format.
"""
import argparse
import collections
import os
import sys

import torch


class Hostile:
    def __reduce__(self):
        return (os.system, ("echo this must never run",))


def main(out):
    os.makedirs(out, exist_ok=True)
    torch.manual_seed(7)
    base = torch.arange(12, dtype=torch.float32).reshape(3, 4)
    model = collections.OrderedDict()
    model["module.backbone.patch_embed.proj.weight"] = base
    model["module.backbone.layers.0.row"] = base[1]  # a view: offset 4 into the same storage
    model["module.classifier.bias"] = torch.nn.Parameter(torch.tensor([0.5, -1.5]))
    model["module.half"] = torch.tensor([1.0, 2.5], dtype=torch.float16)
    model["module.count"] = torch.tensor([3, -4, 5], dtype=torch.int64)
    model["module.flags"] = torch.tensor([True, False])
    model["module.transposed"] = base.t()
    bert = collections.OrderedDict(
        [("embeddings.word_embeddings.weight", torch.full((2, 3), 0.25)),
         ("encoder.layer.0.output.dense.bias", torch.zeros(3))])
    args = argparse.Namespace(img_size=480, window12=False, swin_type="base", lr=5e-05,
                              bert_tokenizer="bert-base-uncased", ck_bert=None)
    optimizer = {"state": {0: {"exp_avg": torch.ones(3, 4)}}, "param_groups": [{"lr": 5e-05, "params": [0]}]}
    torch.save({"model": model, "bert_model": bert, "optimizer": optimizer, "args": args, "epoch": 39},
               os.path.join(out, "official_like.pth"))
    torch.save({"model": model, "payload": Hostile()}, os.path.join(out, "hostile.pth"))
    torch.save({"model": model}, os.path.join(out, "legacy.pth"), _use_new_zipfile_serialization=False)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/data/checkpoints")
