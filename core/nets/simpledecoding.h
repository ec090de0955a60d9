#pragma once
#include <cstdint>

#include <torch/torch.h>

#include "nets/adaptiverotatedconv.h"
#include "nets/languageguidedenhancement.h"

namespace rrsis::nets {

/**
 * LAVT's decoder (SimpleDecoding): the deepest map upsampled and fused with the next one up,
 * three times, each by two 3x3 conv + batch-norm + ReLU, then a 1x1 conv to two logits. Names
 * as the official module (conv1_4, bn1_4, ..., conv1_1). `rotated`: RMSIN's decoder, where
 * each second conv (conv2_4, conv2_3, conv2_2) is an adaptive rotated convolution. `lgce`: LGCE's
 * decoder, which first enhances the two deepest maps with the expression's guide tokens
 * (lg_layer3, lg_layer4 and msb1, see LgceScales).
 */
struct SimpleDecodingImpl : torch::nn::Module {
  explicit SimpleDecodingImpl(int64_t c4Channels, bool rotated = false, const LgceOptions& lgce = {},
                              int64_t factor = 2);
  /** `words` [B,textDim,L]: BERT's word features, which LGCE needs (others ignore them). */
  torch::Tensor forward(const torch::Tensor& c4, const torch::Tensor& c3, const torch::Tensor& c2,
                        const torch::Tensor& c1, const torch::Tensor& words = {});
  torch::nn::Conv2d conv1_4{nullptr}, conv2_4{nullptr}, conv1_3{nullptr}, conv2_3{nullptr}, conv1_2{nullptr},
      conv2_2{nullptr}, conv1_1{nullptr};
  AdaptiveRotatedConv rotated2_4{nullptr}, rotated2_3{nullptr}, rotated2_2{nullptr};
  torch::nn::BatchNorm2d bn1_4{nullptr}, bn2_4{nullptr}, bn1_3{nullptr}, bn2_3{nullptr}, bn1_2{nullptr}, bn2_2{nullptr};
  torch::nn::Linear lg_layer3{nullptr}, lg_layer4{nullptr};
  LgceScales msb1{nullptr};
};
TORCH_MODULE(SimpleDecoding);

/** Bilinear resize with aligned corners to the size of `like` when `x` is smaller, as the decoders do. */
torch::Tensor upsampleToIfSmaller(const torch::Tensor& x, const torch::Tensor& like);

}  // namespace rrsis::nets
