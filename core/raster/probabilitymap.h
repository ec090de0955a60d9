#pragma once
#include <cstddef>

#include <QRect>
#include <QString>
#include <opencv2/core/mat.hpp>

namespace rrsis {

/**
 * A model's foreground probability over a region of a scene, quantised to 0..255 (one byte
 * per pixel, so a 10000x10000 tiled result is 100 MB, not 400). The map may be coarser than
 * the region (a view query over a large area is kept at a bounded size); it always covers
 * the whole region. A value type; copies share the pixels (cv::Mat), which are never
 * modified after creation.
 */
struct ProbabilityMap {
  cv::Mat probability;  ///< CV_8U, 255 = certain foreground
  QRect region;         ///< level-0 scene pixels covered
  /** A name for these pixels, unique per map (projects store the map under it); may be empty. */
  QString id;

  bool isEmpty() const { return probability.empty() || region.isEmpty(); }
  std::size_t bytes() const { return probability.total() * probability.elemSize(); }
  /** Map pixels per scene pixel along x and y. */
  double scaleX() const { return region.isEmpty() ? 1.0 : double(probability.cols) / region.width(); }
  double scaleY() const { return region.isEmpty() ? 1.0 : double(probability.rows) / region.height(); }

  /** The 0..255 threshold level matching a probability in [0, 1]. */
  static int thresholdLevel(double probability);
  /** Quantises a CV_32F 0..1 map. */
  static cv::Mat quantise(const cv::Mat& probability32f);
  /** A binary 0/255 mask: probability >= threshold. */
  cv::Mat mask(double threshold) const;
};

}  // namespace rrsis
