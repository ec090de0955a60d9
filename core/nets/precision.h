#pragma once
#include <torch/torch.h>

namespace rrsis::nets {

/**
 * Layer norm computed in fp32 whatever the input dtype, cast back to it: LibTorch 1.13's CPU
 * layer_norm needs input and weight of one dtype, and bf16 autocast does not cover it
 * (PLATFORM_NOTES section 4).
 */
torch::Tensor layerNormFp32(torch::nn::LayerNorm& norm, const torch::Tensor& x);

/** `x` as float32 (the same tensor when it already is). */
torch::Tensor toFloat(const torch::Tensor& x);

/**
 * Autocast off on the CPU and the GPU for the lifetime of the object: the parts of a network
 * that stay fp32 under bf16 inference (convolutions, which Debian's LibTorch runs ~19x slower
 * in bf16, normalisations, small modules). Restores the previous state.
 */
class Fp32Scope {
 public:
  Fp32Scope();
  ~Fp32Scope();
  Fp32Scope(const Fp32Scope&) = delete;
  Fp32Scope& operator=(const Fp32Scope&) = delete;

 private:
  bool cpu_, gpu_;
};

}  // namespace rrsis::nets
