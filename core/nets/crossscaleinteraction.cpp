#include "nets/crossscaleinteraction.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace rrsis::nets {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

namespace {

nn::Conv2d pointwise(int64_t in, int64_t out) { return nn::Conv2d(nn::Conv2dOptions(in, out, 1)); }

nn::Sequential depthwiseBn(int64_t dim, int64_t k, int64_t stride) {
  return nn::Sequential(nn::Conv2d(nn::Conv2dOptions(dim, dim, k).stride(stride).padding(k / 2).groups(dim)),
                        nn::BatchNorm2d(dim));
}

/** Registers `name` as a Residual wrapper and `inner` as its "m". */
template <class M>
M residual(nn::Module& parent, const std::string& name, M inner) {
  auto wrapper = parent.register_module(name, std::make_shared<nn::Module>());
  return wrapper->register_module("m", inner);
}

torch::Tensor resize(const torch::Tensor& x, int64_t H, int64_t W) {
  return F::interpolate(
      x, F::InterpolateFuncOptions().size(std::vector<int64_t>{H, W}).mode(torch::kBilinear).align_corners(false));
}

}  // namespace

int64_t crossScaleTokens(int64_t side) {
  const int64_t s1 = (side - 1) / 2 + 1, s2 = (side - 1) / 3 + 1;
  return side * side + s1 * s1 + s2 * s2;
}

LinearBNImpl::LinearBNImpl(int64_t in, int64_t out) {
  c = register_module("c", nn::Linear(nn::LinearOptions(in, out).bias(false)));
  bn = register_module("bn", nn::BatchNorm1d(out));
}

torch::Tensor LinearBNImpl::forward(const torch::Tensor& x) {
  const auto y = c(x);
  return bn(y.flatten(0, 1)).reshape_as(y);
}

CimAttentionImpl::CimAttentionImpl(int64_t dim, int64_t imgTokens_, int64_t attTokens) : imgTokens(imgTokens_) {
  const int64_t dh = valueDim * heads;
  qkv = register_module("qkv", LinearBN(dim, dh + 2 * keyDim * heads));
  parallel_conv = register_module("parallel_conv",
                                  nn::Sequential(nn::Functional([](torch::Tensor t) { return torch::hardswish(t); }),
                                                 nn::Conv2d(nn::Conv2dOptions(dh, dh, 3).padding(1).groups(dh))));
  to_out = register_module("to_out", nn::Linear(dh, dim));
  proj = register_module("proj", nn::Linear(attTokens, imgTokens));
}

torch::Tensor CimAttentionImpl::forward(const torch::Tensor& x) {
  const auto B = x.size(0), N = x.size(1);
  const auto parts = qkv(x).view({B, N, heads, -1}).split_with_sizes({keyDim, keyDim, valueDim}, 3);
  const auto q = parts[0].permute({0, 2, 1, 3}), k = parts[1].permute({0, 2, 1, 3}), v = parts[2].permute({0, 2, 1, 3});
  const auto side = int64_t(std::lround(std::sqrt(double(imgTokens))));
  // As the official code: the values of the deepest scale reshaped to a map without moving the heads.
  const auto v0 = v.slice(2, 0, imgTokens).reshape({B, valueDim * heads, side, -1});
  const auto vConv = parallel_conv->forward(v0).flatten(2);
  const auto attn = (torch::matmul(q, k.transpose(-2, -1)) * std::pow(double(keyDim), -0.5)).softmax(-1);
  auto y = torch::matmul(attn, v).transpose(1, 2).reshape({B, -1, N});
  y = proj(y) + vConv;
  return to_out(y.permute({0, 2, 1}));
}

CrossScaleAttentionImpl::CrossScaleAttentionImpl(int64_t dim, int64_t side_) : side(side_) {
  bn1 = register_module("bn1", nn::BatchNorm2d(dim));
  DWConv1 = register_module("DWConv1", depthwiseBn(dim, 3, 2));
  DWConv2 = register_module("DWConv2", depthwiseBn(dim, 5, 3));
  attention = register_module("attention", CimAttention(dim, side * side, crossScaleTokens(side)));
  bn4 = register_module("bn4", nn::BatchNorm2d(dim));
  conv = register_module("conv", pointwise(dim, dim));
}

torch::Tensor CrossScaleAttentionImpl::forward(const torch::Tensor& x) {
  if (x.size(2) != side || x.size(3) != side)
    throw std::invalid_argument("the cross-scale attention was built for a " + std::to_string(side) + " x " +
                                std::to_string(side) + " deepest map (the model's input size); it got " +
                                std::to_string(x.size(2)) + " x " + std::to_string(x.size(3)));
  const auto B = x.size(0), C = x.size(1);
  const auto x0 = bn1(x);
  const auto x1 = DWConv1->forward(x0), x2 = DWConv2->forward(x0);
  const auto tokens = torch::cat({x0.flatten(2), x1.flatten(2), x2.flatten(2)}, 2).permute({0, 2, 1});
  const auto y = attention(tokens).permute({0, 2, 1}).contiguous().view({B, C, side, side});
  return conv(torch::hardswish(bn4(y)));
}

