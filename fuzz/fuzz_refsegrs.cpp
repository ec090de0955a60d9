// RefSegRS phrase files (output_phrase_train.txt: "<id> <expression>" per line): any bytes
// open as a dataset or fail with a message naming the line; never a crash, and no sample id
// that leads out of the dataset folder.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QFileInfo>

#include "dataset/refsegrs.h"
#include "scratchfolder.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // Images and masks for the ids 0..9, so that lines naming them get past the file checks.
  const QDir& dir = rrsis::fuzz::scratchFolder();
  dir.mkdir(QStringLiteral("images"));
  dir.mkdir(QStringLiteral("masks"));
  for (int id = 0; id < 10; ++id)
    for (const char* sub : {"images", "masks"})
      rrsis::fuzz::writeScratchFile(QStringLiteral("%1/%2.tif").arg(QLatin1String(sub)).arg(id), QByteArray());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  rrsis::fuzz::writeScratchFile(QStringLiteral("output_phrase_train.txt"),
                                QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
  const QString folder = rrsis::fuzz::scratchFolder().path();
  auto dataset = rrsis::RefSegRsDataset::open(folder);
  if (!dataset) {
    if (dataset.error().isEmpty()) std::abort();
    return 0;
  }
  const QString root = QDir(folder).canonicalPath() + QLatin1Char('/');
  for (const rrsis::Sample& s : dataset->samples())
    if (!QFileInfo(s.imagePath).canonicalFilePath().startsWith(root) || s.expression.trimmed().isEmpty()) std::abort();
  return 0;
}
