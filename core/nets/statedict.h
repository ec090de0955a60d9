#pragma once
#include <string>

#include <torch/nn/module.h>

#include "nets/safetensors.h"

namespace rrsis::nets {

/**
 * Copies `tensors` into the parameters and buffers of `module` (and its submodules), matched
 * by their dotted names ("backbone.0.weight"), as PyTorch's load_state_dict does. Values are
 * converted to each parameter's dtype and device; the module's tensors stay the same objects.
 * Parameters and buffers that are undefined (a Linear without bias) are not part of the
 * state.
 *
 * Everything is checked before anything is copied: when a key is missing, a key is
 * unexpected (both only when `strict`) or a shape differs, returns false with one message
 * listing every problem ("2.weight: expected [2, 6], file has [2, 7]") and leaves the
 * module unchanged. Throws nothing.
 */
bool loadStateDict(torch::nn::Module& module, const TensorMap& tensors, std::string* error, bool strict = true);

/**
 * The parameters and buffers of `module` by dotted name, as detached, contiguous CPU copies
 * that share nothing with the module: ready for writeSafetensors().
 */
TensorMap stateDict(const torch::nn::Module& module);

}  // namespace rrsis::nets
