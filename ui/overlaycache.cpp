#include "overlaycache.h"

#include <algorithm>
#include <cmath>

#include <QElapsedTimer>
#include <QPainter>
#include <QTimer>
#include <opencv2/core.hpp>

#include "annotation/annotationdocument.h"
#include "annotation/maskoverlay.h"
#include "tiledview.h"

namespace rrsis::ui {

namespace {
constexpr int kTile = 256;
constexpr std::size_t kMaxTiles = 384;  // 96 MB of overlay at most
constexpr int kMinLevel = -5, kMaxLevel = 24;
constexpr qint64 kPaintBudgetMs = 6;  // overlay tiles made per paint, at most about this long
}  // namespace

OverlayCache::OverlayCache(QObject* parent) : QObject(parent) {}

void OverlayCache::setDocument(AnnotationDocument* document) {
  if (document_) disconnect(document_, nullptr, this, nullptr);
  document_ = document;
  clear();
  if (!document_) return;
  connect(document_, &AnnotationDocument::maskChanged, this, [this](int id, const QRect& region) {
    invalidate(region);
    if (const Annotation* a = document_->find(id)) extents_[id] = a->coarseExtent();
    Q_EMIT changed();
  });
  connect(document_, &AnnotationDocument::annotationChanged, this, [this](int id) {
    invalidateAnnotation(id);
    Q_EMIT changed();
  });
  connect(document_, &AnnotationDocument::annotationAdded, this, [this](int id) {
    if (const Annotation* a = document_->find(id)) extents_[id] = a->coarseExtent();
    invalidateAnnotation(id);
    Q_EMIT changed();
  });
  connect(document_, &AnnotationDocument::annotationRemoved, this, [this](int id) {
    invalidateAnnotation(id);
    extents_.erase(id);
    Q_EMIT changed();
  });
  connect(document_, &AnnotationDocument::cleared, this, [this] {
    clear();
    Q_EMIT changed();
  });
}

void OverlayCache::clear() {
  pending_ = false;
  tiles_.clear();
  lru_.clear();
  extents_.clear();
}

double OverlayCache::tileSpan(int k) { return kTile * std::ldexp(1.0, k); }

void OverlayCache::invalidate(const QRect& region) {
  if (region.isEmpty()) return;
  for (auto it = tiles_.begin(); it != tiles_.end();) {
    const auto [k, tx, ty] = it->first;
    const double s = tileSpan(k);
    const QRectF r(tx * s, ty * s, s, s);
    // One output pixel of margin: the outline looks at its neighbours.
    const double m = s / kTile;
    if (r.adjusted(-m, -m, m, m).intersects(QRectF(region))) {
      lru_.erase(it->second.lru);
      it = tiles_.erase(it);
    } else {
      ++it;
    }
  }
}

void OverlayCache::invalidateAnnotation(int id) {
  QRect region = extents_.count(id) ? extents_[id] : QRect();
  if (const Annotation* a = document_ ? document_->find(id) : nullptr) region |= a->coarseExtent();
  invalidate(region);
}

QImage OverlayCache::render(int k, int tx, int ty) {
  ++rendered_;
  const double s = tileSpan(k), px = s / kTile;
  const QRectF tileRect(tx * s, ty * s, s, s);
  const QRectF padded = tileRect.adjusted(-px, -px, px, px);
  QImage out;
  for (int i = 0; i < document_->count(); ++i) {
    const Annotation& a = document_->at(i);
    if (!a.visible) continue;
    auto ext = extents_.find(a.id);
    const QRect extent = ext != extents_.end() ? ext->second : a.coarseExtent();
    if (!QRectF(extent).intersects(padded)) continue;
    const cv::Mat mask = a.sample(padded, QSize(kTile + 2, kTile + 2));
    if (cv::countNonZero(mask) == 0) continue;
    if (out.isNull()) {
      out = QImage(kTile, kTile, QImage::Format_ARGB32_Premultiplied);
      out.fill(Qt::transparent);
    }
    QPainter p(&out);
    p.drawImage(0, 0, renderMaskImage(mask, a.colour, a.opacity));
  }
  return out;
}

const QImage& OverlayCache::tile(int k, int tx, int ty) {
  const Key key{k, tx, ty};
  auto it = tiles_.find(key);
  if (it != tiles_.end()) {
    lru_.splice(lru_.begin(), lru_, it->second.lru);
    return it->second.image;
  }
  while (tiles_.size() >= kMaxTiles) {
    tiles_.erase(lru_.back());
    lru_.pop_back();
  }
  lru_.push_front(key);
  Entry& e = tiles_[key];
  e.lru = lru_.begin();
  e.image = render(k, tx, ty);
  return e.image;
}

void OverlayCache::paint(QPainter& p, const TiledView& view) {
  if (!document_ || document_->count() == 0) return;
  const QRectF visible = view.visibleImageRect();
  if (visible.isEmpty()) return;
  // The level whose tiles are at least as fine as the screen: 2^-k >= zoom.
  const int k = std::clamp(int(std::floor(std::log2(1.0 / view.zoom()))), kMinLevel, kMaxLevel);
  const double s = tileSpan(k);
  const int tx0 = int(std::floor(visible.left() / s)), tx1 = int(std::floor((visible.right() - 1e-9) / s));
  const int ty0 = int(std::floor(visible.top() / s)), ty1 = int(std::floor((visible.bottom() - 1e-9) / s));
  const double dpr = view.devicePixelRatioF();
  auto snapped = [&](const QRectF& r) {
    const QPointF a = view.imageToView(r.topLeft()) * dpr, b = view.imageToView(r.bottomRight()) * dpr;
    return QRectF(QPointF(std::round(a.x()), std::round(a.y())) / dpr,
                  QPointF(std::round(b.x()), std::round(b.y())) / dpr);
  };
  p.save();
  p.setRenderHint(QPainter::SmoothPixmapTransform, true);
  // Tiles not made yet are made within a time budget per paint; the rest show a coarser
  // tile already made (if any) and are made on the next turns of the event loop, so a pan
  // over many large annotations never stalls the GUI.
  QElapsedTimer budget;
  budget.start();
  bool pending = false;
  for (int ty = ty0; ty <= ty1; ++ty)
    for (int tx = tx0; tx <= tx1; ++tx) {
      const QRectF target = snapped(QRectF(tx * s, ty * s, s, s));
      const Key key{k, tx, ty};
      if (!tiles_.count(key) && budget.elapsed() >= kPaintBudgetMs) {
        pending = true;
        drawCoarser(p, k, tx, ty, target, snapped);
        continue;
      }
      const QImage& img = tile(k, tx, ty);
      if (!img.isNull()) p.drawImage(target, img);
    }
  p.restore();
  pending_ = pending;
  if (pending) QTimer::singleShot(0, this, [this] { Q_EMIT changed(); });
}

void OverlayCache::drawCoarser(QPainter& p, int k, int tx, int ty, const QRectF& target,
                               const std::function<QRectF(const QRectF&)>& snapped) {
  for (int up = 1; up <= 3 && k + up <= kMaxLevel; ++up) {
    const int cx = tx >> up, cy = ty >> up;
    auto it = tiles_.find(Key{k + up, cx, cy});
    if (it == tiles_.end()) continue;
    if (!it->second.image.isNull()) {
      const double cs = tileSpan(k + up);
      p.save();
      p.setClipRect(target);
      p.drawImage(snapped(QRectF(cx * cs, cy * cs, cs, cs)), it->second.image);
      p.restore();
    }
    return;
  }
}

}  // namespace rrsis::ui
