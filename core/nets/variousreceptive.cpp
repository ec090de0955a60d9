#include "nets/variousreceptive.h"

namespace rrsis::nets {

namespace nn = torch::nn;

namespace {

nn::Conv2d conv(int64_t k) { return nn::Conv2d(nn::Conv2dOptions(1, 1, k).padding(k / 2).bias(false)); }

/** _conv_bn: "conv" then "bn". */
nn::Sequential convBn(int64_t k) {
  nn::Sequential s;
  s->push_back("conv", conv(k));
  s->push_back("bn", nn::BatchNorm2d(1));
  return s;
}

/** _conv_bn2: a 1x1 "conv1" + "bn1", then the 3x3 "conv2" + "bn2", in sequence. */
nn::Sequential convBn2() {
  nn::Sequential s;
  s->push_back("conv1", conv(1));
  s->push_back("bn1", nn::BatchNorm2d(1));
  s->push_back("conv2", conv(3));
  s->push_back("bn2", nn::BatchNorm2d(1));
  return s;
}

}  // namespace

RepBlockImpl::RepBlockImpl() {
  brb_3x3 = register_module("brb_3x3", convBn2());
  brb_1x1 = register_module("brb_1x1", convBn(1));
  brb_identity = register_module("brb_identity", nn::BatchNorm2d(1));
  brb_3x3_2 = register_module("brb_3x3_2", convBn2());
  brb_1x1_2 = register_module("brb_1x1_2", convBn(1));
  brb_identity_2 = register_module("brb_identity_2", nn::BatchNorm2d(1));
}

torch::Tensor RepBlockImpl::forward(const torch::Tensor& x) {
  const auto first = torch::relu(brb_1x1->forward(x) + brb_3x3->forward(x) + brb_identity(x));
  return torch::sigmoid(brb_1x1_2->forward(first) + brb_3x3_2->forward(first) + brb_identity_2(first));
}

VariousReceptiveImpl::VariousReceptiveImpl() { repblock = register_module("repblock", RepBlock()); }

torch::Tensor VariousReceptiveImpl::forward(const torch::Tensor& x, int64_t H, int64_t W) {
  const auto B = x.size(0), C = x.size(2);
  const auto map = x.view({B, H, W, C}).permute({0, 3, 1, 2});
  const auto weight = repblock(map.mean(1, true));
  return (map * weight).reshape({B, C, -1}).permute({0, 2, 1});
}

}  // namespace rrsis::nets
