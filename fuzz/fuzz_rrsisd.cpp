// RRSIS-D / RefCOCO folders: the input up to its first NUL byte is instances.json, the rest
// refs(unc).p. They open as a dataset or fail with a message; never a crash or a leak, and
// every sample's mask decodes or fails with a message.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "dataset/rrsisd.h"

namespace {
QTemporaryDir* folder = nullptr;

void writeFile(const QString& name, const QByteArray& bytes) {
  QFile f(QDir(folder->path()).filePath(name));
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) std::abort();
  f.write(bytes);
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  folder = new QTemporaryDir;
  return folder->isValid() && QDir(folder->path()).mkdir(QStringLiteral("JPEGImages")) ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
  const qsizetype nul = bytes.indexOf('\0');
  writeFile(QStringLiteral("instances.json"), nul < 0 ? bytes : bytes.left(nul));
  writeFile(QStringLiteral("refs(unc).p"), nul < 0 ? QByteArray() : bytes.mid(nul + 1));
  auto dataset = rrsis::RrsisdDataset::open(folder->path());
  if (!dataset) {
    if (dataset.error().isEmpty()) std::abort();
    return 0;
  }
  int decoded = 0;
  for (const rrsis::Sample& s : dataset->samples()) {
    if (++decoded > 20) break;
    auto mask = s.loadMask();
    if (!mask && mask.error().isEmpty()) std::abort();
  }
  return 0;
}