CimFeedForwardImpl::CimFeedForwardImpl(int64_t dim, int64_t hidden) {
  bn1 = register_module("bn1", nn::BatchNorm2d(dim));
  conv1 = register_module("conv1", pointwise(dim, hidden));
  bn2 = register_module("bn2", nn::BatchNorm2d(hidden));
  conv2 = register_module("conv2", nn::Conv2d(nn::Conv2dOptions(hidden, hidden, 3).padding(1).groups(dim)));
  conv3 = register_module("conv3", pointwise(hidden, dim));
}

torch::Tensor CimFeedForwardImpl::forward(const torch::Tensor& x) {
  return conv3(torch::clamp(conv2(bn2(conv1(bn1(x)))), 0.0, 6.0));
}

ScaleAwareGateImpl::ScaleAwareGateImpl(int64_t c) {
  local_embedding = register_module("local_embedding", pointwise(c, c));
  bn1 = register_module("bn1", nn::BatchNorm2d(c));
  global_embedding = register_module("global_embedding", pointwise(c, c));
  bn2 = register_module("bn2", nn::BatchNorm2d(c));
  global_act = register_module("global_act", pointwise(c, c));
  bn3 = register_module("bn3", nn::BatchNorm2d(c));
}

torch::Tensor ScaleAwareGateImpl::forward(const torch::Tensor& local, const torch::Tensor& global) {
  const auto H = local.size(2), W = local.size(3);
  const auto l = bn1(local_embedding(local));
  const auto g = resize(bn2(global_embedding(global)), H, W);
  const auto act = resize(torch::hardsigmoid(bn3(global_act(global))), H, W);
  return l * act + g;
}

CimBlockImpl::CimBlockImpl(int64_t dim, const std::vector<int64_t>& channels, int64_t side) {
  csa1 = residual(*this, "csa1", CrossScaleAttention(dim, side));
  auto intraFf = register_module("intra_ff", std::make_shared<nn::Module>());
  auto perScale = intraFf->register_module("m", std::make_shared<nn::Module>());
  for (size_t i = 0; i < channels.size(); ++i) {
    split.push_back(channels[i] / 4);
    intra.push_back(residual(*perScale, "ff" + std::to_string(i + 1), CimFeedForward(split[i], 2 * split[i])));
  }
  csa2 = residual(*this, "csa2", CrossScaleAttention(dim, side));
  ff = residual(*this, "ff", CimFeedForward(dim, 2 * dim));
}

torch::Tensor CimBlockImpl::forward(const torch::Tensor& input) {
  auto x = input + csa1(input);
  auto parts = x.split_with_sizes(split, 1);
  std::vector<torch::Tensor> outs;
  for (size_t i = 0; i < parts.size(); ++i) outs.push_back(parts[i] + intra[i](parts[i]));
  x = x + torch::cat(outs, 1);
  x = x + csa2(x);
  return x + ff(x);
}

CrossScaleInteractionImpl::CrossScaleInteractionImpl(const std::vector<int64_t>& channels_, int64_t side_)
    : channels(channels_), side(side_) {
  int64_t dim = 0;
  for (int64_t c : channels) dim += c;
  down_channel = register_module("down_channel", pointwise(dim, dim / 4));
  up_channel = register_module("up_channel", pointwise(dim / 4, dim));
  block = register_module("block", nn::ModuleList(CimBlock(dim / 4, channels, side)));
  bn = register_module("bn", nn::BatchNorm2d(dim / 4));
  fusion = register_module("fusion", nn::ModuleList());
  for (int64_t c : channels) fusion->push_back(ScaleAwareGate(c));
}

torch::Tensor poolToDeepest(const std::vector<torch::Tensor>& stages) {
  const auto H = stages.back().size(2), W = stages.back().size(3);
  std::vector<torch::Tensor> pooled;
  for (const auto& s : stages) pooled.push_back(F::adaptive_avg_pool2d(s, F::AdaptiveAvgPool2dFuncOptions({H, W})));
  return torch::cat(pooled, 1);
}

std::vector<torch::Tensor> gateBack(const std::vector<torch::Tensor>& stages, const torch::Tensor& enhanced,
                                    const std::vector<int64_t>& channels, nn::ModuleList gates) {
  const auto parts = enhanced.split_with_sizes(channels, 1);
  std::vector<torch::Tensor> out;
  for (size_t i = 0; i < stages.size(); ++i)
    out.push_back(gates[i]->as<ScaleAwareGate>()->forward(stages[i], parts[i]));
  return out;
}

std::vector<torch::Tensor> CrossScaleInteractionImpl::forward(const std::vector<torch::Tensor>& stages) {
  auto x = down_channel(poolToDeepest(stages));
  for (const auto& b : *block) x = b->as<CimBlock>()->forward(x);
  return gateBack(stages, up_channel(bn(x)), channels, fusion);
}

}  // namespace rrsis::nets
