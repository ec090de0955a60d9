#pragma once
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>

namespace rrsis::nets {

/**
 * Folds an inference-mode BatchNorm2d that follows `conv` into the conv's weight and bias
 * (a bias is added when the conv has none): conv then computes bn(conv(x)) on its own, with
 * the running statistics. For inference only: the BN's training behaviour is gone. A bias
 * the conv did not have is not a registered parameter: fold after moving to the device.
 */
void foldBatchNorm(torch::nn::Conv2dImpl& conv, const torch::nn::BatchNorm2dImpl& bn);

/**
 * `seq` with every BatchNorm2d that directly follows a Conv2d folded into that conv and left
 * out. The other modules are shared with `seq` (not copied), so `seq`'s convs change too:
 * use the result in place of `seq`, for inference.
 */
torch::nn::Sequential foldBatchNorms(const torch::nn::Sequential& seq);

}  // namespace rrsis::nets
