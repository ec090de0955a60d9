#pragma once
#include <array>

#include <torch/types.h>

namespace rrsis::nets {

/**
 * Cross-entropy over two-class logits [B,2,H,W] against a target [B,H,W] of 0/1 (long),
 * with class weights as the RRSIS recipe uses ([0.9, 1.1]): PyTorch's weighted mean,
 * sum(w_y * loss) / sum(w_y).
 */
torch::Tensor weightedCrossEntropy(const torch::Tensor& logits, const torch::Tensor& target,
                                   std::array<double, 2> classWeights = {0.9, 1.1});

/**
 * Soft Dice loss of the target class: 1 - (2 sum(p t) + s) / (sum p + sum t + s) per
 * sample, averaged over the batch, with p the softmax probability of class 1.
 */
torch::Tensor diceLoss(const torch::Tensor& logits, const torch::Tensor& target, double smooth = 1.0);

/** RMSIN / FIANet's combination: ceWeight x weighted CE + diceWeight x Dice. */
torch::Tensor segmentationLoss(const torch::Tensor& logits, const torch::Tensor& target, double ceWeight = 0.9,
                               double diceWeight = 0.1, std::array<double, 2> classWeights = {0.9, 1.1});

/** Polynomial decay: base x (1 - step / total)^power (0 from the last step on). */
double polyLearningRate(double base, long long step, long long total, double power = 0.9);

}  // namespace rrsis::nets
