#include "nets/languageguidedenhancement.h"

namespace rrsis::nets {

namespace nn = torch::nn;

std::string LgceOptions::validate(int64_t c3, int64_t c4) const {
  if (!enabled) return {};
  if (depths[0] < 1 || depths[1] < 1) return "LGCE needs at least one block per scale";
  if (heads[0] <= 0 || heads[1] <= 0 || c3 % heads[0] != 0 || c4 % heads[1] != 0)
    return "LGCE's stage widths (" + std::to_string(c3) + ", " + std::to_string(c4) +
           ") must be divisible by its heads (" + std::to_string(heads[0]) + ", " + std::to_string(heads[1]) + ")";
  if (textDim <= 0 || mlpRatio <= 0) return "LGCE's text width and MLP ratio must be positive";
  return {};
}

namespace {

/** A sequence of blocks registered as "0", "1", ... (nn.Sequential's names). */
nn::Sequential blockSequence(int64_t dim, int64_t depth, int64_t heads, double mlpRatio) {
  nn::Sequential s;
  for (int64_t i = 0; i < depth; ++i) s->push_back(VitBlock(dim, heads, mlpRatio));
  return s;
}

/** `map` [B,C,H,W] as tokens [B,1+HW,C] behind `guide` [B,1,C], through `blocks`, back to [B,C,H,W]. */
torch::Tensor enhance(const torch::Tensor& map, const torch::Tensor& guide, nn::Sequential& blocks) {
  const int64_t B = map.size(0), C = map.size(1), H = map.size(2), W = map.size(3);
  const auto tokens = map.reshape({B, C, H * W}).transpose(1, 2).to(guide.scalar_type());
  const auto x = blocks->forward(torch::cat({guide, tokens}, 1));
  return x.narrow(1, 1, H * W).transpose(1, 2).reshape({B, C, H, W});
}

}  // namespace

LgceScalesImpl::LgceScalesImpl(int64_t c3, int64_t c4, const LgceOptions& o) {
  const std::string problem = o.validate(c3, c4);
  if (!problem.empty()) throw std::invalid_argument(problem);
  auto msb = register_module("msb", std::make_shared<nn::Module>());
  auto blocks = msb->register_module("blocks", nn::ModuleList());
  stage3 = blockSequence(c3, o.depths[0], o.heads[0], o.mlpRatio);
  stage4 = blockSequence(c4, o.depths[1], o.heads[1], o.mlpRatio);
  blocks->push_back(stage3);
  blocks->push_back(stage4);
}

std::pair<torch::Tensor, torch::Tensor> LgceScalesImpl::forward(const torch::Tensor& c3, const torch::Tensor& c4,
                                                                const torch::Tensor& guide3,
                                                                const torch::Tensor& guide4) {
  return {enhance(c3, guide3, stage3), enhance(c4, guide4, stage4)};
}

}  // namespace rrsis::nets
