#include "nets/simpledecoding.h"
#include "nets/precision.h"

namespace rrsis::nets {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

namespace {

nn::Conv2d conv3(int64_t in, int64_t out) { return nn::Conv2d(nn::Conv2dOptions(in, out, 3).padding(1).bias(false)); }

torch::Tensor second(nn::Conv2d& plain, AdaptiveRotatedConv& rotated, const torch::Tensor& x) {
  return rotated ? rotated(x) : plain(x);
}

}  // namespace

torch::Tensor upsampleToIfSmaller(const torch::Tensor& x, const torch::Tensor& like) {
  if (x.size(-2) >= like.size(-2) && x.size(-1) >= like.size(-1)) return x;
  return F::interpolate(x, F::InterpolateFuncOptions()
                               .size(std::vector<int64_t>{like.size(-2), like.size(-1)})
                               .mode(torch::kBilinear)
                               .align_corners(true));
}

SimpleDecodingImpl::SimpleDecodingImpl(int64_t c4, bool rotated, const LgceOptions& lgce, int64_t factor) {
  const int64_t hidden = c4 / factor, c3 = c4 / factor, c2 = c4 / (factor * factor),
                c1 = c4 / (factor * factor * factor);
  conv1_4 = register_module("conv1_4", conv3(c4 + c3, hidden));
  bn1_4 = register_module("bn1_4", nn::BatchNorm2d(hidden));
  if (rotated)
    rotated2_4 = register_module("conv2_4", AdaptiveRotatedConv(hidden, hidden));
  else
    conv2_4 = register_module("conv2_4", conv3(hidden, hidden));
  bn2_4 = register_module("bn2_4", nn::BatchNorm2d(hidden));
  conv1_3 = register_module("conv1_3", conv3(hidden + c2, hidden));
  bn1_3 = register_module("bn1_3", nn::BatchNorm2d(hidden));
  if (rotated)
    rotated2_3 = register_module("conv2_3", AdaptiveRotatedConv(hidden, hidden));
  else
    conv2_3 = register_module("conv2_3", conv3(hidden, hidden));
  bn2_3 = register_module("bn2_3", nn::BatchNorm2d(hidden));
  conv1_2 = register_module("conv1_2", conv3(hidden + c1, hidden));
  bn1_2 = register_module("bn1_2", nn::BatchNorm2d(hidden));
  if (rotated)
    rotated2_2 = register_module("conv2_2", AdaptiveRotatedConv(hidden, hidden));
  else
    conv2_2 = register_module("conv2_2", conv3(hidden, hidden));
  bn2_2 = register_module("bn2_2", nn::BatchNorm2d(hidden));
  conv1_1 = register_module("conv1_1", nn::Conv2d(nn::Conv2dOptions(hidden, 2, 1)));
  if (lgce.enabled) {
    msb1 = register_module("msb1", LgceScales(c3, c4, lgce));
    lg_layer3 = register_module("lg_layer3", nn::Linear(lgce.textDim, c3));
    lg_layer4 = register_module("lg_layer4", nn::Linear(lgce.textDim, c4));
  }
}

torch::Tensor SimpleDecodingImpl::forward(const torch::Tensor& c4In, const torch::Tensor& c3In, const torch::Tensor& c2,
                                          const torch::Tensor& c1, const torch::Tensor& words) {
  torch::Tensor c4 = c4In, c3 = c3In;
  if (msb1) {
    if (!words.defined()) throw std::logic_error("LGCE's decoder needs the word features");
    // The expression's guide: the mean over every word position, padding included, as LGCE has it.
    const auto mean = words.mean(-1);
    std::tie(c3, c4) = msb1(c3, c4, lg_layer3(mean).unsqueeze(1), lg_layer4(mean).unsqueeze(1));
  }
  // Channels-last: oneDNN's fast path, in bf16 above all (AMX: 8x fp32, where the default
  // layout falls back to a slow bf16 kernel).
  const auto cl = at::MemoryFormat::ChannelsLast;
  auto x = torch::cat({upsampleToIfSmaller(c4, c3), c3.to(c4.scalar_type())}, 1).contiguous(cl);
  x = torch::relu(bn2_4(second(conv2_4, rotated2_4, torch::relu(bn1_4(conv1_4(x))))));
  x = torch::cat({upsampleToIfSmaller(x, c2), c2.to(x.scalar_type())}, 1).contiguous(cl);
  x = torch::relu(bn2_3(second(conv2_3, rotated2_3, torch::relu(bn1_3(conv1_3(x))))));
  x = torch::cat({upsampleToIfSmaller(x, c1), c1.to(x.scalar_type())}, 1).contiguous(cl);
  x = torch::relu(bn2_2(second(conv2_2, rotated2_2, torch::relu(bn1_2(conv1_2(x))))));
  return conv1_1(x);
}

}  // namespace rrsis::nets
