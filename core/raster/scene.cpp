#include "raster/scene.h"

#include "raster/gdalrastersource.h"

namespace rrsis {

namespace {
std::atomic<std::uint64_t> nextSerial{1};
}

Result<SceneContent> loadSceneContent(const QString& path, const StretchDefaults& defaults) {
  auto source = GdalRasterSource::open(path);
  if (!source) return Result<SceneContent>::failure(source.error());
  auto stats = SceneStatistics::compute(**source);
  if (!stats) return Result<SceneContent>::failure(stats.error());
  SceneContent content;
  content.source = *source;
  content.statistics = std::move(*stats);
  content.mapping = DisplayMapping::defaultFor(content.source->info(), content.statistics, defaults);
  return content;
}

Scene::Scene(SceneContent content, QObject* parent)
    : QObject(parent), content_(std::move(content)), plan_(content_.source->info()), serial_(nextSerial++) {}

void Scene::setMapping(const DisplayMapping& mapping) {
  if (mapping == content_.mapping) return;
  content_.mapping = mapping;
  ++generation_;
  Q_EMIT mappingChanged();
}

}  // namespace rrsis
