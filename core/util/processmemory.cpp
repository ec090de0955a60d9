#include "util/processmemory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace rrsis {

void configureProcessMemory() {
#if defined(__GLIBC__)
  // A fixed threshold also turns off glibc's dynamic threshold, which otherwise rises after
  // the first freed tile and keeps every later tile in a heap that never shrinks.
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
  mallopt(M_ARENA_MAX, 2);
#endif
}

}  // namespace rrsis
