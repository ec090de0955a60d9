#include "nets/pwam.h"
#include "nets/precision.h"

#include <cmath>

#include "nets/gelu.h"

namespace rrsis::nets {

namespace nn = torch::nn;

namespace {

nn::Conv1d pointwise(int64_t in, int64_t out) { return nn::Conv1d(nn::Conv1dOptions(in, out, 1)); }

nn::Functional geluModule() {
  return nn::Functional([](torch::Tensor x) { return nets::gelu(x); });
}

}  // namespace

SpatialImageLanguageAttentionImpl::SpatialImageLanguageAttentionImpl(int64_t visualChannels, int64_t textChannels,
                                                                     int64_t keyChannels_, int64_t valueChannels_,
                                                                     int64_t outChannels, int64_t heads_)
    : keyChannels(keyChannels_), valueChannels(valueChannels_), heads(heads_) {
  // InstanceNorm1d as the official code builds it: no affine parameters, no running statistics.
  f_key = register_module("f_key", nn::Sequential(pointwise(textChannels, keyChannels)));
  f_query = register_module("f_query",
                            nn::Sequential(pointwise(visualChannels, keyChannels), nn::InstanceNorm1d(keyChannels)));
  f_value = register_module("f_value", nn::Sequential(pointwise(textChannels, valueChannels)));
  W = register_module("W", nn::Sequential(pointwise(valueChannels, outChannels), nn::InstanceNorm1d(outChannels)));
}

torch::Tensor SpatialImageLanguageAttentionImpl::forward(const torch::Tensor& x, const torch::Tensor& l,
                                                         const torch::Tensor& lMask) {
  const auto B = x.size(0), HW = x.size(1);
  const auto mask = lMask.permute({0, 2, 1});  // [B, 1, L]
  const auto query = f_query->forward(x.permute({0, 2, 1})).permute({0, 2, 1});
  const auto key = f_key->forward(l) * mask;
  const auto value = f_value->forward(l) * mask;
  const auto L = value.size(-1);
  const auto q = query.reshape({B, HW, heads, keyChannels / heads}).permute({0, 2, 1, 3});
  const auto k = key.reshape({B, heads, keyChannels / heads, L});
  const auto v = value.reshape({B, heads, valueChannels / heads, L});
  auto sim = torch::matmul(q, k) * std::pow(double(keyChannels), -0.5);
  sim = sim + (mask.unsqueeze(1) * 1e4 - 1e4);
  const auto out = torch::matmul(sim.softmax(-1), v.permute({0, 1, 3, 2}))
                       .permute({0, 2, 1, 3})
                       .contiguous()
                       .reshape({B, HW, valueChannels});
  return W->forward(out.permute({0, 2, 1})).permute({0, 2, 1});
}

PWAMImpl::PWAMImpl(int64_t dim, int64_t textChannels, int64_t heads) {
  vis_project = register_module("vis_project", nn::Sequential(pointwise(dim, dim), geluModule()));
  image_lang_att =
      register_module("image_lang_att", SpatialImageLanguageAttention(dim, textChannels, dim, dim, dim, heads));
  project_mm = register_module("project_mm", nn::Sequential(pointwise(dim, dim), geluModule()));
}

torch::Tensor PWAMImpl::forward(const torch::Tensor& input, const torch::Tensor& l, const torch::Tensor& lMask) {
  Fp32Scope fp32;  // 1x1 convolutions and instance norms: fp32 under bf16 inference
  const auto x = toFloat(input);
  const auto vis = vis_project->forward(x.permute({0, 2, 1}));
  const auto lang = image_lang_att->forward(x, l, lMask).permute({0, 2, 1});
  return project_mm->forward(vis * lang).permute({0, 2, 1});
}

nn::Sequential languageGate(int64_t dim) {
  return nn::Sequential(nn::Linear(nn::LinearOptions(dim, dim).bias(false)), nn::ReLU(),
                        nn::Linear(nn::LinearOptions(dim, dim).bias(false)), nn::Tanh());
}

}  // namespace rrsis::nets
