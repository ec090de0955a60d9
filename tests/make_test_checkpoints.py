#!/usr/bin/env python3
"""Writes the small PyTorch checkpoints tst_torchcheckpoint reads (python3-torch, CPU).

  /usr/bin/python3 tests/make_test_checkpoints.py tests/data/checkpoints

official_like.pth: what official LAVT-family checkpoints hold, in miniature: a model state
dict with a DDP "module." prefix, several dtypes, an nn.Parameter and a view into a shared
storage; a separate "bert_model" state dict; optimizer state; an argparse.Namespace of
training arguments; an epoch number. hostile.pth: a pickle that asks to run os.system.
legacy.pth: the pre-1.6 (non-ZIP) format.

From tests/data/lavt/lavt_tiny_golden.safetensors (the tiny LAVT tst_lavt generated), the same
weights as training runs of the official code would save them: lavt_tiny.pth (the `lavt`
layout: BERT apart in "bert_model", a DDP "module." prefix, optimizer and scheduler state, the
arguments), lavt_one_tiny.pth (BERT inside "model" as text_encoder), lavt_nobert.pth and
lavt_badshape.pth (one tensor of another shape) for the converter's refusals. From
tests/data/rmsin/rmsin_tiny_golden.safetensors: rmsin_tiny.pth (lavt_one layout, as RMSIN and
RemoteSAM save it). From tests/data/fianet/fianet_tiny_golden.safetensors: fianet_tiny.pth.
From tests/data/lgce/lgce_tiny_golden.safetensors: lgce_tiny.pth, laid out as the RRSIS authors'
LAVT-based training saves it (BERT apart), with the decoder modules their code builds but whose
output never reaches the logits (msb2, msb3, lg_layer1/2, msb1's patch embeddings and CLS
cross-attention), as random tensors the converter must leave out.
tests/data/nltk: a tiny tagger pickled as NLTK 3.8 saves its averaged-perceptron tagger.
"""
import argparse
import collections
import json
import os
import struct
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


def read_safetensors(path):
    """A safetensors file as an ordered dict of tensors (F32 and I64 entries)."""
    with open(path, "rb") as f:
        header_size = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(header_size))
        data = f.read()
    dtypes = {"F32": torch.float32, "I64": torch.int64}
    out = collections.OrderedDict()
    for name in sorted(k for k in header if k != "__metadata__"):
        entry = header[name]
        begin, end = entry["data_offsets"]
        t = torch.frombuffer(bytearray(data[begin:end]), dtype=dtypes[entry["dtype"]])
        out[name] = t.reshape(entry["shape"]).clone()
    return out


def state_dict(items):
    """An OrderedDict with the _metadata attribute a module's state_dict() carries."""
    sd = collections.OrderedDict(items)
    sd._metadata = collections.OrderedDict([("", {"version": 1})])
    return sd


def lavt_checkpoints(golden, out):
    weights = collections.OrderedDict(
        (k[len("model."):], v) for k, v in read_safetensors(golden).items() if k.startswith("model."))
    bert = [(k[len("text_encoder."):], v) for k, v in weights.items() if k.startswith("text_encoder.")]
    rest = [(k, v) for k, v in weights.items() if not k.startswith("text_encoder.")]
    args = dict(img_size=64, mha="1-2-1-2", window12=False, swin_type="tiny", fusion_drop=0.0,
                bert_tokenizer="bert-base-uncased", dataset="refsegrs")
    optimizer = {"state": {0: {"step": 10, "exp_avg": torch.ones(4, 4), "exp_avg_sq": torch.ones(4, 4)}},
                 "param_groups": [{"lr": 3e-05, "weight_decay": 0.01, "params": [0]}]}
    torch.save({"model": state_dict(("module." + k, v) for k, v in rest),
                "bert_model": state_dict(("module." + k, v) for k, v in bert),
                "optimizer": optimizer, "lr_scheduler": {"last_epoch": 10, "base_lrs": [3e-05]},
                "epoch": 39, "args": argparse.Namespace(model="lavt", **args)},
               os.path.join(out, "lavt_tiny.pth"))
    torch.save({"model": state_dict(weights.items()), "epoch": 39,
                "args": argparse.Namespace(model="lavt_one", **args)},
               os.path.join(out, "lavt_one_tiny.pth"))
    torch.save({"model": state_dict(rest), "args": argparse.Namespace(model="lavt", **args)},
               os.path.join(out, "lavt_nobert.pth"))
    bad = collections.OrderedDict(weights)
    bad["classifier.conv1_1.weight"] = torch.zeros(3, *bad["classifier.conv1_1.weight"].shape[1:])
    torch.save({"model": state_dict(bad.items()), "args": argparse.Namespace(model="lavt_one", **args)},
               os.path.join(out, "lavt_badshape.pth"))


