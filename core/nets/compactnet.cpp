#include "nets/compactnet.h"

#include "nets/batchnormfolding.h"
#include "nets/gelu.h"
#include "nets/precision.h"

#include <cmath>

#include <torch/nn/functional.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/batchnorm.h>

namespace rrsis::nets {

namespace F = torch::nn::functional;
namespace nn = torch::nn;

namespace {

constexpr double kMaskedBias = -1e4;  // finite, so a fully masked row never gives NaN

nn::Conv2d conv(int64_t in, int64_t out, int64_t k, int64_t stride = 1, bool bias = false, int64_t groups = 1) {
  return nn::Conv2d(nn::Conv2dOptions(in, out, k).stride(stride).padding(k / 2).bias(bias).groups(groups));
}

/** conv3x3 (optionally strided) + BN + ReLU, as a Sequential "0", "1", "2". */
nn::Sequential convBnRelu(int64_t in, int64_t out, int64_t stride) {
  return nn::Sequential(conv(in, out, 3, stride), nn::BatchNorm2d(out), nn::ReLU(true));
}

}  // namespace

std::string CompactOptions::validate() const {
  if (vocabSize < 4) return "vocab_size must be at least 4";
  if (maxTokens < 1 || maxTokens > 512) return "max_tokens must be between 1 and 512";
  if (textDim < 8 || textHeads < 1 || textDim % textHeads != 0) return "text_dim must be a multiple of text_heads";
  if (textLayers < 0 || textLayers > 24) return "text_layers must be between 0 and 24";
  if (widths.size() != 4 || depths.size() != 4) return "widths and depths need 4 entries";
  for (size_t i = 0; i < 4; ++i)
    if (widths[i] < 4 || widths[i] > 4096 || depths[i] < 0 || depths[i] > 32)
      return "widths must be 4..4096 and depths 0..32";
  if (decoderDim < 4 || decoderDim > 4096) return "decoder_dim must be 4..4096";
  return {};
}

TextLayerImpl::TextLayerImpl(int64_t dim, int64_t heads_) : heads(heads_) {
  norm1 = register_module("norm1", nn::LayerNorm(nn::LayerNormOptions({dim})));
  qkv = register_module("qkv", nn::Linear(dim, 3 * dim));
  proj = register_module("proj", nn::Linear(dim, dim));
  norm2 = register_module("norm2", nn::LayerNorm(nn::LayerNormOptions({dim})));
  fc1 = register_module("fc1", nn::Linear(dim, 2 * dim));
  fc2 = register_module("fc2", nn::Linear(2 * dim, dim));
}

torch::Tensor TextLayerImpl::forward(const torch::Tensor& x, const torch::Tensor& keyBias) {
  const auto B = x.size(0), L = x.size(1), D = x.size(2), hd = D / heads;
  auto qkvOut = qkv(layerNormFp32(norm1, x)).reshape({B, L, 3, heads, hd}).permute({2, 0, 3, 1, 4});
  auto q = qkvOut[0], k = qkvOut[1], v = qkvOut[2];  // [B,h,L,hd]
  auto scores = torch::matmul(q, k.transpose(-2, -1)) * (1.0 / std::sqrt(double(hd)));
  scores = scores + keyBias.view({B, 1, 1, L}).to(scores.scalar_type());
  auto attended = torch::matmul(scores.softmax(-1), v).transpose(1, 2).reshape({B, L, D});
  auto y = x + proj(attended);
  return y + fc2(nets::gelu(fc1(layerNormFp32(norm2, y))));
}

TextEncoderImpl::TextEncoderImpl(const CompactOptions& o) {
  embed = register_module("embed", nn::Embedding(o.vocabSize, o.textDim));
  pos = register_parameter("pos", torch::randn({o.maxTokens, o.textDim}) * 0.02);
  layers = register_module("layers", nn::ModuleList());
  for (int64_t i = 0; i < o.textLayers; ++i) layers->push_back(TextLayer(o.textDim, o.textHeads));
  norm = register_module("norm", nn::LayerNorm(nn::LayerNormOptions({o.textDim})));
}

torch::Tensor TextEncoderImpl::forward(const torch::Tensor& ids, const torch::Tensor& mask) {
  const auto L = ids.size(1);
  auto x = embed(ids) + pos.slice(0, 0, L).unsqueeze(0);
  const auto keyBias = (1.0 - mask.to(torch::kFloat)) * kMaskedBias;
  for (const auto& layer : *layers) x = layer->as<TextLayer>()->forward(x, keyBias);
  return layerNormFp32(norm, x);
}

ConvBlockImpl::ConvBlockImpl(int64_t c) {
  dw = register_module("dw", conv(c, c, 3, 1, false, c));
  bn1 = register_module("bn1", nn::BatchNorm2d(c));
  pw1 = register_module("pw1", conv(c, 2 * c, 1, 1, true));
  pw2 = register_module("pw2", conv(2 * c, c, 1));
  bn2 = register_module("bn2", nn::BatchNorm2d(c));
}

torch::Tensor ConvBlockImpl::forward(const torch::Tensor& x) {
  if (folded) return x + pw2(torch::relu(pw1(dw(x))));
  return x + bn2(pw2(torch::relu(pw1(bn1(dw(x))))));
}

void ConvBlockImpl::foldBatchNorms() {
  if (folded) return;
  foldBatchNorm(*dw, *bn1);
  foldBatchNorm(*pw2, *bn2);
  folded = true;
}

WordFusionImpl::WordFusionImpl(int64_t c, int64_t textDim) : keyDim(std::min<int64_t>(c, 64)) {
  query = register_module("query", conv(c, keyDim, 1, 1, true));
  key = register_module("key", nn::Linear(textDim, keyDim));
  value = register_module("value", nn::Linear(textDim, c));
  vis = register_module("vis", conv(c, c, 1, 1, true));
  project = register_module("project", conv(c, c, 1, 1, true));
  gate1 = register_module("gate1", conv(c, c, 1, 1, true));
  gate2 = register_module("gate2", conv(c, c, 1, 1, true));
}

torch::Tensor WordFusionImpl::forward(const torch::Tensor& x, const torch::Tensor& words,
                                      const torch::Tensor& keyBias) {
  const auto B = x.size(0), C = x.size(1), H = x.size(2), W = x.size(3);
  auto q = query(x).flatten(2).transpose(1, 2);  // [B,HW,k]
  auto k = key(words);                           // [B,L,k]
  auto v = value(words);                         // [B,L,C]
  auto scores = torch::matmul(q, k.transpose(1, 2)) * (1.0 / std::sqrt(double(keyDim)));
  scores = scores + keyBias.unsqueeze(1).to(scores.scalar_type());  // [B,HW,L]
  auto lang = torch::matmul(scores.softmax(-1), v).transpose(1, 2).reshape({B, C, H, W});
  auto mm = nets::gelu(project(nets::gelu(vis(x)) * lang));
  auto g = torch::tanh(gate2(torch::relu(gate1(mm))));
  return x + g * mm;
}

StageImpl::StageImpl(int64_t in, int64_t out, int64_t depth, bool downsample, int64_t textDim) {
  down = register_module("down", downsample ? convBnRelu(in, out, 2) : nn::Sequential());
  blocks = register_module("blocks", nn::Sequential());
  for (int64_t i = 0; i < depth; ++i) blocks->push_back(ConvBlock(out));
  fusion = register_module("fusion", WordFusion(out, textDim));
}

torch::Tensor StageImpl::forward(torch::Tensor x, const torch::Tensor& words, const torch::Tensor& keyBias) {
  if (!down->is_empty()) x = down->forward(x);
  if (!blocks->is_empty()) x = blocks->forward(x);
  return fusion(x, words, keyBias);
}

void StageImpl::foldBatchNorms() {
  down = replace_module("down", nets::foldBatchNorms(down));
  for (const auto& block : *blocks) block.get<ConvBlock>()->foldBatchNorms();
}

CompactNetImpl::CompactNetImpl(CompactOptions o) : options(std::move(o)) {
  text = register_module("text", TextEncoder(options));
  const auto& w = options.widths;
  stem = register_module("stem", nn::Sequential(conv(3, 16, 3, 2), nn::BatchNorm2d(16), nn::ReLU(true),
                                                conv(16, w[0], 3, 2), nn::BatchNorm2d(w[0]), nn::ReLU(true)));
  stages = register_module("stages", nn::ModuleList());
  lateral = register_module("lateral", nn::ModuleList());
  smooth = register_module("smooth", nn::ModuleList());
  for (size_t i = 0; i < 4; ++i) {
    stages->push_back(Stage(i == 0 ? w[0] : w[i - 1], w[i], options.depths[i], i > 0, options.textDim));
    lateral->push_back(conv(w[i], options.decoderDim, 1, 1, true));
    if (i < 3) smooth->push_back(convBnRelu(options.decoderDim, options.decoderDim, 1));
  }
  const auto d = options.decoderDim;
  head = register_module("head",
                         nn::Sequential(conv(d, d, 3), nn::BatchNorm2d(d), nn::ReLU(true), conv(d, 2, 1, 1, true)));
}

void CompactNetImpl::prepareForInference() {
  if (inferenceOnly) return;
  eval();
  torch::NoGradGuard noGrad;
  stem = replace_module("stem", foldBatchNorms(stem));
  head = replace_module("head", foldBatchNorms(head));
  nn::ModuleList folded;
  for (size_t i = 0; i < smooth->size(); ++i)
    folded->push_back(foldBatchNorms(nn::Sequential(smooth->ptr<nn::SequentialImpl>(i))));
  smooth = replace_module("smooth", folded);
  for (const auto& stage : *stages) stage->as<Stage>()->foldBatchNorms();
  for (auto& p : parameters())
    if (p.dim() == 4) p.set_data(p.contiguous(at::MemoryFormat::ChannelsLast));
  inferenceOnly = true;
}

void CompactNetImpl::train(bool on) {
  TORCH_CHECK(!on || !inferenceOnly, "this compact network was prepared for inference and cannot train");
  nn::Module::train(on);
}

torch::Tensor CompactNetImpl::forward(const torch::Tensor& image, const torch::Tensor& ids, const torch::Tensor& mask) {
  const auto words = text(ids, mask);
  const auto keyBias = (1.0 - mask.to(torch::kFloat)) * kMaskedBias;
  std::vector<torch::Tensor> features;
  auto x = stem->forward(inferenceOnly ? image.contiguous(at::MemoryFormat::ChannelsLast) : image);
  for (const auto& stage : *stages) {
    x = stage->as<Stage>()->forward(x, words, keyBias);
    features.push_back(x);
  }
  auto p = lateral[3]->as<nn::Conv2d>()->forward(features[3]);
  for (int i = 2; i >= 0; --i) {
    auto lat = lateral[i]->as<nn::Conv2d>()->forward(features[i]);
    auto up = F::interpolate(p, F::InterpolateFuncOptions()
                                    .size(std::vector<int64_t>{lat.size(2), lat.size(3)})
                                    .mode(torch::kBilinear)
                                    .align_corners(false));
    p = smooth[i]->as<nn::Sequential>()->forward(lat + up);
  }
  auto logits = head->forward(p);
  return F::interpolate(logits, F::InterpolateFuncOptions()
                                    .size(std::vector<int64_t>{image.size(2), image.size(3)})
                                    .mode(torch::kBilinear)
                                    .align_corners(false))
      .contiguous();
}

int64_t parameterCount(const torch::nn::Module& module) {
  int64_t n = 0;
  for (const auto& p : module.parameters()) n += p.numel();
  return n;
}

}  // namespace rrsis::nets
