#pragma once
#include "modelengine.h"

namespace rrsis::ui {

/**
 * The studio's ModelEngine on LibTorch: core/engine's models, core/train's training, core/nets'
 * thread and memory settings. Built into the engine module (enginemodule.cpp), and linked
 * directly by tests that drive the studio's model features without loading the module.
 */
class NativeModelEngine final : public ModelEngine {
 public:
  Result<std::unique_ptr<Segmenter>> loadSegmenter(const QString& bundle, const SegmenterOptions& options) override;
  Result<TrainSummary> train(const TrainOptions& options,
                             const std::function<bool(const TrainProgress&)>& progress) override;
  void releaseCachedMemory() override;
};

}  // namespace rrsis::ui
