#pragma once
#include <functional>
#include <map>
#include <string>

#include "nets/safetensors.h"

namespace rrsis::nets {

/** What a PyTorch checkpoint (`torch.save`, the ZIP format) holds, as plain data. */
struct TorchCheckpoint {
  /** Every tensor reachable through dicts with string keys, by dotted path ("model.x.weight"). */
  TensorMap tensors;
  /** Attributes of any argparse.Namespace (e.g. "args.img_size"), as text: 480, True, "name". */
  std::map<std::string, std::string> arguments;
  /** Other plain values reachable the same way ("epoch" -> "40"). */
  std::map<std::string, std::string> values;
};

/** What to read of a checkpoint. */
struct CheckpointReadOptions {
  /** Tensors whose dotted path this accepts are read; the rest are never loaded (all when empty). */
  std::function<bool(const std::string& path)> keep;
  /** false: tensors come back on the meta device (shapes and types, no data read). */
  bool readData = true;
};

/**
 * Reads a PyTorch checkpoint written by `torch.save` (a ZIP archive with `data.pkl` and one
 * entry per storage) without Python. The pickle is read by a restricted reader that builds
 * containers, numbers, strings, tensors (torch._utils._rebuild_tensor_v2, _rebuild_parameter,
 * typed storages), ordered dicts and argparse.Namespace objects, and executes nothing: any
 * other global (os.system, builtins.eval, ...) is refused with a message naming it. Storages
 * are read from the file only for the tensors kept, each once; a tensor that is a whole
 * storage shares it, a part of one is copied, so a file is never held twice in memory.
 * Returns false with `*error` set on any problem. Throws nothing.
 */
bool readTorchCheckpoint(const std::string& path, TorchCheckpoint* checkpoint, std::string* error,
                         const CheckpointReadOptions& options = {});

}  // namespace rrsis::nets
