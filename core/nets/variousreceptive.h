#pragma once
#include <cstdint>

#include <torch/torch.h>

namespace rrsis::nets {

/**
 * RMSIN's re-parameterisable block on a one-channel map (RepBlock(1, 1)): two rounds of
 * 1x1 + (1x1 then 3x3) + identity branches, each a conv + batch norm, ReLU between, sigmoid
 * at the end. Names as the official module: brb_3x3 (conv1, bn1, conv2, bn2), brb_1x1 (conv,
 * bn), brb_identity, and the same with "_2".
 */
struct RepBlockImpl : torch::nn::Module {
  RepBlockImpl();
  torch::Tensor forward(const torch::Tensor& x);
  torch::nn::Sequential brb_3x3{nullptr}, brb_1x1{nullptr}, brb_3x3_2{nullptr}, brb_1x1_2{nullptr};
  torch::nn::BatchNorm2d brb_identity{nullptr}, brb_identity_2{nullptr};
};
TORCH_MODULE(RepBlock);

/**
 * RMSIN's intra-scale interaction ("visual_residual", the gated multi-receptive branch): the
 * channel mean of the map through the RepBlock gives a per-pixel weight for the features.
 * The official code takes the map as square (h = w = sqrt(n)); H and W are passed here, which
 * is the same for square maps and also right for the others.
 */
struct VariousReceptiveImpl : torch::nn::Module {
  VariousReceptiveImpl();
  /** x [B, H*W, C] -> [B, H*W, C]. */
  torch::Tensor forward(const torch::Tensor& x, int64_t H, int64_t W);
  RepBlock repblock{nullptr};
};
TORCH_MODULE(VariousReceptive);

}  // namespace rrsis::nets
