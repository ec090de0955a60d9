// The training losses and schedule against hand-computed values.
#include <QtTest>
#include <cmath>
#include <torch/torch.h>

#include "nets/losses.h"

using namespace rrsis::nets;

namespace {
/** Two pixels: logits [0, ln 3] (p1 = 0.75, target 1) and [0, 0] (p1 = 0.5, target 0). */
std::pair<torch::Tensor, torch::Tensor> twoPixels() {
  auto logits = torch::zeros({1, 2, 1, 2});
  logits[0][1][0][0] = std::log(3.0);
  auto target = torch::tensor({1, 0}, torch::kLong).view({1, 1, 2});
  return {logits, target};
}
}  // namespace

class TestLosses : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void crossEntropy_isTheWeightedMean() {
    auto [logits, target] = twoPixels();
    const double expected = (1.1 * -std::log(0.75) + 0.9 * std::log(2.0)) / (1.1 + 0.9);
    QVERIFY(std::abs(weightedCrossEntropy(logits, target).item<double>() - expected) < 1e-6);
    const double unweighted = (-std::log(0.75) + std::log(2.0)) / 2;
    QVERIFY(std::abs(weightedCrossEntropy(logits, target, {1.0, 1.0}).item<double>() - unweighted) < 1e-6);
  }

  void dice_matchesTheFormula() {
    auto [logits, target] = twoPixels();
    // intersection 0.75, sum p 1.25, sum t 1, smooth 1: 1 - 2.5 / 3.25.
    QVERIFY(std::abs(diceLoss(logits, target).item<double>() - (1.0 - 2.5 / 3.25)) < 1e-6);
    // A perfect, confident prediction has a Dice loss near 0; the opposite near 1.
    auto sure = torch::zeros({1, 2, 1, 2});
    sure[0][1][0][0] = 30.0;
    sure[0][0][0][1] = 30.0;
    QVERIFY(diceLoss(sure, target).item<double>() < 1e-6);
    QVERIFY(diceLoss(-sure, target, 0.0).item<double>() > 0.99);
  }

  void combined_andItsGradient() {
    auto [logits, target] = twoPixels();
    logits.requires_grad_(true);
    auto loss = segmentationLoss(logits, target);
    const double expected =
        0.9 * weightedCrossEntropy(logits, target).item<double>() + 0.1 * diceLoss(logits, target).item<double>();
    QVERIFY(std::abs(loss.item<double>() - expected) < 1e-6);
    loss.backward();
    // Raising the target-class logit of the target pixel lowers the loss.
    QVERIFY(logits.grad()[0][1][0][0].item<double>() < 0);
    QVERIFY(logits.grad()[0][1][0][1].item<double>() > 0);
  }

  void poly_decaysToZero() {
    QCOMPARE(polyLearningRate(1e-4, 0, 100), 1e-4);
    QVERIFY(std::abs(polyLearningRate(1e-4, 50, 100) - 1e-4 * std::pow(0.5, 0.9)) < 1e-15);
    QCOMPARE(polyLearningRate(1e-4, 100, 100), 0.0);
    QCOMPARE(polyLearningRate(1e-4, 150, 100), 0.0);
  }
};

QTEST_GUILESS_MAIN(TestLosses)
#include "tst_losses.moc"
