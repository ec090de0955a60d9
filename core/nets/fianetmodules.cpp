#include "nets/fianetmodules.h"

#include "nets/gelu.h"
#include "nets/precision.h"

namespace rrsis::nets {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

ObjectPositionAlignImpl::ObjectPositionAlignImpl(int64_t dim_, int64_t textChannels, int64_t heads) : dim(dim_) {
  go_cross_attn =
      register_module("go_cross_attn", SpatialImageLanguageAttention(dim, textChannels, dim, dim, dim, heads));
  go_tanh_gating = register_module("go_tanh_gating", languageGate(dim));
  go_embedding = register_module("go_embedding", nn::Linear(nn::LinearOptions(dim, dim).bias(false)));
  sp_cross_attn =
      register_module("sp_cross_attn", SpatialImageLanguageAttention(dim, textChannels, dim, dim, dim, heads));
  conv1 = register_module("conv1", nn::Conv2d(nn::Conv2dOptions(2, 1, 3).padding(1).bias(false)));
}

torch::Tensor ObjectPositionAlignImpl::forward(const torch::Tensor& x, int64_t H, int64_t W, const torch::Tensor& t,
                                               const torch::Tensor& tMask, const torch::Tensor& p,
                                               const torch::Tensor& pMask) {
  const auto B = x.size(0);
  auto go = go_cross_attn(x, t, tMask);
  go = go_tanh_gating->forward(go) * go;
  const auto sp = sp_cross_attn(x, p, pMask).reshape({B, H, W, dim}).permute({0, 3, 1, 2});
  const auto pooled = torch::cat({sp.mean(1, true), std::get<0>(sp.max(1, true))}, 1);
  const auto attention = torch::sigmoid(conv1(pooled)).permute({0, 2, 3, 1}).reshape({B, H * W, 1});
  return go * attention;
}

TmemBlockImpl::TmemBlockImpl(int64_t dim, int64_t textChannels) {
  norm1 = register_module("norm1", nn::LayerNorm(nn::LayerNormOptions({dim})));
  tma = register_module("tma", SpatialImageLanguageAttention(dim, textChannels, dim, dim, dim, 1));
  norm2 = register_module("norm2", nn::LayerNorm(nn::LayerNormOptions({dim})));
  auto ff = register_module("ff", std::make_shared<nn::Module>());
  auto net =
      ff->register_module("net", std::make_shared<nn::Module>());  // Sequential: 0 Linear, 1 GELU, 2 Dropout, 3 Linear
  fc1 = net->register_module("0", nn::Linear(dim, 2 * dim));
  fc2 = net->register_module("3", nn::Linear(2 * dim, dim));
}

torch::Tensor TmemBlockImpl::forward(const torch::Tensor& input, const torch::Tensor& l, const torch::Tensor& lMask) {
  const auto B = input.size(0), C = input.size(1), H = input.size(2), W = input.size(3);
  const auto x = input.flatten(2).transpose(1, 2);
  auto out = x + tma(layerNormFp32(norm1, x), l, lMask);
  out = out + fc2(nets::gelu(fc1(layerNormFp32(norm2, out))));
  return out.reshape({B, H, W, C}).permute({0, 3, 1, 2});
}

TextAwareEnhancementImpl::TextAwareEnhancementImpl(const std::vector<int64_t>& channels_, int64_t blocks,
                                                   int64_t textChannels)
    : channels(channels_) {
  int64_t dim = 0;
  for (int64_t c : channels) dim += c;
  down_channel = register_module("down_channel", nn::Conv2d(nn::Conv2dOptions(dim, dim / 4, 1)));
  up_channel = register_module("up_channel", nn::Conv2d(nn::Conv2dOptions(dim / 4, dim, 1)));
  block = register_module("block", nn::ModuleList());
  for (int64_t i = 0; i < blocks; ++i) block->push_back(TmemBlock(dim / 4, textChannels));
  bn = register_module("bn", nn::BatchNorm2d(dim / 4));
  fusion = register_module("fusion", nn::ModuleList());
  for (int64_t c : channels) fusion->push_back(ScaleAwareGate(c));
}

std::vector<torch::Tensor> TextAwareEnhancementImpl::forward(const std::vector<torch::Tensor>& stages,
                                                             const torch::Tensor& l, const torch::Tensor& lMask) {
  auto x = down_channel(poolToDeepest(stages));
  for (const auto& b : *block) x = b->as<TmemBlock>()->forward(x, l, lMask);
  return gateBack(stages, up_channel(bn(x)), channels, fusion);
}

}  // namespace rrsis::nets
