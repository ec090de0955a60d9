// PyTorch checkpoints (torch.save's ZIP of data.pkl and storages), what `rrsis checkpoint info`
// and `rrsis convert` read from strangers: any bytes give plain data or a message, never a crash,
// code run, or memory the file cannot back. Read twice: shapes only, then with the data.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <torch/torch.h>

#include "nets/torchcheckpoint.h"
#include "scratchfolder.h"

namespace {

bool consistent(const rrsis::nets::TorchCheckpoint& c, bool withData) {
  for (const auto& [name, tensor] : c.tensors) {
    if (name.empty() || !tensor.defined()) return false;
    if (withData != (tensor.device() == torch::kCPU)) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
  const std::string path = rrsis::fuzz::writeScratchFile(QStringLiteral("input.pth"), bytes).toStdString();
  rrsis::nets::TorchCheckpoint shapes;
  std::string error;
  rrsis::nets::CheckpointReadOptions metaOnly;
  metaOnly.readData = false;
  const bool shapesOk = rrsis::nets::readTorchCheckpoint(path, &shapes, &error, metaOnly);
  if (!shapesOk && error.empty()) std::abort();
  if (shapesOk && !consistent(shapes, false)) std::abort();

  rrsis::nets::TorchCheckpoint full;
  error.clear();
  const bool fullOk = rrsis::nets::readTorchCheckpoint(path, &full, &error);
  if (!fullOk && error.empty()) std::abort();
  if (!fullOk) return 0;
  if (!consistent(full, true)) std::abort();
  // What reads with its data also reads without, with the same names and shapes.
  if (!shapesOk || shapes.tensors.size() != full.tensors.size() || shapes.arguments != full.arguments) std::abort();
  for (const auto& [name, tensor] : full.tensors) {
    const auto it = shapes.tensors.find(name);
    if (it == shapes.tensors.end() || it->second.sizes() != tensor.sizes()) std::abort();
    if (it->second.scalar_type() != tensor.scalar_type()) std::abort();
  }
  return 0;
}
