#pragma once
#include <memory>

#include <QRect>
#include <opencv2/core/mat.hpp>

#include "raster/georeference.h"
#include "util/result.h"

class OGRGeometry;

namespace rrsis {

struct Annotation;

/**
 * An annotation's mask as a multipolygon in the map coordinates of `geo` (pixel coordinates,
 * x right and y down, when `geo` has no transform): GDAL's polygonize traces the pixel edges
 * (4-connected, so the polygons cover exactly the mask's pixels, holes as inner rings and
 * parts as separate polygons), then, with a tolerance above 0 (map units), Douglas-Peucker
 * simplification that keeps the topology. A null geometry for an empty mask. The mask is read
 * over its bounding box only.
 */
Result<std::unique_ptr<OGRGeometry>> traceMask(const Annotation& annotation, const GeoReference& geo, double tolerance);

/** A rasterised geometry: the mask (CV_8U 0/255) of the scene pixels in `box`. */
struct GeometryMask {
  QRect box;
  cv::Mat mask;
};

/**
 * Burns a (multi)polygon given in the map coordinates of `geo` (pixel coordinates without a
 * transform) onto the scene's pixel grid: a pixel is in when its centre is inside, as GDAL
 * rasterises. Only the part inside the scene is kept; a geometry entirely outside, or covering
 * no pixel centre, gives an empty box.
 */
Result<GeometryMask> rasterizeGeometry(const OGRGeometry& geometry, const GeoReference& geo, QSize sceneSize);

}  // namespace rrsis