def rmsin_checkpoint(golden, out):
    weights = collections.OrderedDict(
        (k[len("model."):], v) for k, v in read_safetensors(golden).items() if k.startswith("model."))
    args = argparse.Namespace(model="lavt_one", img_size=64, mha="1-2-1-2", window12=False, swin_type="base",
                              fusion_drop=0.0, dataset="rrsisd")
    optimizer = {"state": {}, "param_groups": [{"lr": 3e-05, "params": []}]}
    torch.save({"model": state_dict(weights.items()), "optimizer": optimizer, "epoch": 39, "args": args},
               os.path.join(out, "rmsin_tiny.pth"))


def fianet_checkpoint(golden, out):
    weights = collections.OrderedDict(
        (k[len("model."):], v) for k, v in read_safetensors(golden).items() if k.startswith("model."))
    args = argparse.Namespace(model="lavt_one", img_size=64, mha="1-2-1-2", window12=False, swin_type="base",
                              fusion_drop=0.0, dataset="refsegrs", num_tmem=2)
    torch.save({"model": state_dict(weights.items()), "epoch": 59, "args": args},
               os.path.join(out, "fianet_tiny.pth"))


def lgce_checkpoint(golden, out):
    weights = collections.OrderedDict(
        (k[len("model."):], v) for k, v in read_safetensors(golden).items() if k.startswith("model."))
    bert = [(k[len("text_encoder."):], v) for k, v in weights.items() if k.startswith("text_encoder.")]
    rest = collections.OrderedDict((k, v) for k, v in weights.items() if not k.startswith("text_encoder."))
    c3, c4 = rest["classifier.lg_layer3.weight"].shape[0], rest["classifier.lg_layer4.weight"].shape[0]
    text = rest["classifier.lg_layer3.weight"].shape[1]
    rest["classifier.lg_layer1.weight"] = torch.randn(c3 // 4, text)
    rest["classifier.lg_layer2.bias"] = torch.randn(c3 // 2)
    rest["classifier.msb1.patch_embed.0.proj.weight"] = torch.randn(c3, 3, 8, 8)
    rest["classifier.msb1.msb.projs.0.2.weight"] = torch.randn(c4, c3)
    rest["classifier.msb1.msb.fusion.1.0.attn.wq.weight"] = torch.randn(c3, c3)
    rest["classifier.msb1.msb.revert_projs.1.0.weight"] = torch.randn(c3)
    rest["classifier.msb2.msb.blocks.0.0.norm1.weight"] = torch.randn(c3 // 2)
    rest["classifier.msb3.msb.blocks.1.0.attn.qkv.weight"] = torch.randn(3 * c3 // 2, c3 // 2)
    args = argparse.Namespace(model="lavt", img_size=64, mha="1-2-1-2", window12=False, swin_type="tiny",
                              fusion_drop=0.0, dataset="refsegrs", bert_tokenizer="bert-base-uncased")
    torch.save({"model": state_dict(("module." + k, v) for k, v in rest.items()),
                "bert_model": state_dict(("module." + k, v) for k, v in bert), "epoch": 39, "args": args},
               os.path.join(out, "lgce_tiny.pth"))


def nltk_tagger_pickle(root):
    """A tiny tagger in NLTK 3.8's format: pickle.dump((weights, tagdict, classes), f, 2)."""
    weights = {"i-1 tag+i word DT car": {"NN": 2.0}, "i word parked": {"NN": 1.0, "VBD": 1.0},
               "i word !year": {"CD": 5.0}, "i-1 word !YEAR": {"NNS": 3.0}, "bias": {"JJ": 0.5}}
    tagdict = {"the": "DT"}
    classes = {"CD", "DT", "JJ", "NN", "NNS", "VBD"}
    folder = os.path.join(root, "taggers", "averaged_perceptron_tagger")
    os.makedirs(folder, exist_ok=True)
    import pickle
    with open(os.path.join(folder, "averaged_perceptron_tagger.pickle"), "wb") as f:
        pickle.dump((weights, tagdict, classes), f, 2)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "data", "checkpoints"))
    lavt = os.path.join(here, "data", "lavt")
    lavt_checkpoints(os.path.join(lavt, "lavt_tiny_golden.safetensors"), lavt)
    rmsin = os.path.join(here, "data", "rmsin")
    rmsin_checkpoint(os.path.join(rmsin, "rmsin_tiny_golden.safetensors"), rmsin)
    fianet = os.path.join(here, "data", "fianet")
    fianet_checkpoint(os.path.join(fianet, "fianet_tiny_golden.safetensors"), fianet)
    lgce = os.path.join(here, "data", "lgce")
    lgce_checkpoint(os.path.join(lgce, "lgce_tiny_golden.safetensors"), lgce)
    nltk_tagger_pickle(os.path.join(here, "data", "nltk"))
