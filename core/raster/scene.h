#pragma once
#include <atomic>
#include <cstdint>
#include <memory>

#include <QObject>

#include "raster/displaymapping.h"
#include "raster/levelplan.h"
#include "raster/rastersource.h"
#include "raster/scenestatistics.h"
#include "util/result.h"

namespace rrsis {

/** Everything read from a file when it is opened; built off the GUI thread. */
struct SceneContent {
  std::shared_ptr<RasterSource> source;
  SceneStatistics statistics;
  DisplayMapping mapping;
};

/**
 * Opens a raster, samples its statistics and picks its default display mapping. Slow for
 * large files without overviews (sparse reads), so call it from a worker thread.
 */
Result<SceneContent> loadSceneContent(const QString& path, const StretchDefaults& defaults);

/**
 * An opened scene: the raster source, its statistics, its level plan and the current display
 * mapping. Lives in the GUI thread; owned by the main window, shared with views through
 * std::shared_ptr. Emits mappingChanged() when the display mapping changes.
 */
class Scene : public QObject {
  Q_OBJECT

 public:
  explicit Scene(SceneContent content, QObject* parent = nullptr);

  const RasterInfo& info() const { return content_.source->info(); }
  const std::shared_ptr<RasterSource>& source() const { return content_.source; }
  const SceneStatistics& statistics() const { return content_.statistics; }
  const LevelPlan& plan() const { return plan_; }
  const DisplayMapping& mapping() const { return content_.mapping; }
  QString path() const { return info().path; }

  /** A number unique to this opened scene in this process. */
  std::uint64_t serial() const { return serial_; }
  /** Bumped every time the mapping changes (tiles of older generations are stale). */
  std::uint64_t generation() const { return generation_; }

  void setMapping(const DisplayMapping& mapping);

 Q_SIGNALS:
  void mappingChanged();

 private:
  SceneContent content_;
  LevelPlan plan_;
  std::uint64_t serial_;
  std::uint64_t generation_ = 1;
};

}  // namespace rrsis
