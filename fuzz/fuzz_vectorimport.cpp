// Vector layers imported onto a project's scenes (`rrsis import`, the studio's Import Vectors):
// GeoJSON, held in GDAL's memory file system, with any geometry, CRS and attributes. Any bytes
// give annotations inside the scenes or a message, never a crash; a failed import adds nothing.
// GDAL's own GeoJSON parser runs uninstrumented; what is fuzzed is ours: the transforms, area
// checks and repairs, rasterisation and attribute handling.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

#include <QDir>
#include <QTemporaryDir>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "dataset/vectorimport.h"
#include "raster/gdalrastersource.h"
#include "scratchfolder.h"

namespace {

constexpr int kWidth = 64, kHeight = 48;

/** A small GeoTIFF in UTM 32N, 0.5 m pixels, when `georeferenced`; else pixel coordinates only. */
QString writeScene(const QString& name, bool georeferenced) {
  const QString path = rrsis::fuzz::scratchFolder().filePath(name);
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
  std::unique_ptr<GDALDataset> ds(driver->Create(path.toUtf8().constData(), kWidth, kHeight, 3, GDT_Byte, nullptr));
  if (!ds) std::abort();
  if (georeferenced) {
    double transform[6] = {500000, 0.5, 0, 5000000, 0, -0.5};
    OGRSpatialReference srs;
    srs.importFromEPSG(32632);
    if (ds->SetGeoTransform(transform) != CE_None || ds->SetSpatialRef(&srs) != CE_None) std::abort();
  }
  return path;
}

QString geoScene, plainScene;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  rrsis::ensureGdalInitialized();
  CPLSetErrorHandler(CPLQuietErrorHandler);
  geoScene = writeScene(QStringLiteral("geo.tif"), true);
  plainScene = writeScene(QStringLiteral("plain.tif"), false);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const char* path = "/vsimem/fuzz/layer.geojson";
  // GDAL reads the bytes in place; they stay ours.
  VSILFILE* mem = VSIFileFromMemBuffer(path, const_cast<GByte*>(data), vsi_l_offset(size), FALSE);
  if (!mem) std::abort();
  VSIFCloseL(mem);
  rrsis::Project project;
  for (const QString& scene : {geoScene, plainScene})
    project.addScene(scene, QSize(kWidth, kHeight), rrsis::SceneFingerprint::of(scene));
  auto imported = rrsis::importVectors(project, QString::fromLatin1(path), {});
  VSIUnlink(path);
  if (!imported) {
    if (imported.error().isEmpty() || project.annotationCount() != 0) std::abort();
    return 0;
  }
  if (project.annotationCount() != imported->annotations) std::abort();
  for (int s = 0; s < project.sceneCount(); ++s) {
    const rrsis::AnnotationDocument* document = project.document(s);
    for (int a = 0; a < document->count(); ++a) {
      const QRect box = document->at(a).bounds();
      if (!box.isEmpty() && !QRect(0, 0, kWidth, kHeight).contains(box)) std::abort();
    }
  }
  return 0;
}
