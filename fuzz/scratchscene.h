#pragma once
// The scenes of the import harnesses (vectors, COCO): small GeoTIFFs in the scratch folder, and
// the check every import must pass whatever it reads.
#include <cstdlib>
#include <memory>

#include <QRect>
#include <QSize>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "raster/gdalrastersource.h"
#include "scratchfolder.h"

namespace rrsis::fuzz {

/** A 3-band GeoTIFF of `size` pixels; in UTM 32N with 0.5 m pixels when `georeferenced`. */
inline QString writeScratchScene(const QString& name, QSize size, bool georeferenced) {
  ensureGdalInitialized();
  CPLSetErrorHandler(CPLQuietErrorHandler);
  const QString path = scratchFolder().filePath(name);
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
  std::unique_ptr<GDALDataset> ds(
      driver->Create(path.toUtf8().constData(), size.width(), size.height(), 3, GDT_Byte, nullptr));
  if (!ds) std::abort();
  if (georeferenced) {
    double transform[6] = {500000, 0.5, 0, 5000000, 0, -0.5};
    OGRSpatialReference srs;
    srs.importFromEPSG(32632);
    if (ds->SetGeoTransform(transform) != CE_None || ds->SetSpatialRef(&srs) != CE_None) std::abort();
  }
  return path;
}

/**
 * After an import into `project` (whose scenes are all `size` pixels) that gave `imported` (a
 * Result of a report with an annotation count): a failure must have a message and have added
 * nothing; a success must have added what it reports, every mask inside its scene. Aborts
 * otherwise.
 */
template <class ImportResult>
void checkImport(const Project& project, QSize size, const ImportResult& imported) {
  if (!imported) {
    if (imported.error().isEmpty() || project.annotationCount() != 0) std::abort();
    return;
  }
  if (project.annotationCount() != imported->annotations) std::abort();
  for (int s = 0; s < project.sceneCount(); ++s) {
    const AnnotationDocument* document = project.document(s);
    for (int a = 0; a < document->count(); ++a) {
      const QRect box = document->at(a).bounds();
      if (!box.isEmpty() && !QRect(QPoint(0, 0), size).contains(box)) std::abort();
    }
  }
}

}  // namespace rrsis::fuzz
