#pragma once
#include <torch/torch.h>

namespace rrsis::nets {

/**
 * Exact (erf) GELU whose backward is correct for every gradient layout. LibTorch 1.13's own
 * GELU backward on the CPU reads a non-contiguous incoming gradient as if it were contiguous
 * (measured: a permute after GELU gives gradients of 1e5 and more, differing run to run), which
 * LAVT's pixel-word attention triggers. Forward is torch::gelu; backward makes the gradient
 * contiguous before the native GELU backward.
 */
torch::Tensor gelu(const torch::Tensor& x);

}  // namespace rrsis::nets
