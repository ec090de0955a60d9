#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace rrsis {

/**
 * One 256 x 256 tile of a binary mask, immutable once made: one bit per pixel (8 KB), or,
 * for a tile with every pixel set, the one shared full tile (no memory at all), so the
 * inside of a large mask costs nothing and its edge an eighth of a byte mask.
 */
class MaskTile {
 public:
  static constexpr int kSize = 256;
  static constexpr int kRowBytes = kSize / 8;

  /** The tile of `pixels` (CV_8U kSize x kSize, non-zero set): null when empty, the shared full tile when full. */
  static std::shared_ptr<const MaskTile> make(const cv::Mat& pixels);
  /** The shared tile with every pixel set. */
  static std::shared_ptr<const MaskTile> full();

  bool isFull() const { return bits_.empty(); }
  /** The pixels as CV_8U 0 / 255. */
  cv::Mat pixels() const;
  /** Whether pixel (x, y) of the tile is set. */
  bool at(int x, int y) const { return bits_.empty() || ((bits_[size_t(y * kRowBytes + (x >> 3))] >> (x & 7)) & 1); }
  /** Number of set pixels. */
  std::int64_t count() const;
  /** The bounding box of the set pixels within `limit` (tile coordinates); empty when none. */
  cv::Rect bounds(const cv::Rect& limit = cv::Rect(0, 0, kSize, kSize)) const;
  /** Bytes this tile holds (0 for the shared full tile). */
  std::size_t bytes() const { return bits_.size(); }
  /** Same pixels. */
  bool equals(const MaskTile& other) const { return bits_ == other.bits_; }

 private:
  std::vector<std::uint8_t> bits_;  // empty: full
};

}  // namespace rrsis
