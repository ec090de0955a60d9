#include "nets/autocastscope.h"

#include <ATen/autocast_mode.h>

namespace rrsis::nets {

AutocastScope::AutocastScope(bool enabled, bool cuda) : enabled_(enabled), cuda_(cuda) {
  if (!enabled_) return;
  if (cuda_) {
    previous_ = at::autocast::is_enabled();
    previousType_ = at::autocast::get_autocast_gpu_dtype();
    at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
    at::autocast::set_enabled(true);
  } else {
    previous_ = at::autocast::is_cpu_enabled();
    previousType_ = at::autocast::get_autocast_cpu_dtype();
    at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
    at::autocast::set_cpu_enabled(true);
  }
  at::autocast::increment_nesting();
}

AutocastScope::~AutocastScope() {
  if (!enabled_) return;
  if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
  if (cuda_) {
    at::autocast::set_enabled(previous_);
    at::autocast::set_autocast_gpu_dtype(previousType_);
  } else {
    at::autocast::set_cpu_enabled(previous_);
    at::autocast::set_autocast_cpu_dtype(previousType_);
  }
}

}  // namespace rrsis::nets
