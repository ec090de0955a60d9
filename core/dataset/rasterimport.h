#pragma once
#include <functional>

#include <QString>
#include <QStringList>

#include "util/result.h"

namespace rrsis {

class Project;

struct RasterImportOptions {
  /** The project scene to import onto; -1: the first scene the raster overlaps (or has the size of, without georeferencing). */
  int scene = -1;
  /** The expression of a mask raster; empty: its file name. */
  QString expression;
};

/** What an import added. */
struct RasterImportReport {
  int annotations = 0;
  int scene = -1;
  QStringList notes;
};

/**
 * Reads a mask raster (non-zero = in) or a label raster (each value an annotation; a sidecar
 * `<name>.csv` with value, annotation_id, expression, category and split columns, as
 * exportGeoRasters writes it, names them) onto a project scene: resampled (nearest) through
 * both georeferences, from any CRS; a raster without georeferencing must have the scene's
 * size and is taken pixel for pixel. Each annotation is a hand-drawn mask, provenance mode
 * "import"; the whole import is one undo step. A raster that cannot be read, lies outside
 * every scene or holds nothing is an error and changes nothing. Reads the overlap with the
 * scene at once: rasters up to about 20000 x 20000 pixels.
 */
Result<RasterImportReport> importRaster(Project& project, const QString& path, const RasterImportOptions& options,
                                        const std::function<bool(int, int)>& progress = {});

}  // namespace rrsis
