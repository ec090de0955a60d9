#pragma once
#include <QRect>
#include <QSize>
#include <opencv2/core/mat.hpp>

#include "raster/displaymapping.h"
#include "raster/rastersource.h"
#include "util/result.h"

namespace rrsis {

/**
 * Reads a level-0 region of a scene as display RGB (CV_8UC3), resampled to `outputSize`,
 * from the coarsest overview that still has at least that resolution. The colours are the
 * ones the analyst sees (the scene's display mapping); nodata comes out black. Thread-safe.
 */
Result<cv::Mat> readRegionRgb(const RasterSource& source, const DisplayMapping& mapping, const QRect& region,
                              const QSize& outputSize);

/** `size` scaled down (never up) so that its longer side is at most `maxSide`. */
QSize boundedSize(const QSize& size, int maxSide);

}  // namespace rrsis
