// COCO instances files imported onto a project's scenes (`rrsis import`, the studio's Import
// Annotations): any bytes give annotations inside the scene they name or a message, never a
// crash; a failed import adds nothing.
#include <cstddef>
#include <cstdint>

#include <QtGlobal>

#include "dataset/cocoimport.h"
#include "scratchscene.h"

namespace {

const QSize kSize(64, 48);
QString scene;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // Qt's warnings about file names it refuses (a NUL inside) would flood the log.
  qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
  scene = rrsis::fuzz::writeScratchScene(QStringLiteral("plain.tif"), kSize, false);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QString file = rrsis::fuzz::writeScratchFile(QStringLiteral("instances.json"),
                                                     QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
  rrsis::Project project;
  project.addScene(scene, kSize, rrsis::SceneFingerprint::of(scene));
  auto imported = rrsis::importCoco(project, file);
  rrsis::fuzz::checkImport(project, kSize, imported);
  return 0;
}
