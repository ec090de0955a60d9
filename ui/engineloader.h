#pragma once
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include <QObject>
#include <QStringList>

#include "modelengine.h"
#include "util/result.h"

namespace rrsis::ui {

/**
 * Loads the model engine (ModelEngine) from its shared module on a background thread. LibTorch
 * takes most of a second to load, so the studio starts this when its window is up; whatever
 * needs a model asks wait() from its worker thread, which returns at once when the engine is
 * there and otherwise blocks that thread (never the GUI's) until it is. A module that is
 * missing, not a module, or built for another version of the interface is an error that names
 * every file tried; the studio keeps working on imagery and annotations without a model.
 *
 * The module is looked for at: $RRSIS_ENGINE_MODULE when set; beside the executable
 * (librrsis-engine.so, the build tree); <prefix>/lib/rrsis/ (installed); the build tree's path
 * compiled in (tests). It is never unloaded.
 */
class EngineLoader : public QObject {
  Q_OBJECT

 public:
  /** A loader that tries `modulePaths` in order. */
  explicit EngineLoader(QStringList modulePaths, QObject* parent = nullptr);
  ~EngineLoader() override;

  /** The studio's loader (the default paths), made on first use and owned by the application. */
  static EngineLoader& instance();
  /** Where the studio's loader looks, in order. */
  static QStringList defaultModulePaths();

  /** Uses `engine` instead of a module (tests, programs linked with the engine); before start(). */
  void install(std::unique_ptr<ModelEngine> engine);
  /** Starts loading on a background thread; later calls do nothing. */
  void start();
  /**
   * Whether wait() starts the load when nobody has (default: yes). The studio turns it off and
   * starts the load itself once its first tiles are drawn; wait() then blocks until it has.
   */
  void setAutoStart(bool on);
  /** The engine once it has loaded, else null. Never blocks. */
  ModelEngine* engine() const;
  /** Blocks the calling thread until the engine has loaded or failed (starting the load, see setAutoStart). */
  Result<ModelEngine*> wait();
  /** Seconds the module took to load; 0 before it has, or for an installed engine. */
  double loadSeconds() const;

 Q_SIGNALS:
  /** In the loader's thread, once the engine is there. */
  void loaded();
  /** In the loader's thread, once the engine has failed to load. */
  void failed(const QString& message);

 private:
  enum class State { Idle, Loading, Ready, Failed };
  void load();

  const QStringList paths_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  State state_ = State::Idle;
  QString error_;
  std::unique_ptr<ModelEngine> engine_;
  double seconds_ = 0;
  bool autoStart_ = true;
  std::thread thread_;
};

/**
 * A bundle's model through the studio's engine: waits for EngineLoader::instance() (so call it
 * from a worker thread), then loads. The engine's error when it could not be loaded.
 */
Result<std::unique_ptr<Segmenter>> loadModel(const QString& bundle, const SegmenterOptions& options = {});

}  // namespace rrsis::ui
