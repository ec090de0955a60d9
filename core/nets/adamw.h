#pragma once
#include <string>
#include <vector>

#include <torch/torch.h>

namespace rrsis::nets {

/**
 * AdamW (Loshchilov and Hutter, decoupled weight decay) over a module's trainable
 * parameters, with its state (moments, step) in plain members so checkpoints can save and
 * restore it exactly. No decay on 1-D parameters (biases, normalisation weights) or on
 * parameters whose name contains "pos" (position tables).
 */
struct AdamW {
  std::vector<std::string> names;
  std::vector<torch::Tensor> params, expAvg, expAvgSq;
  std::vector<bool> decay;
  long long step = 0;
  double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;

  explicit AdamW(torch::nn::Module& module);
  /** Drops every parameter's gradient. */
  void zeroGrad();
  /** One step with learning rate `lr` and decoupled weight decay `weightDecay`. */
  void update(double lr, double weightDecay);
};

}  // namespace rrsis::nets
