#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <utility>

#include <torch/torch.h>

#include "nets/vitblock.h"

namespace rrsis::nets {

/**
 * LGCE's sizes (language-guided cross-scale enhancement, the RRSIS / RefSegRS paper). Defaults
 * as the authors' code builds it for Swin-B: one block on stage 3 (8 heads), three on stage 4
 * (16 heads), MLP ratio 2.
 */
struct LgceOptions {
  bool enabled = false;
  int64_t textDim = 768;                ///< width of the word features (BERT's hidden size)
  std::array<int64_t, 2> depths{1, 3};  ///< transformer blocks on stage 3 and stage 4
  std::array<int64_t, 2> heads{8, 16};
  double mlpRatio = 2.0;
  std::string validate(int64_t c3Channels, int64_t c4Channels) const;
};

/**
 * The part of LGCE that reaches the logits (registered as the decoder's "msb1", holding "msb"
 * with "blocks.0.*" on stage 3 and "blocks.1.*" on stage 4, as the authors' state dict names
 * them): each of the two deepest maps is flattened to tokens, the expression's guide token
 * (its projected mean word feature) is put in front, transformer blocks run over all tokens,
 * and the guide token is dropped again. The reference also builds a CLS-token cross-attention
 * between the two scales whose result is dropped before the decoder: it changes no output, so
 * it is neither built nor computed here (the converter leaves its weights out and says so).
 */
struct LgceScalesImpl : torch::nn::Module {
  LgceScalesImpl(int64_t c3Channels, int64_t c4Channels, const LgceOptions& options);
  /** c3 [B,C3,H3,W3], c4 [B,C4,H4,W4], guides [B,1,C3] and [B,1,C4]: the two maps enhanced. */
  std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor& c3, const torch::Tensor& c4,
                                                  const torch::Tensor& guide3, const torch::Tensor& guide4);
  torch::nn::Sequential stage3{nullptr}, stage4{nullptr};  ///< registered as msb.blocks.0 and msb.blocks.1
};
TORCH_MODULE(LgceScales);

}  // namespace rrsis::nets
