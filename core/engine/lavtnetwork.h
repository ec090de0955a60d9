#pragma once
// Private to core: includes LibTorch.
#include <memory>

#include <torch/types.h>

#include "model/modelmanifest.h"
#include "engine/segmentationnetwork.h"
#include "nets/lavtnet.h"
#include "util/result.h"

namespace rrsis {

/**
 * A native LAVT behind the bundle contract. The word features of the last expression are
 * kept: the windows of one tiled query share its ids and masks, so BERT runs once per query
 * (three times for FIANet, once per mask).
 * Not thread-safe (one Segmenter, one thread), as every SegmentationNetwork.
 */
class LavtNetwork final : public SegmentationNetwork {
 public:
  explicit LavtNetwork(nets::LavtNet net) : net_(std::move(net)) {}
  torch::Tensor forward(const torch::Tensor& image, const torch::Tensor& ids, const torch::Tensor& mask) override;
  int64_t parameterCount() const override;
  torch::Tensor forwardWithTextMasks(const torch::Tensor& image, const torch::Tensor& ids, const torch::Tensor& mask,
                                     const torch::Tensor& objectMask, const torch::Tensor& positionMask) override;
  bool supportsBf16() const override { return true; }
  /**
   * Not FIANet: its bf16 masks agreed with fp32 on only 95.6 % of pixels in bench_nets (LAVT,
   * RMSIN, LGCE: 99.8 % and more), so automatic precision keeps it in fp32; bf16 when asked.
   */
  bool bf16ByDefault() const override { return !net_->options.swin.fianet; }
  void setBf16(bool on) override;
  /** How many times BERT ran (the cache's misses), for tests and benchmarks. */
  int textEncodings() const { return textEncodings_; }

 private:
  nets::LavtNet net_;
  /** The word features of this query: from the cache when ids and masks equal the last query's. */
  const nets::LanguageFeatures& language(const torch::Tensor& ids, const torch::Tensor& mask,
                                         const torch::Tensor& objectMask, const torch::Tensor& positionMask);

  torch::Tensor cachedIds_, cachedMask_;
  torch::Tensor cachedObject_, cachedPosition_;  ///< FIANet's masks of the cached query
  nets::LanguageFeatures cachedLanguage_;        ///< the words (l); FIANet: also t, p and the masks
  int textEncodings_ = 0;
  bool bf16_ = false;
};

/** Builds a LAVT from a manifest, loads its weights (every missing, unexpected or mis-shaped key named). */
Result<std::unique_ptr<SegmentationNetwork>> loadLavtNetwork(const ModelManifest& manifest, int vocabSize,
                                                             const torch::Device& device);

}  // namespace rrsis
