#include "nets/adamw.h"

#include <cmath>

namespace rrsis::nets {

AdamW::AdamW(torch::nn::Module& module) {
  for (const auto& item : module.named_parameters(true)) {
    if (!item.value().requires_grad()) continue;
    names.push_back(item.key());
    params.push_back(item.value());
    expAvg.push_back(torch::zeros_like(item.value()));
    expAvgSq.push_back(torch::zeros_like(item.value()));
    decay.push_back(item.value().dim() > 1 && item.key().find("pos") == std::string::npos);
  }
}

void AdamW::zeroGrad() {
  for (auto& p : params)
    if (p.grad().defined()) p.mutable_grad() = torch::Tensor();
}

void AdamW::update(double lr, double weightDecay) {
  torch::NoGradGuard noGrad;
  ++step;
  const double c1 = 1.0 - std::pow(beta1, double(step));
  const double c2 = 1.0 - std::pow(beta2, double(step));
  for (std::size_t i = 0; i < params.size(); ++i) {
    const torch::Tensor& g = params[i].grad();
    if (!g.defined()) continue;
    if (decay[i] && weightDecay > 0) params[i].mul_(1.0 - lr * weightDecay);
    expAvg[i].mul_(beta1).add_(g, 1.0 - beta1);
    expAvgSq[i].mul_(beta2).addcmul_(g, g, 1.0 - beta2);
    const torch::Tensor denom = (expAvgSq[i].sqrt() / std::sqrt(c2)).add_(eps);
    params[i].addcdiv_(expAvg[i], denom, -lr / c1);
  }
}

}  // namespace rrsis::nets
