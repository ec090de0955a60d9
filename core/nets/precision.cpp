#include "nets/precision.h"

#include <ATen/autocast_mode.h>

namespace rrsis::nets {

namespace F = torch::nn::functional;

torch::Tensor layerNormFp32(torch::nn::LayerNorm& norm, const torch::Tensor& x) {
  if (x.scalar_type() == torch::kFloat) return norm->forward(x);
  return F::layer_norm(x.to(torch::kFloat), F::LayerNormFuncOptions(norm->options.normalized_shape())
                                                .weight(norm->weight)
                                                .bias(norm->bias)
                                                .eps(norm->options.eps()))
      .to(x.scalar_type());
}

torch::Tensor toFloat(const torch::Tensor& x) { return x.scalar_type() == torch::kFloat ? x : x.to(torch::kFloat); }

Fp32Scope::Fp32Scope() : cpu_(at::autocast::is_cpu_enabled()), gpu_(at::autocast::is_enabled()) {
  at::autocast::set_cpu_enabled(false);
  at::autocast::set_enabled(false);
}

Fp32Scope::~Fp32Scope() {
  at::autocast::set_cpu_enabled(cpu_);
  at::autocast::set_enabled(gpu_);
}

}  // namespace rrsis::nets
