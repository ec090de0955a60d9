#pragma once
#include <functional>

#include <QString>
#include <QStringList>

#include "util/result.h"

namespace rrsis {

class Project;

struct VectorImportOptions {
  /** The project scene the features belong to; -1: by each feature's "scene" attribute, else
   *  the only scene, else the first scene the feature covers. */
  int scene = -1;
  /** The attribute holding the expression; empty: "expression", "name", "label" or "class", else the layer's name. */
  QString expressionField;
};

/** What an import added. */
struct VectorImportReport {
  int annotations = 0;
  int scenes = 0;     ///< scenes that received annotations
  QStringList notes;  ///< features left out or repaired, and why
};

/**
 * Rasterises the polygons of a vector file GDAL can read (GeoPackage, GeoJSON, Shapefile, any
 * OGR format; every layer) onto project scenes as hand-drawn masks, one annotation per
 * feature with its expression, category and split attributes, provenance mode "import".
 * Coordinates are transformed from the layer's CRS to the scene's (a layer without a CRS is
 * taken to be in the scene's coordinates, pixel coordinates for a scene without
 * georeferencing); a pixel is in when its centre is inside the polygon, so a mask exported with
 * tolerance 0 comes back identical. Features outside the scene, without geometry or with one
 * that is not an area are left out with a note; invalid (self-intersecting) polygons are
 * repaired (GEOS make-valid) with a note, or left out when that fails. A file that cannot be
 * read or has no features is an error and changes nothing; everything added to one scene is
 * one undo step; a cancel changes nothing.
 */
Result<VectorImportReport> importVectors(Project& project, const QString& path, const VectorImportOptions& options,
                                         const std::function<bool(int, int)>& progress = {});

}  // namespace rrsis
