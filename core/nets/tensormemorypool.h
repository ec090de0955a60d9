#pragma once
#include <cstddef>
#include <cstdint>

namespace rrsis::nets {

/**
 * LibTorch's CPU allocator replaced by one that keeps freed tensor memory for the next tensor
 * of a similar size, as LibTorch's CUDA allocator does on a GPU.
 *
 * Why: a forward pass allocates and frees gigabytes of short-lived activations. With glibc's
 * malloc every large block is a fresh mmap whose pages fault in one by one on first touch;
 * on the Firecracker machines this project runs on a 4 KB page fault costs ~17 us (fresh
 * memory at 0.23 GB/s, against 16 GB/s for memory already touched), and even on bare metal
 * the faults and zeroing are a visible share of a CPU forward. Blocks of 2 MB and more are
 * mapped with transparent huge pages advised, so their first touch faults once per 2 MB.
 *
 * Small blocks (under kSmallBlock) go to malloc as before. Cached blocks are owned by the
 * pool; every cached byte counts against a limit (limitBytes()) past which freed blocks go
 * back to the system. releaseCached() gives every cached block back (a service calls it when
 * it goes idle). Thread-safe: tensors are allocated and freed from any thread.
 *
 * install() makes the pool LibTorch's CPU allocator for the whole process (idempotent);
 * tensors allocated before keep their own deleter and are freed as before.
 */
class TensorMemoryPool {
 public:
  struct Stats {
    std::size_t cachedBytes = 0;  ///< freed memory kept for reuse
    std::size_t liveBytes = 0;    ///< memory of the pool's blocks that tensors hold now
    std::size_t peakBytes = 0;    ///< highest cachedBytes + liveBytes so far
    std::uint64_t reused = 0;     ///< allocations served from the cache
    std::uint64_t fresh = 0;      ///< allocations that went to the system
  };

  static constexpr std::size_t kSmallBlock = 64 * 1024;

  /** Makes the pool LibTorch's CPU allocator; later calls do nothing. */
  static void install();
  /** True once install() ran in this process. */
  static bool installed();

  /** Gives every cached block back to the system; live tensors are untouched. */
  static void releaseCached();
  /** The most freed memory the pool keeps (default: a quarter of RAM, at least 1 GB). */
  static std::size_t limitBytes();
  static void setLimitBytes(std::size_t bytes);
  static Stats stats();
};

}  // namespace rrsis::nets
