#pragma once
#include <functional>

#include <QString>
#include <QStringList>

#include "util/result.h"

namespace rrsis {

class Project;

/** The kinds of source an import reads. */
enum class ImportFormat {
  Auto,     ///< decided from the source (detectImportFormat)
  Coco,     ///< a COCO instances JSON file (importCoco)
  Dataset,  ///< a RefSegRS or RRSIS-D folder (importDatasetFolder)
  Vector,   ///< any OGR vector source (importVectors)
  Raster,   ///< a mask or label raster (importRaster)
};

/** "coco", "dataset", "vector", "raster" or "auto"; false for anything else. */
bool importFormatFromName(const QString& name, ImportFormat* format);

/**
 * What a source is: a folder with instances.json or output_phrase_*.txt is a dataset (any
 * other folder a Shapefile folder), a JSON object with "annotations" is COCO (other JSON is
 * GeoJSON), GeoTIFF, PNG, JPEG 2000 and VRT files are rasters, anything else a vector file.
 */
ImportFormat detectImportFormat(const QString& source);

struct AnnotationImportOptions {
  ImportFormat format = ImportFormat::Auto;
  int scene = -1;           ///< vector and raster: the scene to import onto (-1: where they lie)
  QString expression;       ///< raster: the expression of a mask raster
  QString expressionField;  ///< vector: the attribute holding the expression
};

/** What any import added. */
struct AnnotationImportReport {
  int annotations = 0;
  QStringList notes;
};

/** Imports a source of any format into the project (see each importer for its rules). */
Result<AnnotationImportReport> importAnnotations(Project& project, const QString& source,
                                                 const AnnotationImportOptions& options,
                                                 const std::function<bool(int, int)>& progress = {});

}  // namespace rrsis
