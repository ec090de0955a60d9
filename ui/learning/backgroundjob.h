#pragma once
#include <atomic>
#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QThread;

namespace rrsis::ui {

/**
 * Runs one piece of long work (an evaluation, a training run, a dataset scan) on a thread
 * of its own, so the studio stays responsive. The work gets a context to report progress,
 * to ask whether it was cancelled (it checks between units of work) and to hand results to
 * the GUI thread. One job at a time; owned by the widget that shows it, whose destruction
 * cancels the work and waits for it.
 */
class BackgroundJob : public QObject {
  Q_OBJECT

 public:
  /** What the work sees. Used on the job's thread only. */
  class Context {
   public:
    bool isCancelled() const { return job_->cancelled_.load(); }
    /** At most every 50 ms, and always for done == total. */
    void progress(int done, int total, const QString& text = QString());
    /** Runs `f` on the GUI thread (queued), unless the job is destroyed first. */
    void post(std::function<void()> f) const;

   private:
    friend class BackgroundJob;
    explicit Context(BackgroundJob* job) : job_(job) {}
    BackgroundJob* job_;
    QElapsedTimer sinceProgress_;
  };

  /** Returns an error message, or "" when the work succeeded or was cancelled. */
  using Work = std::function<QString(Context&)>;

  explicit BackgroundJob(QObject* parent = nullptr);
  ~BackgroundJob() override;

  bool isRunning() const { return running_; }
  /** Starts `work`; false while another work runs. */
  bool start(Work work);
  /** Asks the work to stop at its next check; finished() follows. */
  void cancel() { cancelled_ = true; }
  /** Cancels and blocks until the work has returned. */
  void cancelAndWait();

 Q_SIGNALS:
  void progress(int done, int total, const QString& text);
  /** On the GUI thread once the work has returned; `message` is its error, if any. */
  void finished(bool ok, bool cancelled, const QString& message);

 private:
  std::atomic<bool> cancelled_{false};
  bool running_ = false;
  QThread* thread_ = nullptr;
};

}  // namespace rrsis::ui
