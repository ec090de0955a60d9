#pragma once
#include <functional>

#include <QString>
#include <QStringList>

#include "util/result.h"

namespace rrsis {

class Project;

/** Which georeferenced rasters an export writes. */
enum class GeoRasterKind {
  /** One GeoTIFF per annotation: its mask (0/255) over the mask's bounding box. */
  Masks,
  /** One GeoTIFF per scene: each pixel the number of the annotation covering it (uint16, 0 = none). */
  Labels,
};

struct GeoRasterExportOptions {
  GeoRasterKind kind = GeoRasterKind::Masks;
  bool overwrite = false;  ///< replace an existing folder
};

/** What an export wrote. */
struct GeoRasterExportReport {
  int files = 0;        ///< rasters written
  int annotations = 0;  ///< annotations in them
  QStringList notes;    ///< annotations left out, scenes without georeferencing, overlaps
};

/**
 * Writes georeferenced rasters of a project's annotations into a new folder: cloud-optimised
 * GeoTIFFs (tiled 512, DEFLATE, nearest-neighbour overviews) in the scene's CRS and on its
 * pixel grid (the geotransform of the window they cover). Masks: `<scene>_<id>.tif` per
 * annotation with a mask, cropped to the mask's bounding box. Labels: `<scene>_labels.tif` per
 * scene with annotations, the full scene, uint16 (a later annotation wins where two overlap),
 * and `<scene>_labels.csv` mapping each label value to the annotation id, expression,
 * category and split. Pixels are read and written in strips: memory does not follow the scene
 * size. Scenes without georeferencing are written on their pixel grid and the report says so.
 * The folder is built hidden and renamed into place (see StagingFolder); `progress(done,
 * total)` may return false to cancel, and nothing is left then.
 */
Result<GeoRasterExportReport> exportGeoRasters(const Project& project, const QString& folder,
                                               const GeoRasterExportOptions& options,
                                               const std::function<bool(int, int)>& progress = {});

}  // namespace rrsis
