#!/usr/bin/env python3
"""The compact network of core/nets/compactnet.cpp, written again in PyTorch, layer for
layer and with the same parameter names, so a bundle's safetensors weights load here
strictly and a TorchScript export of the *same* network can be compared with the native
C++ one (bench/bench_inference.cpp does that).

  compact_net.py export BUNDLE OUT.ts   trace the bundle's network to TorchScript
  compact_net.py time OUT.ts SIZE THREADS RUNS L
                                        median forward time of a TorchScript module, ms
  compact_net.py serve OUT.ts SIZE THREADS L
                                        for each line read from stdin, run the module once
                                        and print its forward time in ms (so a benchmark can
                                        interleave Python runs with its own)

Needs only python3-torch (Debian's, 1.13) and the standard library.
"""
import json
import math
import statistics
import struct
import sys
import time

import torch
import torch.nn.functional as F
from torch import nn

MASKED_BIAS = -1e4
DTYPES = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16,
          "I64": torch.int64, "F64": torch.float64, "I32": torch.int32, "U8": torch.uint8}


def read_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    body = data[8 + n:]
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        begin, end = entry["data_offsets"]
        t = torch.frombuffer(bytearray(body[begin:end]), dtype=DTYPES[entry["dtype"]])
        tensors[name] = t.reshape(entry["shape"]).clone()
    return tensors


def conv(cin, cout, k, stride=1, bias=False, groups=1):
    return nn.Conv2d(cin, cout, k, stride=stride, padding=k // 2, bias=bias, groups=groups)


def conv_bn_relu(cin, cout, stride):
    return nn.Sequential(conv(cin, cout, 3, stride), nn.BatchNorm2d(cout), nn.ReLU(True))


class TextLayer(nn.Module):
    def __init__(self, dim, heads):
        super().__init__()
        self.heads = heads
        self.norm1 = nn.LayerNorm(dim)
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)
        self.norm2 = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, 2 * dim)
        self.fc2 = nn.Linear(2 * dim, dim)

    def forward(self, x, key_bias):
        b, l, d = x.shape
        hd = d // self.heads
        qkv = self.qkv(self.norm1(x)).reshape(b, l, 3, self.heads, hd).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = torch.matmul(q, k.transpose(-2, -1)) * (1.0 / math.sqrt(hd))
        scores = scores + key_bias.view(b, 1, 1, l)
        att = torch.matmul(scores.softmax(-1), v).transpose(1, 2).reshape(b, l, d)
        y = x + self.proj(att)
        return y + self.fc2(F.gelu(self.fc1(self.norm2(y))))


