#include "nets/vitblock.h"

#include <cmath>

#include "nets/precision.h"

namespace rrsis::nets {

namespace nn = torch::nn;

TokenAttentionImpl::TokenAttentionImpl(int64_t dim, int64_t heads_)
    : heads(heads_), scale(std::pow(double(dim / heads_), -0.5)) {
  qkv = register_module("qkv", nn::Linear(nn::LinearOptions(dim, 3 * dim).bias(false)));
  proj = register_module("proj", nn::Linear(dim, dim));
}

torch::Tensor TokenAttentionImpl::forward(const torch::Tensor& x) {
  const int64_t B = x.size(0), N = x.size(1), C = x.size(2);
  const auto parts = qkv(x).reshape({B, N, 3, heads, C / heads}).permute({2, 0, 3, 1, 4}).unbind(0);
  const auto attn = torch::matmul(parts[0] * scale, parts[1].transpose(-2, -1)).softmax(-1);
  return proj(torch::matmul(attn, parts[2]).transpose(1, 2).reshape({B, N, C}));
}

VitBlockImpl::VitBlockImpl(int64_t dim, int64_t heads, double mlpRatio) {
  if (heads <= 0 || dim % heads != 0) throw std::invalid_argument("a ViT block's width must be divisible by its heads");
  norm1 = register_module("norm1", nn::LayerNorm(nn::LayerNormOptions({dim})));
  attn = register_module("attn", TokenAttention(dim, heads));
  norm2 = register_module("norm2", nn::LayerNorm(nn::LayerNormOptions({dim})));
  mlp = register_module("mlp", SwinMlp(dim, int64_t(double(dim) * mlpRatio)));
}

torch::Tensor VitBlockImpl::forward(const torch::Tensor& input) {
  auto x = input + attn(layerNormFp32(norm1, input));
  return x + mlp(layerNormFp32(norm2, x));
}

}  // namespace rrsis::nets
