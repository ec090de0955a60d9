#include "annotation/maskoverlay.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace rrsis {

QImage renderMaskOverlay(const ProbabilityMap& map, double threshold, const QColor& colour,
                         double fillOpacity, const QRectF& imageRect, const QSize& size) {
  QImage out(size, QImage::Format_ARGB32_Premultiplied);
  out.fill(Qt::transparent);
  if (map.isEmpty() || size.isEmpty() || imageRect.isEmpty()) return out;
  // Output pixel (x, y) centre -> scene position -> map pixel position.
  const double ix = imageRect.width() / size.width(), iy = imageRect.height() / size.height();
  const double sx = map.scaleX(), sy = map.scaleY();
  // Only the output pixels whose centres fall on the map are sampled (plus a one-pixel margin
  // so the outline at the map's edge is found); the rest stay transparent.
  const double x0 = (map.region.x() - imageRect.x()) / ix - 0.5;
  const double y0 = (map.region.y() - imageRect.y()) / iy - 0.5;
  const double x1 = (map.region.x() + map.region.width() - imageRect.x()) / ix - 0.5;
  const double y1 = (map.region.y() + map.region.height() - imageRect.y()) / iy - 0.5;
  const int ox0 = std::max(0, int(std::ceil(x0))), oy0 = std::max(0, int(std::ceil(y0)));
  const int ox1 = std::min(size.width(), int(std::ceil(x1))), oy1 = std::min(size.height(), int(std::ceil(y1)));
  if (ox1 <= ox0 || oy1 <= oy0) return out;
  const cv::Rect inside(ox0, oy0, ox1 - ox0, oy1 - oy0);
  const cv::Rect padded = (inside + cv::Size(2, 2) - cv::Point(1, 1)) & cv::Rect(0, 0, size.width(), size.height());

  // Affine map from padded-output pixels to map pixels. warpAffine's nearest sampling rounds,
  // so "- 0.5" picks the map pixel that contains the output pixel's centre.
  const cv::Matx23d m(ix * sx, 0, ((imageRect.x() + (padded.x + 0.5) * ix) - map.region.x()) * sx - 0.5,
                      0, iy * sy, ((imageRect.y() + (padded.y + 0.5) * iy) - map.region.y()) * sy - 0.5);
  cv::Mat sampled;
  cv::warpAffine(map.probability, sampled, m, padded.size(), cv::INTER_NEAREST | cv::WARP_INVERSE_MAP,
                 cv::BORDER_CONSTANT, cv::Scalar(0));
  const int level = ProbabilityMap::thresholdLevel(threshold);
  cv::Mat mask(padded.size(), CV_8U, cv::Scalar(0));
  // Pixels outside the map are never foreground, even at threshold 0.
  const cv::Rect insideLocal = inside - padded.tl();
  if (level == 0)
    mask(insideLocal).setTo(255);
  else
    cv::threshold(sampled(insideLocal), mask(insideLocal), level - 1, 255, cv::THRESH_BINARY);
  cv::Mat eroded, edge;
  cv::erode(mask, eroded, cv::Mat(), cv::Point(-1, -1), 1, cv::BORDER_CONSTANT, cv::Scalar(0));
  cv::subtract(mask, eroded, edge);

  const int a = std::clamp(int(fillOpacity * 255 + 0.5), 0, 255);
  const QRgb fill = qPremultiply(qRgba(colour.red(), colour.green(), colour.blue(), a));
  const QRgb line = qRgba(colour.red(), colour.green(), colour.blue(), 255);
  auto bgra = [](QRgb c) { return cv::Scalar(qBlue(c), qGreen(c), qRed(c), qAlpha(c)); };
  // The QImage's pixels as a 4-channel Mat (ARGB32 is B, G, R, A in memory on little-endian).
  cv::Mat target(size.height(), size.width(), CV_8UC4, out.bits(), size_t(out.bytesPerLine()));
  cv::Mat roi = target(padded);
  roi.setTo(bgra(fill), eroded);
  roi.setTo(bgra(line), edge);
  return out;
}

}  // namespace rrsis
