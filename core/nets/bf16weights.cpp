#include "nets/bf16weights.h"

namespace rrsis::nets {

int storeLinearWeightsInBf16(torch::nn::Module& module, const std::function<bool(const std::string&)>& which, bool on) {
  const auto dtype = on ? torch::kBFloat16 : torch::kFloat;
  int changed = 0;
  for (const auto& item : module.named_modules(std::string(), false)) {
    auto* linear = item.value()->as<torch::nn::Linear>();
    if (!linear || !which(item.key()) || linear->weight.scalar_type() == dtype) continue;
    torch::NoGradGuard noGrad;
    linear->weight.set_data(linear->weight.data().to(dtype));
    if (linear->bias.defined()) linear->bias.set_data(linear->bias.data().to(dtype));
    ++changed;
  }
  return changed;
}

}  // namespace rrsis::nets
