// model.json of a model bundle, read by `rrsis info`, the studio's model menu and every model
// load: any bytes give a checked manifest or a message, never a crash. A manifest that reads
// must write and read back to the same JSON.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include "model/modelmanifest.h"
#include "scratchfolder.h"

namespace {

/** A bundle folder holding every file a manifest of the seeds names, all empty. */
QString bundleFolder() {
  static const QString bundle = [] {
    const QDir& scratch = rrsis::fuzz::scratchFolder();
    if (!scratch.mkpath(QStringLiteral("fuzz.rrsismodel"))) std::abort();
    const QString path = scratch.filePath(QStringLiteral("fuzz.rrsismodel"));
    for (const char* name : {"model.ts", "vocab.txt", "weights.safetensors", "spm.model"}) {
      QFile file(QDir(path).filePath(QString::fromLatin1(name)));
      if (!file.open(QIODevice::WriteOnly)) std::abort();
    }
    return path;
  }();
  return bundle;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QString bundle = bundleFolder();
  QFile file(QDir(bundle).filePath(QStringLiteral("model.json")));
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) std::abort();
  if (file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size)) std::abort();
  file.close();
  auto manifest = rrsis::readModelManifest(bundle);
  if (!manifest) {
    if (manifest.error().isEmpty()) std::abort();
    return 0;
  }
  rrsis::bundleHash(*manifest);
  if (!rrsis::writeModelManifest(*manifest).ok()) std::abort();
  auto again = rrsis::readModelManifest(bundle);
  if (!again || again->toJson() != manifest->toJson()) {
    std::fprintf(stderr, "read back: %s\nwritten:\n%s\nread first:\n%s\n", qPrintable(again.error()),
                 QJsonDocument(again ? again->toJson() : QJsonObject()).toJson().constData(),
                 QJsonDocument(manifest->toJson()).toJson().constData());
    std::abort();
  }
  return 0;
}
