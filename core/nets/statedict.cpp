#include "nets/statedict.h"

#include <utility>
#include <vector>

#include <torch/types.h>
#include <torch/utils.h>

namespace rrsis::nets {
namespace {

/** Every defined parameter and buffer of `module`, by dotted name. */
TensorMap moduleState(const torch::nn::Module& module) {
  TensorMap state;
  for (const auto& item : module.named_parameters(/*recurse=*/true))
    if (item.value().defined()) state.emplace(item.key(), item.value());
  for (const auto& item : module.named_buffers(/*recurse=*/true))
    if (item.value().defined()) state.emplace(item.key(), item.value());
  return state;
}

std::string shapeText(torch::IntArrayRef shape) {
  std::string out = "[";
  for (std::size_t i = 0; i < shape.size(); ++i) out += (i ? ", " : "") + std::to_string(shape[i]);
  return out + "]";
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

bool loadStateDict(torch::nn::Module& module, const TensorMap& tensors, std::string* error, bool strict) {
  try {
    const TensorMap targets = moduleState(module);
    std::vector<std::string> missing;
    std::vector<std::string> unexpected;
    std::vector<std::string> mismatched;
    std::vector<std::pair<torch::Tensor, torch::Tensor>> copies;  // target, converted source
    for (const auto& [key, target] : targets) {
      const auto found = tensors.find(key);
      if (found == tensors.end()) {
        missing.push_back(key);
        continue;
      }
      const torch::Tensor& source = found->second;
      if (!source.defined()) {
        mismatched.push_back(key + ": the file's tensor is undefined");
        continue;
      }
      if (source.sizes() != target.sizes()) {
        mismatched.push_back(key + ": expected " + shapeText(target.sizes()) + ", file has " +
                             shapeText(source.sizes()));
        continue;
      }
      copies.emplace_back(target, source.detach().to(target.scalar_type()));
    }
    for (const auto& entry : tensors)
      if (targets.find(entry.first) == targets.end()) unexpected.push_back(entry.first);

    const bool keysOk = !strict || (missing.empty() && unexpected.empty());
    if (!keysOk || !mismatched.empty()) {
      std::string message = "the weights do not match the model";
      if (strict && !missing.empty()) message += "\nmissing keys: " + joined(missing);
      if (strict && !unexpected.empty()) message += "\nunexpected keys: " + joined(unexpected);
      for (const std::string& line : mismatched) message += "\nshape mismatch: " + line;
      if (error) *error = message;
      return false;
    }

    torch::NoGradGuard noGrad;
    for (auto& [target, source] : copies) target.copy_(source);
    return true;
  } catch (const c10::Error& e) {
    if (error) *error = std::string("cannot load the weights: ") + e.what_without_backtrace();
  } catch (const std::exception& e) {
    if (error) *error = std::string("cannot load the weights: ") + e.what();
  }
  return false;
}

TensorMap stateDict(const torch::nn::Module& module) {
  TensorMap state = moduleState(module);
  for (auto& entry : state) {
    torch::Tensor t = entry.second.detach();
    entry.second = t.is_cpu() ? t.clone(torch::MemoryFormat::Contiguous) : t.to(torch::kCPU).contiguous();
  }
  return state;
}

}  // namespace rrsis::nets
