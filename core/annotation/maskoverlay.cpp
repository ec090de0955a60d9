#include "annotation/maskoverlay.h"

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
  cv::Matx23d m(ix * sx, 0, ((imageRect.x() + 0.5 * ix) - map.region.x()) * sx - 0.5,
                0, iy * sy, ((imageRect.y() + 0.5 * iy) - map.region.y()) * sy - 0.5);
  // warpAffine's nearest sampling rounds, so "- 0.5" picks the map pixel that contains the
  // output pixel's centre.
  cv::Mat sampled;
  cv::warpAffine(map.probability, sampled, m, cv::Size(size.width(), size.height()),
                 cv::INTER_NEAREST | cv::WARP_INVERSE_MAP, cv::BORDER_CONSTANT, cv::Scalar(0));
  // Pixels outside the map are never foreground, even at threshold 0.
  cv::Mat inside(sampled.size(), CV_8U, cv::Scalar(255));
  cv::warpAffine(cv::Mat(map.probability.size(), CV_8U, cv::Scalar(255)), inside, m, sampled.size(),
                 cv::INTER_NEAREST | cv::WARP_INVERSE_MAP, cv::BORDER_CONSTANT, cv::Scalar(0));
  const int level = ProbabilityMap::thresholdLevel(threshold);
  cv::Mat mask = (sampled >= level) & inside;
  cv::Mat eroded;
  cv::erode(mask, eroded, cv::Mat(), cv::Point(-1, -1), 1, cv::BORDER_CONSTANT, cv::Scalar(0));

  const int a = qBound(0, int(fillOpacity * 255 + 0.5), 255);
  const QRgb fill = qPremultiply(qRgba(colour.red(), colour.green(), colour.blue(), a));
  const QRgb edge = qRgba(colour.red(), colour.green(), colour.blue(), 255);
  for (int y = 0; y < size.height(); ++y) {
    const uchar* mk = mask.ptr<uchar>(y);
    const uchar* er = eroded.ptr<uchar>(y);
    auto* line = reinterpret_cast<QRgb*>(out.scanLine(y));
    for (int x = 0; x < size.width(); ++x)
      if (mk[x]) line[x] = er[x] ? fill : edge;
  }
  return out;
}

}  // namespace rrsis
