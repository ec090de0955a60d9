#include "engineloader.h"

#include <chrono>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <dlfcn.h>

namespace rrsis::ui {

namespace {

constexpr const char* kModuleName = "librrsis-engine.so";

/** Opens one module file and makes its engine; a message on failure. */
Result<std::unique_ptr<ModelEngine>> openModule(const QString& path) {
  using R = Result<std::unique_ptr<ModelEngine>>;
  // RTLD_LOCAL: the module's copies of the project's code stay its own; it exports one function.
  void* handle = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) return R::failure(QString::fromLocal8Bit(dlerror()));
  auto factory = reinterpret_cast<ModelEngineFactory>(dlsym(handle, kModelEngineEntryPoint));
  if (!factory) {
    dlclose(handle);
    return R::failure(
        EngineLoader::tr("not a model engine module (it has no %1)").arg(QString::fromLatin1(kModelEngineEntryPoint)));
  }
  std::unique_ptr<ModelEngine> engine(factory(kModelEngineInterfaceVersion));
  // Kept loaded even when it refuses: LibTorch's libraries are not made to be unloaded.
  if (!engine) return R::failure(EngineLoader::tr("built for another version of RRSIS Studio"));
  return R(std::move(engine));
}

}  // namespace

EngineLoader::EngineLoader(QStringList modulePaths, QObject* parent)
    : QObject(parent), paths_(std::move(modulePaths)) {}

EngineLoader::~EngineLoader() {
  if (thread_.joinable()) thread_.join();
}

EngineLoader& EngineLoader::instance() {
  static EngineLoader* loader = [] {
    auto* l = new EngineLoader(defaultModulePaths());
    // Destroyed with the application, which waits for a load still under way.
    if (QCoreApplication::instance()) l->setParent(QCoreApplication::instance());
    return l;
  }();
  return *loader;
}

QStringList EngineLoader::defaultModulePaths() {
  QStringList paths;
  const QString env = qEnvironmentVariable("RRSIS_ENGINE_MODULE");
  if (!env.isEmpty()) return {env};
  const QString dir = QCoreApplication::applicationDirPath();
  paths << QDir(dir).filePath(QString::fromLatin1(kModuleName))
        << QDir(dir).filePath(QStringLiteral("../lib/rrsis/") + QString::fromLatin1(kModuleName));
#ifdef RRSIS_ENGINE_MODULE_BUILD_PATH
  paths << QStringLiteral(RRSIS_ENGINE_MODULE_BUILD_PATH);
#endif
  for (QString& p : paths) p = QDir::cleanPath(p);
  paths.removeDuplicates();
  return paths;
}

void EngineLoader::install(std::unique_ptr<ModelEngine> engine) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (state_ == State::Loading) return;  // too late: the module is on its way
  engine_ = std::move(engine);
  state_ = engine_ ? State::Ready : State::Idle;
  changed_.notify_all();
}

void EngineLoader::start() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (state_ != State::Idle) return;
  state_ = State::Loading;
  thread_ = std::thread([this] { load(); });
}

void EngineLoader::setAutoStart(bool on) {
  std::lock_guard<std::mutex> lock(mutex_);
  autoStart_ = on;
}

void EngineLoader::load() {
  const auto t0 = std::chrono::steady_clock::now();
  QStringList tried;
  std::unique_ptr<ModelEngine> engine;
  for (const QString& path : paths_) {
    if (!QFileInfo(path).isFile()) {
      tried << tr("%1: not found").arg(QDir::toNativeSeparators(path));
      continue;
    }
    auto opened = openModule(path);
    if (opened) {
      engine = std::move(*opened);
      break;
    }
    tried << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), opened.error());
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  QString error;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    seconds_ = seconds;
    if (engine) {
      engine_ = std::move(engine);
      state_ = State::Ready;
    } else {
      error_ = tr("The model engine (LibTorch) could not be loaded, so no model can run; images and "
                  "annotations work as usual. Reinstalling RRSIS Studio should repair it. Tried: %1")
                   .arg(tried.join(QStringLiteral("; ")));
      error = error_;
      state_ = State::Failed;
    }
    changed_.notify_all();
  }
  QMetaObject::invokeMethod(
      this,
      [this, error] {
        if (error.isEmpty())
          Q_EMIT loaded();
        else
          Q_EMIT failed(error);
      },
      Qt::QueuedConnection);
}

ModelEngine* EngineLoader::engine() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return state_ == State::Ready ? engine_.get() : nullptr;
}

Result<ModelEngine*> EngineLoader::wait() {
  bool autoStart;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    autoStart = autoStart_;
  }
  if (autoStart) start();
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] { return state_ == State::Ready || state_ == State::Failed; });
  if (state_ == State::Failed) return Result<ModelEngine*>::failure(error_);
  return Result<ModelEngine*>(engine_.get());
}

double EngineLoader::loadSeconds() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return seconds_;
}

Result<std::unique_ptr<Segmenter>> loadModel(const QString& bundle, const SegmenterOptions& options) {
  auto engine = EngineLoader::instance().wait();
  if (!engine) return Result<std::unique_ptr<Segmenter>>::failure(engine.error());
  return (*engine)->loadSegmenter(bundle, options);
}

}  // namespace rrsis::ui
