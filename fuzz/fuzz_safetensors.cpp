// safetensors files (the format of model bundles' weights): any bytes give tensors or a message,
// never a crash, an allocation the file cannot back, or a read outside the buffer. What reads
// must also write and read back to the same tensors.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "nets/safetensors.h"
#include "scratchfolder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // A copy of exactly `size` bytes, so that reading one past the end is caught.
  const std::vector<std::uint8_t> bytes(data, data + size);
  rrsis::nets::TensorMap tensors;
  std::map<std::string, std::string> metadata;
  std::string error;
  if (!rrsis::nets::parseSafetensors(bytes.data(), bytes.size(), tensors, &metadata, &error)) {
    if (error.empty() || !tensors.empty() || !metadata.empty()) std::abort();
    return 0;
  }
  std::int64_t total = 0;
  for (const auto& [name, tensor] : tensors) {
    if (!tensor.defined() || tensor.device() != torch::kCPU) std::abort();
    total += tensor.numel() * std::int64_t(tensor.element_size());
  }
  // The tensors' bytes came from the file: together no more than it holds.
  if (total > std::int64_t(size)) std::abort();
  const std::string path = rrsis::fuzz::writeScratchFile(QStringLiteral("round.safetensors"), {}).toStdString();
  if (!rrsis::nets::writeSafetensors(path, tensors, metadata, &error)) std::abort();
  rrsis::nets::TensorMap again;
  std::map<std::string, std::string> metadataAgain;
  if (!rrsis::nets::readSafetensors(path, again, &metadataAgain, &error)) std::abort();
  if (again.size() != tensors.size() || metadataAgain != metadata) std::abort();
  for (const auto& [name, tensor] : tensors) {
    const torch::Tensor& other = again.at(name);
    if (other.scalar_type() != tensor.scalar_type() || other.sizes() != tensor.sizes()) std::abort();
    // Bitwise: NaN payloads must survive too.
    const torch::Tensor a = tensor.contiguous().reshape({-1}).view(torch::kUInt8);
    const torch::Tensor b = other.contiguous().reshape({-1}).view(torch::kUInt8);
    if (!torch::equal(a, b)) std::abort();
  }
  return 0;
}
