#pragma once
#include <vector>

#include <QRect>
#include <QRectF>
#include <QSize>

#include "raster/rasterinfo.h"

namespace rrsis {

/** The side of a display tile in pixels of its level. */
constexpr int kTileSize = 256;

/**
 * The pyramid the viewer draws from: every real level of the raster (full resolution and its
 * overviews), then virtual levels of doubling factor down to one tile, which are resampled
 * from the coarsest real level when that is cheap, or sampled sparsely when it is not (a
 * large raster without overviews).
 */
class LevelPlan {
 public:
  enum class Kind { Direct, Resampled, Sparse };
  struct Level {
    double factor = 1.0;  ///< level-0 pixels per pixel of this level
    QSize size;           ///< pixels of this level
    int sourceLevel = 0;  ///< raster level read from
    Kind kind = Kind::Direct;
  };

  LevelPlan() = default;
  explicit LevelPlan(const RasterInfo& info);

  int count() const { return int(levels_.size()); }
  const Level& level(int i) const { return levels_[i]; }
  /** True when some level has to be sampled sparsely (the raster lacks overviews). */
  bool hasSparseLevels() const;

  /** The finest level no finer than needed for `sourcePerScreen` level-0 pixels per device pixel. */
  int levelFor(double sourcePerScreen) const;

  int tilesX(int level) const;
  int tilesY(int level) const;
  /** A tile's pixels in its own level (clipped at the raster's edge). */
  QRect tileRect(int level, int tx, int ty) const;
  /** The same tile in level-0 pixel coordinates. */
  QRectF tileRectInLevel0(int level, int tx, int ty) const;

  /** Points sampled per tile side on a sparse level. */
  static constexpr int kSparseGrid = 8;

 private:
  std::vector<Level> levels_;
  QSize fullSize_;
};

}  // namespace rrsis
