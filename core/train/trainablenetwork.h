#pragma once
// Private to core: includes LibTorch.
#include <memory>

#include <QJsonObject>
#include <QString>
#include <torch/torch.h>

#include "util/result.h"

namespace rrsis::train {

/**
 * The network a training run trains, whatever its architecture (compact or the LAVT family): the
 * module (for parameters, state dicts, train/eval and the device), its forward with the bundle
 * contract, and the manifest "config" that rebuilds it. A value type sharing its module.
 */
class TrainableNetwork {
 public:
  /**
   * Builds `architecture` from a manifest config for a tokenizer of `vocabSize` entries (the
   * config's own vocabulary size gives way to it: fine-tuning may grow the vocabulary).
   */
  static Result<TrainableNetwork> build(const QString& architecture, QJsonObject config, int vocabSize, int maxTokens,
                                        int inputSize);
  torch::nn::Module& module() const { return *module_; }
  /** Logits [B,2,H,W]; FIANet also takes its object and position word masks [B,L] (others ignore them). */
  torch::Tensor forward(const torch::Tensor& image, const torch::Tensor& ids, const torch::Tensor& mask,
                        const torch::Tensor& objectMask = {}, const torch::Tensor& positionMask = {}) const;
  /** The manifest "config" of the network as built. */
  const QJsonObject& config() const { return config_; }

 private:
  std::shared_ptr<torch::nn::Module> module_;
  using Forward = std::function<torch::Tensor(const torch::Tensor&, const torch::Tensor&, const torch::Tensor&,
                                              const torch::Tensor&, const torch::Tensor&)>;
  Forward forward_;
  QJsonObject config_;
};

/** Whether this build can train `architecture`. */
bool isTrainableArchitecture(const QString& architecture);

}  // namespace rrsis::train
