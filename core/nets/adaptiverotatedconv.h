#pragma once
#include <cstdint>

#include <torch/torch.h>

namespace rrsis::nets {

/**
 * The routing function of an adaptive rotated convolution (the official attribute is
 * spelled "rounting_func"): depth-wise 3x3 "dwc", LayerNorm over channels ("norm.norm"),
 * ReLU, global average, then a sigmoid gate per kernel ("fc_alpha") and an angle per kernel
 * ("fc_theta", softsign scaled to +-40 degrees).
 */
struct RoutingFunctionImpl : torch::nn::Module {
  RoutingFunctionImpl(int64_t channels, int64_t kernels);
  /** x [B,C,H,W] -> {alphas [B,n], angles [B,n] in radians}. */
  std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor& x);
  torch::nn::Conv2d dwc{nullptr};
  torch::nn::LayerNorm norm{nullptr};
  torch::nn::Linear fc_alpha{nullptr}, fc_theta{nullptr};
};
TORCH_MODULE(RoutingFunction);

/**
 * The adaptive rotated 3x3 convolution of RMSIN's decoder, in plain tensor operations: each
 * sample's kernel is the stored kernels ("weight" [n, Cout, Cin, 3, 3]) rotated by its angle
 * (the official 9 x 9 interpolation matrices for positive and negative angles) and weighted
 * by its gate, then applied as one grouped convolution over the batch. No bias.
 */
struct AdaptiveRotatedConvImpl : torch::nn::Module {
  AdaptiveRotatedConvImpl(int64_t in, int64_t out, int64_t kernels = 1);
  torch::Tensor forward(const torch::Tensor& x);
  int64_t in, out, kernels;
  torch::Tensor weight;
  RoutingFunction rounting_func{nullptr};
};
TORCH_MODULE(AdaptiveRotatedConv);

/** The rotation matrices [B, n, 9, 9] for angles [B, n] (radians), as the official code builds them. */
torch::Tensor rotationMatrices(const torch::Tensor& thetas);

}  // namespace rrsis::nets
