#include "nativemodelengine.h"

#include "engine/nativesegmenter.h"
#include "nets/tensormemorypool.h"

namespace rrsis::ui {

Result<std::unique_ptr<Segmenter>> NativeModelEngine::loadSegmenter(const QString& bundle,
                                                                    const SegmenterOptions& options) {
  return rrsis::loadSegmenter(bundle, options);
}

Result<TrainSummary> NativeModelEngine::train(const TrainOptions& options,
                                              const std::function<bool(const TrainProgress&)>& progress) {
  return trainModel(options, progress);
}

void NativeModelEngine::releaseCachedMemory() { nets::TensorMemoryPool::releaseCached(); }

}  // namespace rrsis::ui
