#include "annotation/annotation.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace rrsis {

QString splitName(Split split) {
  switch (split) {
    case Split::Train:
      return QStringLiteral("train");
    case Split::Val:
      return QStringLiteral("val");
    case Split::Test:
      return QStringLiteral("test");
    case Split::Unassigned:
      break;
  }
  return {};
}

Split splitFromName(const QString& name) {
  if (name == QLatin1String("train")) return Split::Train;
  if (name == QLatin1String("val")) return Split::Val;
  if (name == QLatin1String("test")) return Split::Test;
  return Split::Unassigned;
}

cv::Mat sampleProbability(const ProbabilityMap& map, double threshold, const QRectF& imageRect, QSize size) {
  cv::Mat out(std::max(0, size.height()), std::max(0, size.width()), CV_8U, cv::Scalar(0));
  if (map.isEmpty() || size.isEmpty() || imageRect.isEmpty()) return out;
  const double ix = imageRect.width() / size.width(), iy = imageRect.height() / size.height();
  const double sx = map.scaleX(), sy = map.scaleY();
  // Map column / row under every output pixel centre, -1 where it falls outside the map.
  auto indices = [](int n, double origin, double step, int regionStart, int regionSize, double scale, int limit) {
    std::vector<int> out(size_t(n), -1);
    for (int i = 0; i < n; ++i) {
      const double scene = std::floor(origin + (i + 0.5) * step);  // the scene pixel
      if (scene < regionStart || scene >= regionStart + regionSize) continue;
      out[size_t(i)] = std::min(limit - 1, int((scene - regionStart + 0.5) * scale));
    }
    return out;
  };
  const std::vector<int> xs =
      indices(size.width(), imageRect.x(), ix, map.region.x(), map.region.width(), sx, map.probability.cols);
  const std::vector<int> ys =
      indices(size.height(), imageRect.y(), iy, map.region.y(), map.region.height(), sy, map.probability.rows);
  const int level = ProbabilityMap::thresholdLevel(threshold);
  for (int y = 0; y < size.height(); ++y) {
    if (ys[size_t(y)] < 0) continue;
    const uchar* src = map.probability.ptr<uchar>(ys[size_t(y)]);
    uchar* dst = out.ptr<uchar>(y);
    for (int x = 0; x < size.width(); ++x) {
      const int mx = xs[size_t(x)];
      if (mx >= 0 && src[mx] >= level) dst[x] = 255;
    }
  }
  return out;
}

cv::Mat Annotation::predicted(const QRect& rect) const {
  return sampleProbability(probability, threshold, QRectF(rect), rect.size());
}

cv::Mat Annotation::mask(const QRect& rect) const {
  cv::Mat out = predicted(rect);
  added.readInto(rect, out);
  if (!erased.isEmpty()) {
    const cv::Mat e = erased.read(rect);
    out.setTo(0, e);
  }
  return out;
}

cv::Mat Annotation::sample(const QRectF& imageRect, QSize size) const {
  cv::Mat out = sampleProbability(probability, threshold, imageRect, size);
  if (!added.isEmpty()) cv::bitwise_or(out, added.sample(imageRect, size), out);
  if (!erased.isEmpty()) out.setTo(0, erased.sample(imageRect, size));
  return out;
}

QRect Annotation::extent() const { return (probability.isEmpty() ? QRect() : probability.region) | added.bounds(); }

QRect Annotation::coarseExtent() const {
  return (probability.isEmpty() ? QRect() : probability.region) | added.tileBounds();
}

QRect Annotation::bounds() const {
  const QRect e = extent();
  if (e.isEmpty()) return {};
  QRect out;
  // Band by band, so a large extent is never materialised at once.
  constexpr int kBand = 1024;
  for (int y = e.top(); y <= e.bottom(); y += kBand) {
    const QRect band(e.left(), y, e.width(), std::min(kBand, e.bottom() + 1 - y));
    const cv::Mat m = mask(band);
    if (cv::countNonZero(m) == 0) continue;
    const cv::Rect r = cv::boundingRect(m);
    out |= QRect(band.x() + r.x, band.y() + r.y, r.width, r.height);
  }
  return out;
}

std::int64_t Annotation::area() const {
  const QRect e = extent();
  std::int64_t n = 0;
  constexpr int kBand = 1024;
  for (int y = e.top(); y <= e.bottom() && !e.isEmpty(); y += kBand)
    n += cv::countNonZero(mask(QRect(e.left(), y, e.width(), std::min(kBand, e.bottom() + 1 - y))));
  return n;
}

}  // namespace rrsis
