#pragma once
#include <QString>
#include <opencv2/core/mat.hpp>

#include "raster/georeference.h"
#include "util/result.h"
#include "util/safewrite.h"

namespace rrsis {

/** What writeByteGeoTiff does when the target file already exists (Replace or Refuse). */
using ExistingFile = Overwrite;

/**
 * Writes an 8-bit image with 1 or 3 channels (RGB order) as a deflate-compressed GeoTIFF,
 * tiled when larger than 512 px, with `geo`'s transform and CRS when it has them. GDAL writes
 * a temporary file that publishFile() (util/safewrite.h) moves into place when complete, so a
 * failure or a crash never leaves a half-written file behind. With ExistingFile::Refuse an existing file is never touched.
 * Messages keep GDAL's text.
 */
Status writeByteGeoTiff(const QString& path, const cv::Mat& image, const GeoReference& geo, ExistingFile existing);

}  // namespace rrsis
