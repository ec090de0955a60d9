// RefSegRS phrase files (output_phrase_train.txt: "<id> <expression>" per line): any bytes
// open as a dataset or fail with a message naming the line; never a crash, and no sample id
// that leads out of the dataset folder.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "dataset/refsegrs.h"

namespace {
QTemporaryDir* folder = nullptr;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  folder = new QTemporaryDir;
  if (!folder->isValid()) return 1;
  // Images and masks for the ids 0..9, so that lines naming them get past the file checks.
  QDir dir(folder->path());
  dir.mkdir(QStringLiteral("images"));
  dir.mkdir(QStringLiteral("masks"));
  for (int id = 0; id < 10; ++id)
    for (const char* sub : {"images", "masks"}) {
      QFile f(dir.filePath(QStringLiteral("%1/%2.tif").arg(QLatin1String(sub)).arg(id)));
      if (!f.open(QIODevice::WriteOnly)) return 1;
    }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  QFile phrases(QDir(folder->path()).filePath(QStringLiteral("output_phrase_train.txt")));
  if (!phrases.open(QIODevice::WriteOnly | QIODevice::Truncate)) std::abort();
  phrases.write(reinterpret_cast<const char*>(data), qint64(size));
  phrases.close();
  auto dataset = rrsis::RefSegRsDataset::open(folder->path());
  if (!dataset) {
    if (dataset.error().isEmpty()) std::abort();
    return 0;
  }
  const QString root = QDir(folder->path()).canonicalPath() + QLatin1Char('/');
  for (const rrsis::Sample& s : dataset->samples())
    if (!QFileInfo(s.imagePath).canonicalFilePath().startsWith(root) || s.expression.trimmed().isEmpty()) std::abort();
  return 0;
}
