#!/usr/bin/env python3
"""Exports the tiny TorchScript modules the tests load (python3-torch, CPU).

Every module follows the bundle contract forward(image, ids, mask) unless its name says
otherwise. They are deterministic functions of their input, so the tests can predict
their output exactly:

  colour_logits2.pt  logits [B,2,H,W]: target where the image is red (r - max(g, b) > 0)
  quarter_logits2.pt the same at a quarter of the input size (tests the upsampling)
  ramp_logits2.pt    target probability rises from left to right across each input
  colour_logit1.pt   one sigmoid channel, same rule as colour_logits2
  text_logits2.pt    target everywhere when the ids contain 5 ("car" in the test vocab)
  throws.pt          raises when the ids contain 9, else like colour_logits2
  nan.pt             returns NaN when the ids contain 9
  wrong_signature.pt forward(image) only
  wrong_shape.pt     returns [B,3,H,W]
"""
import sys
import torch
from torch import Tensor, nn


def redness(image: Tensor) -> Tensor:
    # image is normalised with ImageNet mean/std; undo it to get 0..1 RGB.
    mean = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1)
    std = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)
    rgb = image * std + mean
    return rgb[:, 0:1] - torch.max(rgb[:, 1:2], rgb[:, 2:3])


class ColourLogits2(nn.Module):
    def forward(self, image: Tensor, ids: Tensor, mask: Tensor) -> Tensor:
        r = redness(image) * 40.0 - 8.0
        return torch.cat([-r, r], 1) * 0.5


class QuarterLogits2(nn.Module):
    def forward(self, image: Tensor, ids: Tensor, mask: Tensor) -> Tensor:
        r = torch.nn.functional.avg_pool2d(redness(image), 4) * 40.0 - 8.0
        return torch.cat([-r, r], 1) * 0.5


class RampLogits2(nn.Module):
    def forward(self, image: Tensor, ids: Tensor, mask: Tensor) -> Tensor:
        b, _, h, w = image.shape
        x = torch.linspace(-4.0, 4.0, w).view(1, 1, 1, w).expand(b, 1, h, w)
        return torch.cat([-x, x], 1) * 0.5


class ColourLogit1(nn.Module):
    def forward(self, image: Tensor, ids: Tensor, mask: Tensor) -> Tensor:
        return redness(image) * 40.0 - 8.0


class TextLogits2(nn.Module):
    def forward(self, image: Tensor, ids: Tensor, mask: Tensor) -> Tensor:
        b, _, h, w = image.shape
        hit = ((ids == 5) & (mask > 0)).any(1).float().view(b, 1, 1, 1) * 8.0 - 4.0
        r = hit.expand(b, 1, h, w)
        return torch.cat([-r, r], 1) * 0.5


class Throws(nn.Module):
    def forward(self, image: Tensor, ids: Tensor, mask: Tensor) -> Tensor:
        if bool((ids == 9).any()):
            raise RuntimeError("the test module refuses id 9")
        r = redness(image) * 40.0 - 8.0
        return torch.cat([-r, r], 1) * 0.5


class NaNs(nn.Module):
    def forward(self, image: Tensor, ids: Tensor, mask: Tensor) -> Tensor:
        r = redness(image)
        if bool((ids == 9).any()):
            r = r * float("nan")
        return torch.cat([-r, r], 1)


class WrongSignature(nn.Module):
    def forward(self, image: Tensor) -> Tensor:
        return torch.cat([image[:, :1], image[:, :1]], 1)


class WrongShape(nn.Module):
    def forward(self, image: Tensor, ids: Tensor, mask: Tensor) -> Tensor:
        return image * 1.0


def main(out_dir: str) -> None:
    torch.manual_seed(0)
    modules = {
        "colour_logits2.pt": ColourLogits2(),
        "quarter_logits2.pt": QuarterLogits2(),
        "ramp_logits2.pt": RampLogits2(),
        "colour_logit1.pt": ColourLogit1(),
        "text_logits2.pt": TextLogits2(),
        "throws.pt": Throws(),
        "nan.pt": NaNs(),
        "wrong_signature.pt": WrongSignature(),
        "wrong_shape.pt": WrongShape(),
    }
    for name, module in modules.items():
        torch.jit.script(module.eval()).save(f"{out_dir}/{name}")
    print(f"wrote {len(modules)} modules to {out_dir}")


if __name__ == "__main__":
    main(sys.argv[1])
