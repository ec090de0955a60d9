#pragma once
#include <functional>
#include <string>

#include <torch/torch.h>

namespace rrsis::nets {

/**
 * Stores the weights and biases of the Linear layers whose qualified names `which` accepts in
 * bf16 (`on`) or back in fp32. Under bf16 autocast a Linear casts its fp32 weight to bf16 on
 * every forward (LAVT: ~200 M values read and written per query); stored in bf16 they are used
 * as they are, and take half the memory. Only for layers that always run under autocast: one
 * outside it would meet fp32 inputs. Turning it off again keeps the bf16 rounding. Returns the
 * number of layers changed.
 */
int storeLinearWeightsInBf16(torch::nn::Module& module, const std::function<bool(const std::string&)>& which, bool on);

}  // namespace rrsis::nets
