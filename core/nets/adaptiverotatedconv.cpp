#include "nets/adaptiverotatedconv.h"

#include "nets/precision.h"

#include <cmath>

namespace rrsis::nets {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

RoutingFunctionImpl::RoutingFunctionImpl(int64_t channels, int64_t kernels) {
  dwc = register_module("dwc",
                        nn::Conv2d(nn::Conv2dOptions(channels, channels, 3).padding(1).groups(channels).bias(false)));
  auto proxy = register_module("norm", std::make_shared<nn::Module>());  // LayerNormProxy: its LayerNorm is "norm"
  norm = proxy->register_module("norm", nn::LayerNorm(nn::LayerNormOptions({channels})));
  fc_alpha = register_module("fc_alpha", nn::Linear(channels, kernels));
  fc_theta = register_module("fc_theta", nn::Linear(nn::LinearOptions(channels, kernels).bias(false)));
}

std::pair<torch::Tensor, torch::Tensor> RoutingFunctionImpl::forward(const torch::Tensor& input) {
  auto x = layerNormFp32(norm, dwc(input).permute({0, 2, 3, 1})).permute({0, 3, 1, 2});
  x = torch::relu(x).mean({2, 3});
  const auto alphas = torch::sigmoid(fc_alpha(x));
  const auto angles = F::softsign(fc_theta(x)) * (40.0 / 180.0 * M_PI);
  return {alphas, angles};
}

torch::Tensor rotationMatrices(const torch::Tensor& thetas) {
  const auto B = thetas.size(0), n = thetas.size(1);
  const auto t = thetas.reshape(-1);
  const auto x = torch::cos(t), y = torch::sin(t);
  const auto a = x - y, b = x * y, c = x + y;
  const auto O = torch::zeros_like(t), I = torch::ones_like(t);
  // Rows of the 9 x 9 matrices, each entry a tensor over all (sample, kernel) pairs.
  const std::vector<torch::Tensor> positive = {a, I - a, O, O,     O,         O,     O, O,     O,  //
                                               O, x - b, b, O,     I - c + b, y - b, O, O,     O,  //
                                               O, O,     a, O,     O,         I - a, O, O,     O,  //
                                               b, y - b, O, x - b, I - c + b, O,     O, O,     O,  //
                                               O, O,     O, O,     I,         O,     O, O,     O,  //
                                               O, O,     O, O,     I - c + b, x - b, O, y - b, b,  //
                                               O, O,     O, I - a, O,         O,     a, O,     O,  //
                                               O, O,     O, y - b, I - c + b, O,     b, x - b, O,  //
                                               O, O,     O, O,     O,         O,     O, I - a, a};
  const std::vector<torch::Tensor> negative = {c,  O,     O,  I - c, O,         O,     O,  O,     O,   //
                                               -b, x + b, O,  b - y, I - a - b, O,     O,  O,     O,   //
                                               O,  I - c, c,  O,     O,         O,     O,  O,     O,   //
                                               O,  O,     O,  x + b, I - a - b, O,     -b, b - y, O,   //
                                               O,  O,     O,  O,     I,         O,     O,  O,     O,   //
                                               O,  b - y, -b, O,     I - a - b, x + b, O,  O,     O,   //
                                               O,  O,     O,  O,     O,         O,     c,  I - c, O,   //
                                               O,  O,     O,  O,     I - a - b, b - y, O,  x + b, -b,  //
                                               O,  O,     O,  O,     O,         I - c, O,  O,     c};
  const auto pos = torch::stack(positive, 1).view({-1, 9, 9});
  const auto neg = torch::stack(negative, 1).view({-1, 9, 9});
  const auto mask = (t >= 0).to(pos.scalar_type()).view({-1, 1, 1});
  return (mask * pos + (1 - mask) * neg).view({B, n, 9, 9});
}

AdaptiveRotatedConvImpl::AdaptiveRotatedConvImpl(int64_t in_, int64_t out_, int64_t kernels_)
    : in(in_), out(out_), kernels(kernels_) {
  weight = register_parameter("weight", torch::empty({kernels, out, in, 3, 3}));
  nn::init::kaiming_normal_(weight, 0, torch::kFanOut, torch::kReLU);
  rounting_func = register_module("rounting_func", RoutingFunction(in, kernels));
}

torch::Tensor AdaptiveRotatedConvImpl::forward(const torch::Tensor& x) {
  const auto B = x.size(0);
  // The kernels are made in fp32 (angles, interpolation weights); the convolution itself
  // follows the input's precision.
  const torch::Tensor rotated = [&] {
    Fp32Scope fp32;
    const auto [alphas, angles] = rounting_func(toFloat(x));
    const auto rotation = (rotationMatrices(angles) * alphas.unsqueeze(2).unsqueeze(3))
                              .permute({0, 2, 1, 3})
                              .reshape({B * 9, kernels * 9});
    const auto w = weight.permute({0, 3, 4, 1, 2}).contiguous().view({kernels * 9, out * in});
    return torch::mm(rotation, w).view({B, 3, 3, out, in}).permute({0, 3, 4, 1, 2}).reshape({B * out, in, 3, 3});
  }();
  const auto y = F::conv2d(x.reshape({1, B * in, x.size(2), x.size(3)}), rotated.to(x.scalar_type()),
                           F::Conv2dFuncOptions().padding(1).groups(B));
  return y.reshape({B, out, y.size(2), y.size(3)});
}

}  // namespace rrsis::nets
