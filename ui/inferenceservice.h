#pragma once
#include <atomic>
#include <memory>
#include <mutex>
#include <set>

#include <QObject>
#include <QString>

#include "inference/queryrunner.h"
#include "model/segmenter.h"
#include "raster/displaymapping.h"
#include "raster/rastersource.h"

class QThread;

namespace rrsis::ui {

class InferenceWorker;

/** One query as the GUI hands it over: the data to read, how to show it, what to find. */
struct InferenceJob {
  std::shared_ptr<RasterSource> source;  ///< shared with the view; reads are thread-safe
  DisplayMapping mapping;                ///< the colours the analyst sees
  QString sceneKey;                      ///< identifies scene + display generation (cache key)
  QueryRequest request;
};

/**
 * Runs models off the GUI thread. Owns one worker QObject on its own QThread, which owns the
 * loaded Segmenter and a result cache. Requests carry an id; a newer request supersedes the
 * ones still queued; cancel() stops a request between windows (tiled) or before its model
 * run. Results, progress and failures come back as signals in the GUI thread. Destroying the
 * service cancels everything and waits for the worker (never longer than one model run).
 */
class InferenceService : public QObject {
  Q_OBJECT

 public:
  explicit InferenceService(QObject* parent = nullptr);
  ~InferenceService() override;

  /** Loads a bundle in the worker; modelLoaded() or modelFailed() follows. */
  void loadModel(const QString& bundle, const SegmenterOptions& options);
  /** Queues a query and returns its id (> 0). Needs a loaded model. */
  int submit(InferenceJob job);
  void cancel(int id);

  bool hasModel() const { return hasModel_; }
  bool isLoading() const { return loading_ > 0; }
  const ModelInfo& modelInfo() const { return modelInfo_; }
  /** Requests submitted but not yet finished, failed or cancelled. */
  int pendingCount() const { return int(pending_.size()); }

 Q_SIGNALS:
  void modelLoading(const QString& bundle);
  void modelLoaded(const rrsis::ModelInfo& info);
  void modelFailed(const QString& bundle, const QString& message);
  void started(int id);
  void progress(int id, int done, int total);
  void finished(int id, const rrsis::QueryOutcome& outcome, bool fromCache);
  void failed(int id, const QString& message);
  void cancelled(int id);

 private:
  friend class InferenceWorker;
  /** Called by the worker thread. */
  bool shouldStop(int id) const;
  bool isSuperseded(int id) const { return id < latest_.load(); }
  void settle(int id);

  QThread* thread_;
  InferenceWorker* worker_;
  std::atomic<int> latest_{0};
  std::atomic<bool> shuttingDown_{false};
  mutable std::mutex mutex_;
  std::set<int> cancelled_;
  std::set<int> pending_;  // GUI thread only
  int nextId_ = 1;
  int loading_ = 0;
  bool hasModel_ = false;
  ModelInfo modelInfo_;
};

}  // namespace rrsis::ui
