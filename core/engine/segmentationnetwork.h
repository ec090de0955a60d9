#pragma once
// Private to core: includes LibTorch. Nothing that moc or the ui reads includes this.
#include <memory>

#include <QJsonObject>
#include <torch/types.h>

#include "model/modelmanifest.h"
#include "nets/compactnet.h"
#include "util/result.h"

namespace rrsis {

/**
 * A loaded network with the bundle contract: forward(image [B,3,H,W] float, ids [B,L] long,
 * mask [B,L] long) -> [B,2,h,w] logits or [B,1,h,w] logit. Implementations may throw
 * c10::Error / std::exception from forward(); the Segmenter turns that into a message.
 */
class SegmentationNetwork {
 public:
  virtual ~SegmentationNetwork() = default;
  virtual torch::Tensor forward(const torch::Tensor& image, const torch::Tensor& ids, const torch::Tensor& mask) = 0;
  virtual int64_t parameterCount() const = 0;
  /**
   * Networks whose text streams also need the expression's object and position masks (FIANet)
   * get them here, each [B,L] long; the others ignore them.
   */
  virtual torch::Tensor forwardWithTextMasks(const torch::Tensor& image, const torch::Tensor& ids,
                                             const torch::Tensor& mask, const torch::Tensor& objectMask,
                                             const torch::Tensor& positionMask) {
    (void)objectMask;
    (void)positionMask;
    return forward(image, ids, mask);
  }
  /** Whether forward() can run in bf16 (autocast with the network's fp32 islands). */
  virtual bool supportsBf16() const { return false; }
  /** Whether automatic precision may pick bf16: its masks measured close enough to fp32's. */
  virtual bool bf16ByDefault() const { return supportsBf16(); }
  /** Runs later forwards in bf16 (only when supportsBf16()). */
  virtual void setBf16(bool) {}
};

/**
 * Builds the network a manifest names, loads its weights and moves it to `device` in eval
 * mode. `vocabSize` is the tokenizer's, checked against the network's embedding.
 */
Result<std::unique_ptr<SegmentationNetwork>> loadSegmentationNetwork(const ModelManifest& manifest, int vocabSize,
                                                                     const torch::Device& device);

/** Compact network options from a manifest's "config" (missing keys keep the defaults). */
Result<nets::CompactOptions> compactOptionsFromConfig(const QJsonObject& config, int vocabSize, int maxTokens);
/** The "config" object describing `options`. */
QJsonObject compactConfigToJson(const nets::CompactOptions& options);

}  // namespace rrsis
