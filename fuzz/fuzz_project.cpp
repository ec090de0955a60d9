// Project files (.rrsisproj: versioned JSON, scenes, annotations with COCO run-length masks):
// any bytes load into a project or fail with a message, never a crash, a leak or a read past
// the end; a project that loads saves and loads again.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "scratchfolder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QString path = rrsis::fuzz::writeScratchFile(QStringLiteral("fuzz.rrsisproj"),
                                                     QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
  rrsis::ProjectLoadReport report;
  auto project = rrsis::projectfile::load(path, &report);
  if (!project) {
    if (project.error().isEmpty()) std::abort();
    return 0;
  }
  const QString again = rrsis::fuzz::scratchFolder().filePath(QStringLiteral("again.rrsisproj"));
  if (!rrsis::projectfile::save(**project, again)) return 0;  // e.g. a probability map it cannot write
  auto reloaded = rrsis::projectfile::load(again);
  if (!reloaded || (*reloaded)->sceneCount() != (*project)->sceneCount()) std::abort();
  return 0;
}
