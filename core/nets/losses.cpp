#include "nets/losses.h"

#include <algorithm>
#include <cmath>

#include <torch/nn/functional/loss.h>

namespace rrsis::nets {

namespace F = torch::nn::functional;

torch::Tensor weightedCrossEntropy(const torch::Tensor& logits, const torch::Tensor& target, std::array<double, 2> w) {
  const auto weight = torch::tensor({w[0], w[1]}, logits.options().dtype(torch::kFloat));
  return F::cross_entropy(logits.to(torch::kFloat), target, F::CrossEntropyFuncOptions().weight(weight));
}

torch::Tensor diceLoss(const torch::Tensor& logits, const torch::Tensor& target, double smooth) {
  const auto p = logits.to(torch::kFloat).softmax(1).select(1, 1).flatten(1);  // [B, HW]
  const auto t = target.to(torch::kFloat).flatten(1);
  const auto intersection = (p * t).sum(1);
  const auto dice = (2.0 * intersection + smooth) / (p.sum(1) + t.sum(1) + smooth);
  return (1.0 - dice).mean();
}

torch::Tensor segmentationLoss(const torch::Tensor& logits, const torch::Tensor& target, double ceWeight,
                               double diceWeight, std::array<double, 2> classWeights) {
  return ceWeight * weightedCrossEntropy(logits, target, classWeights) + diceWeight * diceLoss(logits, target);
}

double polyLearningRate(double base, long long step, long long total, double power) {
  if (total <= 0) return base;
  const double progress = std::clamp(double(step) / double(total), 0.0, 1.0);
  return base * std::pow(1.0 - progress, power);
}

}  // namespace rrsis::nets
