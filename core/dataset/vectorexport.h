#pragma once
#include <functional>

#include <QString>
#include <QStringList>

#include "util/result.h"

namespace rrsis {

class Project;

/** The vector formats an export writes. */
enum class VectorFormat {
  GeoPackage,  ///< one file, one layer per scene, in the scene's CRS
  GeoJson,     ///< one file, RFC 7946: every scene reprojected to WGS 84 (EPSG:4326, lon/lat)
  Shapefile,   ///< a folder with one .shp (and .shx, .dbf, .prj, .cpg) per scene, in its CRS
};

/** The format named "gpkg", "geojson" or "shp" (also by file extension), or false. */
bool vectorFormatFromName(const QString& name, VectorFormat* format);

struct VectorExportOptions {
  VectorFormat format = VectorFormat::GeoPackage;
  /** Douglas-Peucker tolerance in map units (pixels for scenes without georeferencing); 0 keeps every pixel edge. */
  double tolerance = 0;
  bool overwrite = false;
};

/** What an export wrote. */
struct VectorExportReport {
  int features = 0;
  int layers = 0;
  QStringList notes;  ///< empty masks left out, scenes in pixel coordinates
};

/**
 * Writes every annotation with a mask as one (multi)polygon feature, traced along pixel edges
 * by GDAL's polygonize (4-connected, holes and separate parts kept), simplified with the
 * tolerance while keeping topology, with the attributes expression, category, split, model,
 * edited_by_hand, area_m2 (of the mask's pixels; empty without a projected CRS), created,
 * scene and annotation_id (a Shapefile's 10-character names shorten the two longest to
 * hand_edit and ann_id). Scenes without georeferencing are written in pixel coordinates
 * (x right, y down) and the report says so; GeoJSON refuses them, as RFC 7946 coordinates
 * are WGS 84. The output is written out of sight and moved into place when complete; an
 * existing file or folder is replaced only with `overwrite`. `progress(done, total)` may
 * return false to cancel, and nothing is written then.
 */
Result<VectorExportReport> exportVectors(const Project& project, const QString& path,
                                         const VectorExportOptions& options,
                                         const std::function<bool(int, int)>& progress = {});

}  // namespace rrsis
