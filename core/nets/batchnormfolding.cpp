#include "nets/batchnormfolding.h"

namespace rrsis::nets {

void foldBatchNorm(torch::nn::Conv2dImpl& conv, const torch::nn::BatchNorm2dImpl& bn) {
  torch::NoGradGuard noGrad;
  const auto& o = bn.options;
  const auto outChannels = conv.weight.size(0);
  TORCH_CHECK(bn.running_mean.defined() && bn.running_mean.numel() == outChannels, "a batch norm of ",
              bn.running_mean.numel(), " channels cannot fold into a conv of ", outChannels);
  auto scale = (bn.running_var + o.eps()).rsqrt();
  if (o.affine()) scale = scale * bn.weight;
  auto shift = -bn.running_mean * scale;
  if (o.affine()) shift = shift + bn.bias;
  const auto weight = conv.weight * scale.view({outChannels, 1, 1, 1});
  conv.weight.set_data(weight.contiguous(conv.weight.suggest_memory_format()));
  if (conv.bias.defined()) {
    conv.bias.set_data(conv.bias * scale + shift);
  } else {
    // LibTorch registered an undefined "bias" that cannot be replaced: forward() reads the
    // member, so the folded shift lives there (move the conv to its device before folding).
    conv.options.bias(true);
    conv.bias = shift;
  }
}

torch::nn::Sequential foldBatchNorms(const torch::nn::Sequential& seq) {
  torch::nn::Sequential folded;
  for (auto it = seq->begin(); it != seq->end(); ++it) {
    auto* conv = it->ptr()->as<torch::nn::Conv2dImpl>();
    const auto next = it + 1;
    const auto* bn = next != seq->end() ? next->ptr()->as<torch::nn::BatchNorm2dImpl>() : nullptr;
    if (conv && bn) {
      foldBatchNorm(*conv, *bn);
      folded->push_back(*it);
      ++it;  // the batch norm is left out
    } else {
      folded->push_back(*it);
    }
  }
  return folded;
}

}  // namespace rrsis::nets
