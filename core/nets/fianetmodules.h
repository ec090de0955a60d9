#pragma once
#include <cstdint>

#include <torch/torch.h>

#include "nets/crossscaleinteraction.h"
#include "nets/pwam.h"

namespace rrsis::nets {

/**
 * FIANet's object-position alignment block (OPAB): the pixels attend over the object words
 * ("go_cross_attn", gated by "go_tanh_gating") and over the position words ("sp_cross_attn",
 * turned into a spatial attention map by "conv1" over its channel mean and max); the product
 * is the block's output. "go_embedding" is a parameter of the official module that its
 * forward never uses; it is kept so checkpoints load and the parameter count matches.
 */
struct ObjectPositionAlignImpl : torch::nn::Module {
  ObjectPositionAlignImpl(int64_t dim, int64_t textChannels, int64_t heads);
  /** x [B, HW, dim]; t, p [B, Ct, L]; tMask, pMask [B, L, 1]. */
  torch::Tensor forward(const torch::Tensor& x, int64_t H, int64_t W, const torch::Tensor& t,
                        const torch::Tensor& tMask, const torch::Tensor& p, const torch::Tensor& pMask);
  int64_t dim;
  SpatialImageLanguageAttention go_cross_attn{nullptr}, sp_cross_attn{nullptr};
  torch::nn::Sequential go_tanh_gating{nullptr};
  torch::nn::Linear go_embedding{nullptr};
  torch::nn::Conv2d conv1{nullptr};
};
TORCH_MODULE(ObjectPositionAlign);

/** One TMEM block: pre-norm text-aware attention ("tma") and a feed-forward ("ff.net.0/3"). */
struct TmemBlockImpl : torch::nn::Module {
  TmemBlockImpl(int64_t dim, int64_t textChannels);
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& l, const torch::Tensor& lMask);
  torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr};
  SpatialImageLanguageAttention tma{nullptr};
  torch::nn::Linear fc1{nullptr}, fc2{nullptr};
};
TORCH_MODULE(TmemBlock);

/**
 * FIANet's text-aware multi-scale enhancement module ("tmem"): the four stage outputs pooled
 * to the deepest one's size, reduced to a quarter, N TMEM blocks attending over the whole
 * expression, expanded, split per stage and merged back by scale-aware gates (as RMSIN's
 * cross-scale module, with text-aware attention in place of cross-scale attention).
 */
struct TextAwareEnhancementImpl : torch::nn::Module {
  TextAwareEnhancementImpl(const std::vector<int64_t>& channels, int64_t blocks, int64_t textChannels);
  std::vector<torch::Tensor> forward(const std::vector<torch::Tensor>& stages, const torch::Tensor& l,
                                     const torch::Tensor& lMask);
  std::vector<int64_t> channels;
  torch::nn::Conv2d down_channel{nullptr}, up_channel{nullptr};
  torch::nn::ModuleList block{nullptr}, fusion{nullptr};
  torch::nn::BatchNorm2d bn{nullptr};
};
TORCH_MODULE(TextAwareEnhancement);

}  // namespace rrsis::nets