class TextEncoder(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.embed = nn.Embedding(c["vocab_size"], c["text_dim"])
        self.pos = nn.Parameter(torch.zeros(c["max_tokens"], c["text_dim"]))
        self.layers = nn.ModuleList([TextLayer(c["text_dim"], c["text_heads"]) for _ in range(c["text_layers"])])
        self.norm = nn.LayerNorm(c["text_dim"])

    def forward(self, ids, mask):
        l = ids.shape[1]
        x = self.embed(ids) + self.pos[:l].unsqueeze(0)
        key_bias = (1.0 - mask.float()) * MASKED_BIAS
        for layer in self.layers:
            x = layer(x, key_bias)
        return self.norm(x)


class ConvBlock(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.dw = conv(c, c, 3, groups=c)
        self.bn1 = nn.BatchNorm2d(c)
        self.pw1 = conv(c, 2 * c, 1, bias=True)
        self.pw2 = conv(2 * c, c, 1)
        self.bn2 = nn.BatchNorm2d(c)

    def forward(self, x):
        return x + self.bn2(self.pw2(torch.relu(self.pw1(self.bn1(self.dw(x))))))


class WordFusion(nn.Module):
    def __init__(self, c, text_dim):
        super().__init__()
        self.key_dim = min(c, 64)
        self.query = conv(c, self.key_dim, 1, bias=True)
        self.key = nn.Linear(text_dim, self.key_dim)
        self.value = nn.Linear(text_dim, c)
        self.vis = conv(c, c, 1, bias=True)
        self.project = conv(c, c, 1, bias=True)
        self.gate1 = conv(c, c, 1, bias=True)
        self.gate2 = conv(c, c, 1, bias=True)

    def forward(self, x, words, key_bias):
        b, c, h, w = x.shape
        q = self.query(x).flatten(2).transpose(1, 2)
        k = self.key(words)
        v = self.value(words)
        scores = torch.matmul(q, k.transpose(1, 2)) * (1.0 / math.sqrt(self.key_dim))
        scores = scores + key_bias.unsqueeze(1)
        lang = torch.matmul(scores.softmax(-1), v).transpose(1, 2).reshape(b, c, h, w)
        mm = F.gelu(self.project(F.gelu(self.vis(x)) * lang))
        g = torch.tanh(self.gate2(torch.relu(self.gate1(mm))))
        return x + g * mm


class Stage(nn.Module):
    def __init__(self, cin, cout, depth, downsample, text_dim):
        super().__init__()
        self.down = conv_bn_relu(cin, cout, 2) if downsample else nn.Sequential()
        self.blocks = nn.Sequential(*[ConvBlock(cout) for _ in range(depth)])
        self.fusion = WordFusion(cout, text_dim)

    def forward(self, x, words, key_bias):
        return self.fusion(self.blocks(self.down(x)), words, key_bias)


class CompactNet(nn.Module):
    def __init__(self, c):
        super().__init__()
        w, d = c["widths"], c["decoder_dim"]
        self.text = TextEncoder(c)
        self.stem = nn.Sequential(conv(3, 16, 3, 2), nn.BatchNorm2d(16), nn.ReLU(True),
                                  conv(16, w[0], 3, 2), nn.BatchNorm2d(w[0]), nn.ReLU(True))
        self.stages = nn.ModuleList([Stage(w[0] if i == 0 else w[i - 1], w[i], c["depths"][i], i > 0, c["text_dim"])
                                     for i in range(4)])
        self.lateral = nn.ModuleList([conv(w[i], d, 1, bias=True) for i in range(4)])
        self.smooth = nn.ModuleList([conv_bn_relu(d, d, 1) for _ in range(3)])
        self.head = nn.Sequential(conv(d, d, 3), nn.BatchNorm2d(d), nn.ReLU(True), conv(d, 2, 1, bias=True))

    def forward(self, image, ids, mask):
        words = self.text(ids, mask)
        key_bias = (1.0 - mask.float()) * MASKED_BIAS
        x = self.stem(image)
        features = []
        for stage in self.stages:
            x = stage(x, words, key_bias)
            features.append(x)
        p = self.lateral[3](features[3])
        for i in (2, 1, 0):
            lat = self.lateral[i](features[i])
            p = self.smooth[i](lat + F.interpolate(p, size=lat.shape[-2:], mode="bilinear", align_corners=False))
        return F.interpolate(self.head(p), size=image.shape[-2:], mode="bilinear", align_corners=False)


def export(bundle, out):
    with open(f"{bundle}/model.json") as f:
        manifest = json.load(f)
    config = dict(manifest["config"])
    config["max_tokens"] = manifest["text"]["max_tokens"]
    net = CompactNet(config)
    net.load_state_dict(read_safetensors(f"{bundle}/{manifest['weights']}"), strict=True)
    net.eval()
    w, h = manifest["input"]["size"]
    example = (torch.zeros(1, 3, h, w), torch.ones(1, config["max_tokens"], dtype=torch.long),
               torch.ones(1, config["max_tokens"], dtype=torch.long))
    with torch.no_grad():
        traced = torch.jit.trace(net, example, check_trace=False)
    traced.save(out)
    print(f"exported {bundle} to {out}")


def time_module(path, size, threads, runs, length):
    torch.set_num_threads(threads)
    module = torch.jit.load(path).eval()
    torch.manual_seed(0)
    image = torch.randn(1, 3, size, size)
    ids = torch.randint(1, 50, (1, length))
    mask = torch.ones(1, length, dtype=torch.long)
    times = []
    with torch.inference_mode():
        for i in range(runs + 3):
            t0 = time.perf_counter()
            module(image, ids, mask)
            if i >= 3:
                times.append((time.perf_counter() - t0) * 1000.0)
    print(f"{statistics.median(times):.3f}")


def serve(path, size, threads, length):
    torch.set_num_threads(threads)
    module = torch.jit.load(path).eval()
    torch.manual_seed(0)
    image = torch.randn(1, 3, size, size)
    ids = torch.randint(1, 50, (1, length))
    mask = torch.ones(1, length, dtype=torch.long)
    with torch.inference_mode():
        for _ in sys.stdin:
            t0 = time.perf_counter()
            module(image, ids, mask)
            print(f"{(time.perf_counter() - t0) * 1000.0:.3f}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "export":
        export(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 6 and sys.argv[1] == "serve":
        serve(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    elif len(sys.argv) == 7 and sys.argv[1] == "time":
        time_module(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]))
    else:
        sys.exit(__doc__)
