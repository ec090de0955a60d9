#pragma once
#include <cstdint>

#include <torch/torch.h>

namespace rrsis::nets {

/**
 * Window attention with a relative position bias (Swin's W-MSA / SW-MSA): parameters "qkv",
 * "proj" and "relative_position_bias_table" [(2w-1)^2, heads], the index as the buffer
 * "relative_position_index", as in the official code.
 */
struct WindowAttentionImpl : torch::nn::Module {
  WindowAttentionImpl(int64_t dim, int64_t window, int64_t heads);
  /** x [nW*B, w*w, C]; mask [nW, w*w, w*w] (0 / -100) or undefined. */
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& mask);
  int64_t window, heads;
  double scale;
  torch::Tensor relative_position_bias_table, relative_position_index;
  torch::nn::Linear qkv{nullptr}, proj{nullptr};
};
TORCH_MODULE(WindowAttention);

/** Swin's Mlp: "fc1", GELU, "fc2". */
struct SwinMlpImpl : torch::nn::Module {
  SwinMlpImpl(int64_t dim, int64_t hidden);
  torch::Tensor forward(const torch::Tensor& x);
  torch::nn::Linear fc1{nullptr}, fc2{nullptr};
};
TORCH_MODULE(SwinMlp);

/**
 * One Swin Transformer block: norm1, (shifted) window attention with the feature map padded
 * to whole windows, residual, norm2, Mlp, residual. Drop path is inactive (inference and the
 * fine-tuning this project does). Names as the official SwinTransformerBlock.
 */
struct SwinBlockImpl : torch::nn::Module {
  SwinBlockImpl(int64_t dim, int64_t heads, int64_t window, int64_t shift, double mlpRatio = 4.0);
  /** x [B, H*W, C]; `mask` from shiftedWindowMask() for shifted blocks. */
  torch::Tensor forward(const torch::Tensor& x, int64_t H, int64_t W, const torch::Tensor& mask);
  int64_t window, shift;
  torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr};
  WindowAttention attn{nullptr};
  SwinMlp mlp{nullptr};
};
TORCH_MODULE(SwinBlock);

/**
 * The attention mask of shifted windows for an H x W map (padded up to whole windows):
 * [nW, w*w, w*w], 0 within a region and -100 across regions, as the official stage builds it.
 */
torch::Tensor shiftedWindowMask(int64_t H, int64_t W, int64_t window, int64_t shift,
                                const torch::TensorOptions& options);

/** Patch merging: 2x2 neighbours concatenated (x0, x1, x2, x3 order), "norm" then "reduction". */
struct PatchMergingImpl : torch::nn::Module {
  explicit PatchMergingImpl(int64_t dim);
  torch::Tensor forward(const torch::Tensor& x, int64_t H, int64_t W);
  torch::nn::LayerNorm norm{nullptr};
  torch::nn::Linear reduction{nullptr};
};
TORCH_MODULE(PatchMerging);

}  // namespace rrsis::nets
