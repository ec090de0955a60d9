#include "nets/multimodalswin.h"
#include "nets/precision.h"

namespace rrsis::nets {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

std::string SwinOptions::validate() const {
  if (embedDim <= 0 || window <= 0 || textDim <= 0) return "embed_dim, window and text_dim must be positive";
  if (cimSide < 0) return "cim_side must not be negative";
  if (depths.size() != 4 || heads.size() != 4 || fusionHeads.size() != 4)
    return "depths, heads and fusion heads need four stages";
  for (size_t i = 0; i < 4; ++i) {
    if (depths[i] <= 0 || heads[i] <= 0 || fusionHeads[i] <= 0) return "depths and heads must be positive";
    if (stageDim(i) % heads[i] != 0 || stageDim(i) % fusionHeads[i] != 0)
      return "stage " + std::to_string(i) + " width " + std::to_string(stageDim(i)) + " is not divisible by its heads";
  }
  return {};
}

bool SwinOptions::fromName(const std::string& name, SwinOptions& o) {
  if (name == "tiny") {
    o.embedDim = 96, o.depths = {2, 2, 6, 2}, o.heads = {3, 6, 12, 24};
  } else if (name == "small") {
    o.embedDim = 96, o.depths = {2, 2, 18, 2}, o.heads = {3, 6, 12, 24};
  } else if (name == "base") {
    o.embedDim = 128, o.depths = {2, 2, 18, 2}, o.heads = {4, 8, 16, 32};
  } else if (name == "large") {
    o.embedDim = 192, o.depths = {2, 2, 18, 2}, o.heads = {6, 12, 24, 48};
  } else {
    return false;
  }
  return true;
}

PatchEmbedImpl::PatchEmbedImpl(int64_t patch_, int64_t inChannels, int64_t dim_) : patch(patch_), dim(dim_) {
  proj = register_module("proj", nn::Conv2d(nn::Conv2dOptions(inChannels, dim, patch).stride(patch)));
  norm = register_module("norm", nn::LayerNorm(nn::LayerNormOptions({dim})));
}

torch::Tensor PatchEmbedImpl::forward(const torch::Tensor& input) {
  const auto H = input.size(2), W = input.size(3);
  auto x = input;
  if (W % patch != 0 || H % patch != 0)
    x = F::pad(x, F::PadFuncOptions({0, (patch - W % patch) % patch, 0, (patch - H % patch) % patch}));
  Fp32Scope fp32;  // a convolution: fp32 under bf16 inference
  x = proj(toFloat(x));
  const auto Wh = x.size(2), Ww = x.size(3);
  return norm(x.flatten(2).transpose(1, 2)).transpose(1, 2).reshape({-1, dim, Wh, Ww});
}

MultiModalStageImpl::MultiModalStageImpl(const SwinOptions& o, size_t i) : window(o.window) {
  const int64_t dim = o.stageDim(i);
  blocks = register_module("blocks", nn::ModuleList());
  for (int64_t b = 0; b < o.depths[i]; ++b)
    blocks->push_back(SwinBlock(dim, o.heads[i], window, b % 2 ? window / 2 : 0, o.mlpRatio));
  if (o.fianet) {
    fc1 = register_module("fc1", torch::nn::Linear(dim, dim / 8));
    fc2 = register_module("fc2", torch::nn::Linear(dim / 8, dim));
    context_pixel_attn = register_module("context_pixel_attn", PWAM(dim, o.textDim, o.fusionHeads[i]));
    context_tanh_gate = register_module("context_tanh_gate", languageGate(dim));
    object_position_align_blk =
        register_module("object_position_align_blk", ObjectPositionAlign(dim, o.textDim, o.fusionHeads[i]));
  } else {
    fusion = register_module("fusion", PWAM(dim, o.textDim, o.fusionHeads[i]));
    res_gate = register_module("res_gate", languageGate(dim));
  }
  if (o.variousReceptive) {
    visual_residual = register_module("visual_residual", VariousReceptive());
    visual_gate = register_module("visual_gate", languageGate(dim));
  }
  if (i < 3) downsample = register_module("downsample", PatchMerging(dim));
}

StageOutput MultiModalStageImpl::forward(const torch::Tensor& input, int64_t H, int64_t W,
                                         const LanguageFeatures& lang) {
  const auto mask = shiftedWindowMask(H, W, window, window / 2, input.options());
  auto x = input;
  for (const auto& block : *blocks) x = block->as<SwinBlock>()->forward(x, H, W, mask);
  if (context_pixel_attn) {
    // FIANet: channel modulation of the gated context attention plus the object-position alignment.
    const auto modulation = torch::sigmoid(fc2(torch::relu(fc1(x.mean(1))))).unsqueeze(1);
    const auto residual = context_pixel_attn(x, lang.l, lang.lMask);
    torch::Tensor align;
    {
      Fp32Scope fp32;  // attention with instance norms and a convolution
      align = object_position_align_blk(toFloat(x), H, W, toFloat(lang.t), toFloat(lang.tMask), toFloat(lang.p),
                                        toFloat(lang.pMask));
    }
    x = x + (context_tanh_gate->forward(residual) * residual + align) * modulation;
    if (downsample) return {residual, H, W, downsample(x, H, W), (H + 1) / 2, (W + 1) / 2};
    return {residual, H, W, x, H, W};
  }
  const auto residual = fusion(x, lang.l, lang.lMask);
  if (visual_residual) {
    const auto visual = [&] {
      Fp32Scope fp32;  // convolutions on a one-channel map
      return visual_residual(toFloat(x), H, W);
    }();
    x = x + res_gate->forward(residual) * residual + visual_gate->forward(visual) * visual;
  } else {
    x = x + res_gate->forward(residual) * residual;
  }
  if (downsample) return {residual, H, W, downsample(x, H, W), (H + 1) / 2, (W + 1) / 2};
  return {residual, H, W, x, H, W};
}

MultiModalSwinImpl::MultiModalSwinImpl(const SwinOptions& o) : options(o) {
  const std::string problem = o.validate();
  if (!problem.empty()) throw std::invalid_argument("Swin options: " + problem);
  patch_embed = register_module("patch_embed", PatchEmbed(4, 3, o.embedDim));
  layers = register_module("layers", nn::ModuleList());
  for (size_t i = 0; i < 4; ++i) layers->push_back(MultiModalStage(o, i));
  for (size_t i = 0; i < 4; ++i)
    norms.push_back(register_module("norm" + std::to_string(i), nn::LayerNorm(nn::LayerNormOptions({o.stageDim(i)}))));
  if (o.tmemBlocks > 0)
    tmem = register_module(
        "tmem", TextAwareEnhancement(std::vector<int64_t>{o.stageDim(0), o.stageDim(1), o.stageDim(2), o.stageDim(3)},
                                     o.tmemBlocks, o.textDim));
  if (o.cimSide > 0)
    cim = register_module(
        "cim", CrossScaleInteraction(std::vector<int64_t>{o.stageDim(0), o.stageDim(1), o.stageDim(2), o.stageDim(3)},
                                     o.cimSide));
}

std::vector<torch::Tensor> MultiModalSwinImpl::forward(const torch::Tensor& image, const torch::Tensor& l,
                                                       const torch::Tensor& lMask) {
  return forward(image, LanguageFeatures{l, lMask, {}, {}, {}, {}});
}

std::vector<torch::Tensor> MultiModalSwinImpl::forward(const torch::Tensor& image, const LanguageFeatures& lang) {
  auto x = patch_embed(image);
  int64_t H = x.size(2), W = x.size(3);
  x = x.flatten(2).transpose(1, 2);
  std::vector<torch::Tensor> outs;
  for (size_t i = 0; i < 4; ++i) {
    StageOutput s = layers[i]->as<MultiModalStage>()->forward(x, H, W, lang);
    outs.push_back(
        layerNormFp32(norms[i], s.out).view({-1, s.H, s.W, options.stageDim(i)}).permute({0, 3, 1, 2}).contiguous());
    x = s.next, H = s.nextH, W = s.nextW;
  }
  if (!cim && !tmem) return outs;
  Fp32Scope fp32;  // convolutions and batch norms throughout
  for (auto& o : outs) o = toFloat(o);
  return cim ? cim(outs) : tmem(outs, toFloat(lang.l), toFloat(lang.lMask));
}

}  // namespace rrsis::nets
