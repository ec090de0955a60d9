#pragma once
#include <memory>
#include <mutex>
#include <unordered_set>
#include <vector>

#include <QImage>
#include <QObject>
#include <QThreadPool>

#include "raster/displaymapping.h"
#include "raster/levelplan.h"
#include "raster/rastersource.h"
#include "raster/tilecache.h"

namespace rrsis::ui {

/**
 * Renders display tiles on its own thread pool, off the GUI thread. Requests that are no
 * longer wanted (the view moved on) are dropped before they start. Results come back as
 * signals in the loader's (GUI) thread. The destructor waits for running jobs.
 */
class TileLoader : public QObject {
  Q_OBJECT

 public:
  explicit TileLoader(QObject* parent = nullptr);
  ~TileLoader() override;

  void setThreadCount(int threads);

  /** What the next requests render: a snapshot of the scene's source, plan and mapping. */
  void setContext(std::shared_ptr<const RasterSource> source, const LevelPlan& plan, const DisplayMapping& mapping);

  /** Queues a tile unless it is already queued; higher priority runs first. */
  void request(const TileKey& key, int priority);
  /** Forgets queued requests that are not in `wanted` (running ones finish). */
  void retainOnly(const std::vector<TileKey>& wanted);
  /** Forgets every queued request. */
  void cancelAll();
  int pendingCount() const;

 Q_SIGNALS:
  void tileLoaded(const rrsis::TileKey& key, const QImage& image);
  void tileFailed(const rrsis::TileKey& key, const QString& message);

 private:
  struct Context {
    std::shared_ptr<const RasterSource> source;
    LevelPlan plan;
    DisplayMapping mapping;
  };
  struct Shared {
    mutable std::mutex mutex;
    std::unordered_set<TileKey, TileKeyHash> pending;
  };
  void finish(const TileKey& key, const QImage& image, const QString& error);

  QThreadPool pool_;
  std::shared_ptr<const Context> context_;
  std::shared_ptr<Shared> shared_ = std::make_shared<Shared>();
};

}  // namespace rrsis::ui
