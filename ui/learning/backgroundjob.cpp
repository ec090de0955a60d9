#include "learning/backgroundjob.h"

#include <QPointer>
#include <QThread>

#include "engineloader.h"

namespace rrsis::ui {

void BackgroundJob::Context::progress(int done, int total, const QString& text) {
  if (sinceProgress_.isValid() && sinceProgress_.elapsed() < 50 && done != total) return;
  sinceProgress_.start();
  Q_EMIT job_->progress(done, total, text);  // queued to the GUI thread's receivers
}

void BackgroundJob::Context::post(std::function<void()> f) const {
  QMetaObject::invokeMethod(job_, std::move(f), Qt::QueuedConnection);
}

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent) {}

BackgroundJob::~BackgroundJob() { cancelAndWait(); }

bool BackgroundJob::start(Work work) {
  if (running_) return false;
  running_ = true;
  cancelled_ = false;
  thread_ = QThread::create([this, work = std::move(work)] {
    Context context(this);
    QString error;
    try {
      error = work(context);
    } catch (const std::exception& e) {
      error = QString::fromUtf8(e.what());
    }
    // Training and evaluation leave their activations cached in the tensor memory pool;
    // the studio gives them back when the job ends.
    if (ModelEngine* engine = EngineLoader::instance().engine()) engine->releaseCachedMemory();
    const bool cancelled = cancelled_.load();
    QMetaObject::invokeMethod(
        this,
        [this, error, cancelled] {
          if (thread_) {
            thread_->wait();
            delete thread_;
            thread_ = nullptr;
          }
          running_ = false;
          Q_EMIT finished(error.isEmpty(), cancelled, error);
        },
        Qt::QueuedConnection);
  });
  thread_->start();
  return true;
}

void BackgroundJob::cancelAndWait() {
  cancelled_ = true;
  if (thread_) {
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
  }
  running_ = false;
}

}  // namespace rrsis::ui
