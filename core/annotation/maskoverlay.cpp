#include "annotation/maskoverlay.h"

#include "annotation/annotation.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace rrsis {

QImage renderMaskOverlay(const ProbabilityMap& map, double threshold, const QColor& colour, double fillOpacity,
                         const QRectF& imageRect, const QSize& size) {
  if (size.isEmpty() || imageRect.isEmpty()) {
    QImage out(size, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    return out;
  }
  // One output pixel of margin on every side, so the outline at the picture's edge is right.
  const double ix = imageRect.width() / size.width(), iy = imageRect.height() / size.height();
  const QRectF padded = imageRect.adjusted(-ix, -iy, ix, iy);
  return renderMaskImage(sampleProbability(map, threshold, padded, size + QSize(2, 2)), colour, fillOpacity);
}

QImage renderMaskImage(const cv::Mat& padded, const QColor& colour, double fillOpacity) {
  const QSize size(std::max(0, padded.cols - 2), std::max(0, padded.rows - 2));
  QImage out(size, QImage::Format_ARGB32_Premultiplied);
  out.fill(Qt::transparent);
  if (size.isEmpty()) return out;
  cv::Mat mask, eroded, edge;
  cv::compare(padded, 0, mask, cv::CMP_NE);
  cv::erode(mask, eroded, cv::Mat(), cv::Point(-1, -1), 1, cv::BORDER_REPLICATE);
  cv::subtract(mask, eroded, edge);
  const int a = std::clamp(int(fillOpacity * 255 + 0.5), 0, 255);
  const QRgb fill = qPremultiply(qRgba(colour.red(), colour.green(), colour.blue(), a));
  const QRgb line = qRgba(colour.red(), colour.green(), colour.blue(), 255);
  auto bgra = [](QRgb c) { return cv::Scalar(qBlue(c), qGreen(c), qRed(c), qAlpha(c)); };
  cv::Mat target(size.height(), size.width(), CV_8UC4, out.bits(), size_t(out.bytesPerLine()));
  const cv::Rect inner(1, 1, size.width(), size.height());
  target.setTo(bgra(fill), eroded(inner));
  target.setTo(bgra(line), edge(inner));
  return out;
}

}  // namespace rrsis
