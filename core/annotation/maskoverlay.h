#pragma once
#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSize>

#include <opencv2/core/mat.hpp>

#include "raster/probabilitymap.h"

namespace rrsis {

/**
 * Draws the mask of a probability map (probability >= threshold) as it appears in a view:
 * `imageRect` (level-0 scene pixels) is shown on `size` device pixels. The mask is filled
 * with `colour` at `fillOpacity` and outlined at full strength so thin objects stay visible.
 * Pixels outside the map are transparent. Nearest-neighbour sampling: mask pixels stay
 * crisp at any zoom and line up with image pixels.
 */
QImage renderMaskOverlay(const ProbabilityMap& map, double threshold, const QColor& colour, double fillOpacity,
                         const QRectF& imageRect, const QSize& size);

/**
 * The picture of a binary mask (CV_8U, non-zero set) sampled with a one-pixel margin on
 * every side: an image two pixels smaller than the mask, filled with `colour` at
 * `fillOpacity` and outlined at full strength (the margin tells edges at the border apart
 * from the mask continuing beyond it, so tiles drawn side by side show no seams).
 */
QImage renderMaskImage(const cv::Mat& paddedMask, const QColor& colour, double fillOpacity);

}  // namespace rrsis
