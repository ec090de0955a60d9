#include "nets/gelu.h"

namespace rrsis::nets {

namespace {

struct GeluFunction : torch::autograd::Function<GeluFunction> {
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x) {
    ctx->save_for_backward({x});
    return torch::gelu(x);
  }
  static torch::autograd::tensor_list backward(torch::autograd::AutogradContext* ctx,
                                               torch::autograd::tensor_list grads) {
    const auto x = ctx->get_saved_variables()[0];
    return {at::gelu_backward(grads[0].contiguous(), x.contiguous())};
  }
};

}  // namespace

torch::Tensor gelu(const torch::Tensor& x) {
  if (!torch::GradMode::is_enabled() || !x.requires_grad()) return torch::gelu(x);
  return GeluFunction::apply(x);
}

}  // namespace rrsis::nets
