#pragma once
#include <cstdint>

#include <torch/torch.h>

#include "nets/swinblocks.h"

namespace rrsis::nets {

/** Global multi-head self-attention over tokens [B,N,C]: "qkv" (no bias, as LGCE builds it) and "proj". */
struct TokenAttentionImpl : torch::nn::Module {
  TokenAttentionImpl(int64_t dim, int64_t heads);
  torch::Tensor forward(const torch::Tensor& x);
  int64_t heads;
  double scale;
  torch::nn::Linear qkv{nullptr}, proj{nullptr};
};
TORCH_MODULE(TokenAttention);

/**
 * A pre-norm vision-transformer block as timm's `Block` lays it out (norm1, attn, norm2, mlp
 * with fc1 / GELU / fc2): x + attn(norm1(x)), then + mlp(norm2(x)). Layer norms with eps 1e-5
 * (nn.LayerNorm, as LGCE passes it), kept in fp32 under bf16.
 */
struct VitBlockImpl : torch::nn::Module {
  VitBlockImpl(int64_t dim, int64_t heads, double mlpRatio);
  torch::Tensor forward(const torch::Tensor& x);
  torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr};
  TokenAttention attn{nullptr};
  SwinMlp mlp{nullptr};  ///< fc1, GELU, fc2: timm's Mlp has the same layout as Swin's
};
TORCH_MODULE(VitBlock);

}  // namespace rrsis::nets
