#include "raster/levelplan.h"

#include <algorithm>
#include <cmath>

namespace rrsis {

namespace {
/** A virtual level may be resampled from a real one at most this many times coarser. */
constexpr double kMaxResampleRatio = 4.0;
}  // namespace

LevelPlan::LevelPlan(const RasterInfo& info) : fullSize_(info.width, info.height) {
  for (int l = 0; l < int(info.levels.size()); ++l) {
    Level lv;
    lv.factor = info.levelFactor(l);
    lv.size = info.levels[l];
    lv.sourceLevel = l;
    lv.kind = Kind::Direct;
    levels_.push_back(lv);
  }
  const Level coarsest = levels_.back();
  double factor = coarsest.factor;
  QSize size = coarsest.size;
  while (std::max(size.width(), size.height()) > kTileSize) {
    factor *= 2.0;
    size = QSize(std::max(1, int(std::ceil(info.width / factor))), std::max(1, int(std::ceil(info.height / factor))));
    Level lv;
    lv.factor = factor;
    lv.size = size;
    lv.sourceLevel = coarsest.sourceLevel;
    lv.kind = factor / coarsest.factor <= kMaxResampleRatio ? Kind::Resampled : Kind::Sparse;
    levels_.push_back(lv);
  }
}

bool LevelPlan::hasSparseLevels() const {
  return std::any_of(levels_.begin(), levels_.end(), [](const Level& l) { return l.kind == Kind::Sparse; });
}

int LevelPlan::levelFor(double sourcePerScreen) const {
  int best = 0;
  // Allow a little slack so that a level is kept until it is clearly too fine.
  for (int i = 0; i < count(); ++i)
    if (levels_[i].factor <= sourcePerScreen * 1.05) best = i;
  return best;
}

int LevelPlan::tilesX(int level) const { return (levels_[level].size.width() + kTileSize - 1) / kTileSize; }

int LevelPlan::tilesY(int level) const { return (levels_[level].size.height() + kTileSize - 1) / kTileSize; }

QRect LevelPlan::tileRect(int level, int tx, int ty) const {
  const QRect full(QPoint(0, 0), levels_[level].size);
  return QRect(tx * kTileSize, ty * kTileSize, kTileSize, kTileSize).intersected(full);
}

QRectF LevelPlan::tileRectInLevel0(int level, int tx, int ty) const {
  const QRect r = tileRect(level, tx, ty);
  // Scale by the level's actual extent so that the edge tiles end exactly at the raster edge.
  const double sx = double(fullSize_.width()) / levels_[level].size.width();
  const double sy = double(fullSize_.height()) / levels_[level].size.height();
  return QRectF(r.x() * sx, r.y() * sy, r.width() * sx, r.height() * sy);
}

}  // namespace rrsis
