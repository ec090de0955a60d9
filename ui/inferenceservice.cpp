#include "inferenceservice.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "engineloader.h"
#include "inference/resultcache.h"

namespace rrsis::ui {

namespace {

struct InferenceServiceText {
  Q_DECLARE_TR_FUNCTIONS(InferenceService)
};
/** Tensor memory kept for the next query is given back after this long without one. */
constexpr int kIdleReleaseMs = 30 * 1000;
}  // namespace

/**
 * Lives in the service's thread. Owns the Segmenter (created, used and released there) and
 * the result cache. Every call arrives as a queued functor, so calls run one after another.
 */
class InferenceWorker : public QObject {
 public:
  explicit InferenceWorker(InferenceService* service) : service_(service) {
    // A child, so it moves to the service's thread with the worker and fires there.
    idle_ = new QTimer(this);
    idle_->setSingleShot(true);
    idle_->setInterval(kIdleReleaseMs);
    QObject::connect(idle_, &QTimer::timeout, this, [] {
      if (ModelEngine* engine = EngineLoader::instance().engine()) engine->releaseCachedMemory();
    });
  }

  void load(const QString& bundle, const SegmenterOptions& options) {
    const IdleFromHere idle{idle_};  // the replaced model's memory too, if no query comes
    // The first model of a session may wait here for LibTorch to finish loading. Loading sets
    // this thread's intra-op thread count (options.threads), where every query then runs.
    auto loaded = loadModel(bundle, options);
    if (!loaded) {
      post([s = service_, bundle, error = loaded.error()] {
        --s->loading_;
        Q_EMIT s->modelFailed(bundle, error);
      });
      return;
    }
    segmenter_ = std::move(loaded.value());
    modelKey_ = QStringLiteral("%1#%2").arg(bundle).arg(++loadCount_);
    cache_.clear();
    post([s = service_, info = segmenter_->info()] {
      --s->loading_;
      s->hasModel_ = true;
      s->modelInfo_ = info;
      Q_EMIT s->modelLoaded(info);
    });
  }

  void run(int id, const InferenceJob& job) {
    const IdleFromHere idle{idle_};
    InferenceService* s = service_;
    if (s->shouldStop(id) || s->isSuperseded(id)) {
      post([s, id] {
        s->settle(id);
        Q_EMIT s->cancelled(id);
      });
      return;
    }
    if (!segmenter_) {
      post([s, id] {
        s->settle(id);
        Q_EMIT s->failed(
            id, InferenceServiceText::tr("No model is loaded. Open a model bundle first (Model ▸ Open Model…)."));
      });
      return;
    }
    post([s, id] { Q_EMIT s->started(id); });
    const QString key = ResultCache::key(job.sceneKey, modelKey_, job.request);
    if (auto hit = cache_.find(key)) {
      post([s, id, outcome = *hit] {
        s->settle(id);
        Q_EMIT s->finished(id, outcome, true);
      });
      return;
    }
    bool stopped = false;
    auto result = runQuery(
        *job.source, job.mapping, *segmenter_, job.request,
        [s, id, this](int done, int total) {
          post([s, id, done, total] { Q_EMIT s->progress(id, done, total); });
          return !s->shouldStop(id);
        },
        &stopped);
    if (stopped || s->shouldStop(id)) {
      post([s, id] {
        s->settle(id);
        Q_EMIT s->cancelled(id);
      });
    } else if (!result) {
      post([s, id, error = result.error()] {
        s->settle(id);
        Q_EMIT s->failed(id, error);
      });
    } else {
      cache_.insert(key, *result);
      post([s, id, outcome = std::move(result.value())] {
        s->settle(id);
        Q_EMIT s->finished(id, outcome, false);
      });
    }
  }

  /** Releases the model in this thread (called at shutdown, before the thread ends). */
  void release() {
    segmenter_.reset();
    cache_.clear();
  }

 private:
  /** Restarts the idle timer when a call ends, however it ends. */
  struct IdleFromHere {
    QTimer* timer;
    ~IdleFromHere() { timer->start(); }
  };

  template <class F>
  void post(F&& f) {
    // Delivered in the GUI thread; dropped if the service is already gone.
    QMetaObject::invokeMethod(service_, std::forward<F>(f), Qt::QueuedConnection);
  }

  InferenceService* service_;
  QTimer* idle_;  // gives cached tensor memory back when no query came for a while
  std::unique_ptr<Segmenter> segmenter_;
  ResultCache cache_;
  QString modelKey_;
  int loadCount_ = 0;
};

InferenceService::InferenceService(QObject* parent) : QObject(parent) {
  qRegisterMetaType<rrsis::ModelInfo>("rrsis::ModelInfo");
  qRegisterMetaType<rrsis::QueryOutcome>("rrsis::QueryOutcome");
  thread_ = new QThread(this);
  thread_->setObjectName(QStringLiteral("inference"));
  worker_ = new InferenceWorker(this);
  worker_->moveToThread(thread_);
  thread_->start();
  // Model runs use every core. Below normal priority (a nice value, inherited by the OpenMP
  // threads this thread starts), they yield to the GUI thread whenever it has work, so the
  // interface stays fluid during inference; with nothing else to do they run at full speed.
  QMetaObject::invokeMethod(
      worker_,
      [] {
#ifdef __linux__
        setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
      },
      Qt::QueuedConnection);
}

InferenceService::~InferenceService() {
  shuttingDown_ = true;
  QMetaObject::invokeMethod(
      worker_, [w = worker_] { w->release(); }, Qt::QueuedConnection);
  thread_->requestInterruption();
  thread_->quit();
  thread_->wait();
  delete worker_;
}

void InferenceService::loadModel(const QString& bundle, const SegmenterOptions& options) {
  ++loading_;
  Q_EMIT modelLoading(bundle);
  QMetaObject::invokeMethod(
      worker_, [w = worker_, bundle, options] { w->load(bundle, options); }, Qt::QueuedConnection);
}

int InferenceService::submit(InferenceJob job) {
  const int id = nextId_++;
  latest_ = id;
  pending_.insert(id);
  QMetaObject::invokeMethod(
      worker_, [w = worker_, id, job = std::move(job)] { w->run(id, job); }, Qt::QueuedConnection);
  return id;
}

void InferenceService::cancel(int id) {
  std::lock_guard<std::mutex> lock(mutex_);
  cancelled_.insert(id);
}

bool InferenceService::shouldStop(int id) const {
  if (shuttingDown_) return true;
  std::lock_guard<std::mutex> lock(mutex_);
  return cancelled_.count(id) > 0;
}

void InferenceService::settle(int id) {
  pending_.erase(id);
  std::lock_guard<std::mutex> lock(mutex_);
  cancelled_.erase(id);
}

}  // namespace rrsis::ui
