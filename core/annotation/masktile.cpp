#include "annotation/masktile.h"

#include <bitset>

#include <opencv2/core.hpp>

namespace rrsis {

std::shared_ptr<const MaskTile> MaskTile::full() {
  static const std::shared_ptr<const MaskTile> tile(new MaskTile());
  return tile;
}

std::shared_ptr<const MaskTile> MaskTile::make(const cv::Mat& pixels) {
  CV_Assert(pixels.type() == CV_8U && pixels.rows == kSize && pixels.cols == kSize);
  const int n = cv::countNonZero(pixels);
  if (n == 0) return nullptr;
  if (n == kSize * kSize) return full();
  auto tile = std::make_shared<MaskTile>();
  tile->bits_.assign(size_t(kSize * kRowBytes), 0);
  for (int y = 0; y < kSize; ++y) {
    const uchar* src = pixels.ptr<uchar>(y);
    std::uint8_t* dst = tile->bits_.data() + y * kRowBytes;
    for (int x = 0; x < kSize; ++x)
      if (src[x]) dst[x >> 3] = std::uint8_t(dst[x >> 3] | (1u << (x & 7)));
  }
  return tile;
}

cv::Mat MaskTile::pixels() const {
  if (isFull()) return cv::Mat(kSize, kSize, CV_8U, cv::Scalar(255));
  cv::Mat out(kSize, kSize, CV_8U);
  for (int y = 0; y < kSize; ++y) {
    const std::uint8_t* src = bits_.data() + y * kRowBytes;
    uchar* dst = out.ptr<uchar>(y);
    for (int x = 0; x < kSize; ++x) dst[x] = ((src[x >> 3] >> (x & 7)) & 1) ? 255 : 0;
  }
  return out;
}

cv::Rect MaskTile::bounds(const cv::Rect& limit) const {
  if (isFull()) return limit;
  int y0 = -1, y1 = -1;
  std::uint8_t columns[kRowBytes] = {};
  for (int y = limit.y; y < limit.y + limit.height; ++y) {
    const std::uint8_t* row = bits_.data() + y * kRowBytes;
    bool any = false;
    for (int b = 0; b < kRowBytes; ++b) {
      any = any || row[b];
      columns[b] = std::uint8_t(columns[b] | row[b]);
    }
    if (any) {
      if (y0 < 0) y0 = y;
      y1 = y;
    }
  }
  int x0 = -1, x1 = -1;
  for (int x = limit.x; x < limit.x + limit.width; ++x)
    if ((columns[x >> 3] >> (x & 7)) & 1) {
      if (x0 < 0) x0 = x;
      x1 = x;
    }
  if (y0 < 0 || x0 < 0) return {};
  return cv::Rect(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
}

std::int64_t MaskTile::count() const {
  if (isFull()) return std::int64_t(kSize) * kSize;
  std::int64_t n = 0;
  for (std::uint8_t b : bits_) n += std::int64_t(std::bitset<8>(b).count());
  return n;
}

}  // namespace rrsis
