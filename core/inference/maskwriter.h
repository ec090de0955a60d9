#pragma once
#include <QString>
#include <opencv2/core/mat.hpp>

#include "raster/probabilitymap.h"
#include "raster/georeference.h"
#include "util/result.h"

namespace rrsis {

/**
 * Writes a single-band GeoTIFF (deflate, tiled when large) of a CV_8U image covering
 * `map.region` of a scene whose level-0 georeferencing is `sceneGeo`: the file's
 * geotransform places it exactly over the region, whatever the map's resolution. Written to
 * a temporary file and renamed, so a failure never leaves a half-written file behind.
 * `nodataZero` is not set: 0 is a valid "not target" value.
 */
Status writeRegionGeoTiff(const QString& path, const cv::Mat& image8, const ProbabilityMap& map,
                          const GeoReference& sceneGeo);

}  // namespace rrsis
