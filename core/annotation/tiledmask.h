#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>

#include <QRect>
#include <QSize>
#include <opencv2/core/mat.hpp>

#include "annotation/masktile.h"

namespace rrsis {

/**
 * A binary mask over a whole scene, stored sparsely in 256 x 256 tiles that are shared and
 * copied on write: only tiles with foreground exist (one bit per pixel; a full tile is one
 * shared tile), and a copy of the mask (an undo step, a journal snapshot) shares every tile
 * until one side writes it. Memory follows the edge of the annotated area, not the scene. A
 * value type; not thread-safe for writes, but a copy may be read on another thread while
 * the original is written (tiles are immutable).
 */
class TiledMask {
 public:
  static constexpr int kTileSize = MaskTile::kSize;
  /** One tile, kTileSize x kTileSize (edge tiles too; pixels past the scene stay clear). */
  using Tile = std::shared_ptr<const MaskTile>;
  /** Tiles by index (ty * tilesX + tx). */
  using TileMap = std::map<int, Tile>;

  TiledMask() = default;
  explicit TiledMask(QSize sceneSize) : size_(sceneSize) {}

  QSize size() const { return size_; }
  int tilesX() const { return (size_.width() + kTileSize - 1) / kTileSize; }
  int tilesY() const { return (size_.height() + kTileSize - 1) / kTileSize; }
  /** True when no pixel is set. */
  bool isEmpty() const { return tiles_.empty(); }
  const TileMap& tiles() const { return tiles_; }
  /** The tile at an index, or null when it holds no foreground. */
  Tile tile(int index) const;
  /** The pixels of tile `index` as CV_8U 0 / 255 (all zero when absent). */
  cv::Mat tilePixels(int index) const;
  /** Replaces one tile (null removes it). */
  void setTile(int index, Tile tile);
  /** Scene pixels covered by tile `index`, clipped to the scene. */
  QRect tileRect(int index) const;
  /** Indices of the tiles that intersect `rect` (scene pixels), whether present or not. */
  std::vector<int> tilesIn(const QRect& rect) const;

  /** The mask over `rect` (scene pixels) as CV_8U 0/255; outside the scene reads as 0. */
  cv::Mat read(const QRect& rect) const;
  /** ORs the mask over `rect` into `target` (same size as rect), 255 where set. */
  void readInto(const QRect& rect, cv::Mat& target) const;
  /**
   * Writes `mask` (CV_8U, non-zero = set, the size of `rect`) over `rect`, clipped to the
   * scene. Tiles whose content does not change keep their shared storage. Returns the
   * indices of the tiles that changed.
   */
  std::vector<int> write(const QRect& rect, const cv::Mat& mask);
  /** Removes every tile. */
  void clear() { tiles_.clear(); }

  /** The union of the present tiles' rectangles: a quick, loose bound of the set pixels. */
  QRect tileBounds() const;
  /** The bounding box of the set pixels (empty when none). */
  QRect bounds() const;
  /** Number of set pixels. */
  std::int64_t count() const;
  /** Bytes held by the tiles (shared tiles counted once per mask). */
  std::size_t bytes() const;

  /** Samples the mask at `size` output pixels showing `imageRect` (nearest pixel centres). */
  cv::Mat sample(const QRectF& imageRect, QSize size) const;

 private:
  QSize size_;
  TileMap tiles_;
};

}  // namespace rrsis
