#include "annotation/tiledmask.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <opencv2/core.hpp>

namespace rrsis {

TiledMask::Tile TiledMask::tile(int index) const {
  auto it = tiles_.find(index);
  return it == tiles_.end() ? nullptr : it->second;
}

void TiledMask::setTile(int index, Tile tile) {
  if (!tile)
    tiles_.erase(index);
  else
    tiles_[index] = std::move(tile);
}

cv::Mat TiledMask::tilePixels(int index) const {
  const Tile t = tile(index);
  return t ? t->pixels() : cv::Mat(kTileSize, kTileSize, CV_8U, cv::Scalar(0));
}

QRect TiledMask::tileRect(int index) const {
  const int tx = index % std::max(1, tilesX()), ty = index / std::max(1, tilesX());
  return QRect(tx * kTileSize, ty * kTileSize, kTileSize, kTileSize).intersected(QRect(QPoint(0, 0), size_));
}

std::vector<int> TiledMask::tilesIn(const QRect& rect) const {
  std::vector<int> out;
  const QRect r = rect.intersected(QRect(QPoint(0, 0), size_));
  if (r.isEmpty()) return out;
  for (int ty = r.top() / kTileSize; ty <= r.bottom() / kTileSize; ++ty)
    for (int tx = r.left() / kTileSize; tx <= r.right() / kTileSize; ++tx) out.push_back(ty * tilesX() + tx);
  return out;
}

cv::Mat TiledMask::read(const QRect& rect) const {
  cv::Mat out(std::max(0, rect.height()), std::max(0, rect.width()), CV_8U, cv::Scalar(0));
  readInto(rect, out);
  return out;
}

void TiledMask::readInto(const QRect& rect, cv::Mat& target) const {
  for (int index : tilesIn(rect)) {
    const Tile t = tile(index);
    if (!t) continue;
    const QRect tr = tileRect(index);
    const QRect part = tr.intersected(rect);
    const cv::Rect src(part.x() - tr.x(), part.y() - tr.y(), part.width(), part.height());
    const cv::Rect dst(part.x() - rect.x(), part.y() - rect.y(), part.width(), part.height());
    cv::Mat to = target(dst);
    if (t->isFull())
      to.setTo(255);
    else
      cv::bitwise_or(to, t->pixels()(src), to);
  }
}

std::vector<int> TiledMask::write(const QRect& rect, const cv::Mat& mask) {
  std::vector<int> changed;
  for (int index : tilesIn(rect)) {
    const QRect tr = tileRect(index);
    const QRect part = tr.intersected(rect);
    const cv::Rect src(part.x() - rect.x(), part.y() - rect.y(), part.width(), part.height());
    const cv::Rect dst(part.x() - tr.x(), part.y() - tr.y(), part.width(), part.height());
    cv::Mat incoming;
    cv::compare(mask(src), 0, incoming, cv::CMP_NE);  // 0 / 255
    const Tile old = tile(index);
    if (!old && cv::countNonZero(incoming) == 0) continue;
    cv::Mat pixels = tilePixels(index);
    if (old && cv::norm(pixels(dst), incoming, cv::NORM_INF) == 0) continue;
    incoming.copyTo(pixels(dst));
    setTile(index, MaskTile::make(pixels));
    changed.push_back(index);
  }
  return changed;
}

QRect TiledMask::tileBounds() const {
  QRect out;
  for (const auto& entry : tiles_) out |= tileRect(entry.first);
  return out;
}

QRect TiledMask::bounds() const {
  QRect out;
  for (const auto& [index, t] : tiles_) {
    const QRect tr = tileRect(index);
    const cv::Rect box = t->bounds(cv::Rect(0, 0, tr.width(), tr.height()));
    if (!box.empty()) out |= QRect(tr.x() + box.x, tr.y() + box.y, box.width, box.height);
  }
  return out;
}

std::int64_t TiledMask::count() const {
  std::int64_t n = 0;
  for (const auto& entry : tiles_) n += entry.second->count();
  return n;
}

std::size_t TiledMask::bytes() const {
  std::size_t n = 0;
  for (const auto& entry : tiles_) n += entry.second->bytes();
  return n;
}

cv::Mat TiledMask::sample(const QRectF& imageRect, QSize size) const {
  cv::Mat out(std::max(0, size.height()), std::max(0, size.width()), CV_8U, cv::Scalar(0));
  if (tiles_.empty() || size.isEmpty() || imageRect.isEmpty()) return out;
  const double ix = imageRect.width() / size.width(), iy = imageRect.height() / size.height();
  // Scene pixel under every output column and row (nearest: the pixel holding its centre).
  std::vector<int> xs(size_t(size.width())), ys(size_t(size.height()));
  for (int x = 0; x < size.width(); ++x) xs[size_t(x)] = int(std::floor(imageRect.x() + (x + 0.5) * ix));
  for (int y = 0; y < size.height(); ++y) ys[size_t(y)] = int(std::floor(imageRect.y() + (y + 0.5) * iy));
  const QRect covered(QPoint(xs.front(), ys.front()), QPoint(xs.back(), ys.back()));
  for (int index : tilesIn(covered)) {
    const Tile t = tile(index);
    if (!t) continue;
    const QRect tr = tileRect(index);
    // Output columns and rows that land in this tile (xs and ys are non-decreasing).
    const auto cx0 = std::lower_bound(xs.begin(), xs.end(), tr.left()) - xs.begin();
    const auto cx1 = std::upper_bound(xs.begin(), xs.end(), tr.right()) - xs.begin();
    const auto cy0 = std::lower_bound(ys.begin(), ys.end(), tr.top()) - ys.begin();
    const auto cy1 = std::upper_bound(ys.begin(), ys.end(), tr.bottom()) - ys.begin();
    for (auto y = cy0; y < cy1; ++y) {
      const int ty = ys[size_t(y)] - tr.y();
      uchar* dst = out.ptr<uchar>(int(y));
      for (auto x = cx0; x < cx1; ++x) dst[x] = t->at(xs[size_t(x)] - tr.x(), ty) ? 255 : 0;
    }
  }
  return out;
}

}  // namespace rrsis
