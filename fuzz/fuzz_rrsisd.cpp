// RRSIS-D / RefCOCO folders: the input up to its first NUL byte is instances.json, the rest
// refs(unc).p. They open as a dataset or fail with a message; never a crash or a leak, and
// every sample's mask decodes or fails with a message.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "dataset/rrsisd.h"
#include "scratchfolder.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  return rrsis::fuzz::scratchFolder().mkdir(QStringLiteral("JPEGImages")) ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
  const qsizetype nul = bytes.indexOf('\0');
  rrsis::fuzz::writeScratchFile(QStringLiteral("instances.json"), nul < 0 ? bytes : bytes.left(nul));
  rrsis::fuzz::writeScratchFile(QStringLiteral("refs(unc).p"), nul < 0 ? QByteArray() : bytes.mid(nul + 1));
  auto dataset = rrsis::RrsisdDataset::open(rrsis::fuzz::scratchFolder().path());
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
