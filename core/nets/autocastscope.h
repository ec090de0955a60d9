#pragma once
#include <c10/core/ScalarType.h>

namespace rrsis::nets {

/**
 * bf16 autocast on the CPU or the GPU for the lifetime of the object (the forward pass
 * only); restores the previous autocast state and type when it ends. Disabled: does nothing.
 */
class AutocastScope {
 public:
  AutocastScope(bool enabled, bool cuda);
  ~AutocastScope();
  AutocastScope(const AutocastScope&) = delete;
  AutocastScope& operator=(const AutocastScope&) = delete;

 private:
  bool enabled_;
  bool cuda_;
  bool previous_ = false;
  c10::ScalarType previousType_ = c10::kBFloat16;
};

}  // namespace rrsis::nets
