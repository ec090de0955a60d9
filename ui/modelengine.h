#pragma once
#include <functional>
#include <memory>

#include <QString>

#include "model/segmenter.h"
#include "train/trainer.h"
#include "util/result.h"

namespace rrsis::ui {

/**
 * What the studio needs of LibTorch, as one interface: loading a model, training, and giving
 * back the engine's cached memory. The studio itself links no LibTorch. EngineLoader loads
 * the implementation (NativeModelEngine, app/engine) from a shared module on a background
 * thread, so the window and the first tiles appear while LibTorch is still loading; a loaded
 * Segmenter is then used through model/'s interface like any other. Every method may be called
 * from any thread and runs on the caller's.
 */
class ModelEngine {
 public:
  virtual ~ModelEngine() = default;
  /**
   * core/engine's loadSegmenter(): the bundle's model, ready on its device. Also sets the calling
   * thread's intra-op thread count (options.threads; 0: every logical CPU), so the thread that
   * loads a model is the one to run its queries.
   */
  virtual Result<std::unique_ptr<Segmenter>> loadSegmenter(const QString& bundle, const SegmenterOptions& options) = 0;
  /** core/train's trainModel(), on the calling thread. */
  virtual Result<TrainSummary> train(const TrainOptions& options,
                                     const std::function<bool(const TrainProgress&)>& progress) = 0;
  /** Gives the tensor memory the engine keeps between runs back to the system. */
  virtual void releaseCachedMemory() = 0;
};

/**
 * The interface's version: a module built against another refuses to make an engine. Raise it
 * with every change to ModelEngine or to a type it passes.
 */
constexpr int kModelEngineInterfaceVersion = 1;

/**
 * The module's one exported function:
 *   extern "C" rrsis::ui::ModelEngine* rrsis_create_model_engine(int interfaceVersion);
 * A new engine, or null when `interfaceVersion` is not the module's.
 */
constexpr const char* kModelEngineEntryPoint = "rrsis_create_model_engine";
using ModelEngineFactory = ModelEngine* (*)(int interfaceVersion);

}  // namespace rrsis::ui
