// Vector layers imported onto a project's scenes (`rrsis import`, the studio's Import Vectors):
// GeoJSON, held in GDAL's memory file system, with any geometry, CRS and attributes. Any bytes
// give annotations inside the scenes or a message, never a crash; a failed import adds nothing.
// GDAL's own GeoJSON parser runs uninstrumented; what is fuzzed is ours: the transforms, area
// checks and repairs, rasterisation and attribute handling.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <cpl_vsi.h>

#include "dataset/vectorimport.h"
#include "scratchscene.h"

namespace {

const QSize kSize(64, 48);
QString geoScene, plainScene;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  geoScene = rrsis::fuzz::writeScratchScene(QStringLiteral("geo.tif"), kSize, true);
  plainScene = rrsis::fuzz::writeScratchScene(QStringLiteral("plain.tif"), kSize, false);
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
    project.addScene(scene, kSize, rrsis::SceneFingerprint::of(scene));
  auto imported = rrsis::importVectors(project, QString::fromLatin1(path), {});
  VSIUnlink(path);
  rrsis::fuzz::checkImport(project, kSize, imported);
  return 0;
}
