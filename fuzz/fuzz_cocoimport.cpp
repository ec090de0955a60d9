// COCO instances files imported onto a project's scenes (`rrsis import`, the studio's Import
// Annotations): any bytes give annotations inside the scene they name or a message, never a
// crash; a failed import adds nothing.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

#include <QRect>
#include <QtGlobal>
#include <gdal_priv.h>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "dataset/cocoimport.h"
#include "raster/gdalrastersource.h"
#include "scratchfolder.h"

namespace {

constexpr int kWidth = 64, kHeight = 48;
QString scene;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // Qt's warnings about file names it refuses (a NUL inside) would flood the log.
  qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
  rrsis::ensureGdalInitialized();
  CPLSetErrorHandler(CPLQuietErrorHandler);
  scene = rrsis::fuzz::scratchFolder().filePath(QStringLiteral("plain.tif"));
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
  std::unique_ptr<GDALDataset> ds(driver->Create(scene.toUtf8().constData(), kWidth, kHeight, 3, GDT_Byte, nullptr));
  if (!ds) std::abort();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QString file = rrsis::fuzz::writeScratchFile(QStringLiteral("instances.json"),
                                                     QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
  rrsis::Project project;
  project.addScene(scene, QSize(kWidth, kHeight), rrsis::SceneFingerprint::of(scene));
  auto imported = rrsis::importCoco(project, file);
  if (!imported) {
    if (imported.error().isEmpty() || project.annotationCount() != 0) std::abort();
    return 0;
  }
  if (project.annotationCount() != imported->annotations) std::abort();
  const rrsis::AnnotationDocument* document = project.document(0);
  for (int a = 0; a < document->count(); ++a) {
    const QRect box = document->at(a).bounds();
    if (!box.isEmpty() && !QRect(0, 0, kWidth, kHeight).contains(box)) std::abort();
  }
  return 0;
}
