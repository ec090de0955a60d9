#include "nets/tensormemorypool.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cerrno>
#include <cstring>
#include <map>
#include <mutex>
#include <unordered_map>

#include <sys/mman.h>
#include <unistd.h>

#include <c10/core/Allocator.h>
#include <c10/core/CPUAllocator.h>
#include <torch/version.h>

// LibTorch 2.3 made Allocator::allocate non-const and added copy_data.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 3)
#define RRSIS_ALLOCATE_CONST
#define RRSIS_ALLOCATOR_COPY_DATA 1
#else
#define RRSIS_ALLOCATE_CONST const
#define RRSIS_ALLOCATOR_COPY_DATA 0
#endif

namespace rrsis::nets {

namespace {

constexpr std::size_t kHugePage = 2 * 1024 * 1024;
constexpr std::size_t kAlignment = 64;  // what c10's own CPU allocator guarantees

/** Blocks are sized in steps so that tensors of nearly the same size share them. */
std::size_t blockSizeFor(std::size_t n) {
  const std::size_t step = n >= kHugePage ? kHugePage : TensorMemoryPool::kSmallBlock;
  return (n + step - 1) / step * step;
}

std::size_t defaultLimit() {
  const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGESIZE);
  const std::size_t ram = pages > 0 && pageSize > 0 ? std::size_t(pages) * std::size_t(pageSize) : 0;
  return std::max<std::size_t>(ram / 4, std::size_t(1) << 30);
}

class PoolAllocator final : public c10::Allocator {
 public:
  c10::DataPtr allocate(std::size_t n) RRSIS_ALLOCATE_CONST override {
    void* p = instance().rawAllocate(n);  // the one instance; allocate() is const in 1.13
    return {p, p, &PoolAllocator::deleter, c10::Device(c10::DeviceType::CPU)};
  }
  c10::DeleterFnPtr raw_deleter() const override { return &PoolAllocator::deleter; }
#if RRSIS_ALLOCATOR_COPY_DATA
  void copy_data(void* dest, const void* src, std::size_t count) const override { default_copy_data(dest, src, count); }
#endif

  static PoolAllocator& instance() {
    static auto* pool = new PoolAllocator;  // never destroyed: tensors may outlive main()
    return *pool;
  }

  void* rawAllocate(std::size_t n) {
    if (n == 0) return nullptr;
    if (n < TensorMemoryPool::kSmallBlock) return smallAllocate(n);
    const std::size_t size = blockSizeFor(n);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      // The smallest cached block that fits, unless it wastes more than a quarter of itself.
      auto it = cache_.lower_bound(size);
      if (it != cache_.end() && it->first - size <= it->first / 4) {
        void* p = it->second;
        live_.emplace(p, it->first);
        stats_.cachedBytes -= it->first;
        stats_.liveBytes += it->first;
        ++stats_.reused;
        cache_.erase(it);
        return p;
      }
    }
    void* p = mapBlock(size);
    std::lock_guard<std::mutex> lock(mutex_);
    live_.emplace(p, size);
    stats_.liveBytes += size;
    stats_.peakBytes = std::max(stats_.peakBytes, stats_.liveBytes + stats_.cachedBytes);
    ++stats_.fresh;
    return p;
  }

  void release(void* p) {
    if (!p) return;
    std::size_t size = 0;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      const auto it = live_.find(p);
      if (it == live_.end()) {
        std::free(p);  // a small block from malloc
        return;
      }
      size = it->second;
      live_.erase(it);
      stats_.liveBytes -= size;
      if (stats_.cachedBytes + size <= limit_) {
        cache_.emplace(size, p);
        stats_.cachedBytes += size;
        return;
      }
    }
    munmap(p, size);
  }

  void releaseCached() {
    std::multimap<std::size_t, void*> blocks;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      blocks.swap(cache_);
      stats_.cachedBytes = 0;
    }
    for (const auto& [size, p] : blocks) munmap(p, size);
  }

  void setLimit(std::size_t bytes) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      limit_ = bytes;
      if (stats_.cachedBytes <= limit_) return;
    }
    releaseCached();
  }
  std::size_t limit() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return limit_;
  }
  TensorMemoryPool::Stats stats() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return stats_;
  }

 private:
  static void deleter(void* p) { instance().release(p); }

  static void* smallAllocate(std::size_t n) {
    void* p = nullptr;
    TORCH_CHECK(posix_memalign(&p, kAlignment, n) == 0 && p, "not enough memory for a tensor of ", n, " bytes");
    return p;
  }

  static void* mapBlock(std::size_t size) {
    void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    TORCH_CHECK(p != MAP_FAILED, "not enough memory for a tensor of ", size, " bytes (", std::strerror(errno), ")");
#ifdef MADV_HUGEPAGE
    if (size >= kHugePage) madvise(p, size, MADV_HUGEPAGE);  // advice only: failure is harmless
#endif
    return p;
  }

  mutable std::mutex mutex_;
  std::multimap<std::size_t, void*> cache_;      // size -> free block
  std::unordered_map<void*, std::size_t> live_;  // pool blocks held by tensors
  std::size_t limit_ = defaultLimit();
  TensorMemoryPool::Stats stats_;
};

std::once_flag installOnce;
std::atomic<bool> isInstalled{false};

}  // namespace

void TensorMemoryPool::install() {
  std::call_once(installOnce, [] {
    // Priority above the default allocator's (0), so the default cannot replace it again.
    c10::SetCPUAllocator(&PoolAllocator::instance(), 1);
    isInstalled = true;
  });
}

bool TensorMemoryPool::installed() { return isInstalled; }
void TensorMemoryPool::releaseCached() { PoolAllocator::instance().releaseCached(); }
std::size_t TensorMemoryPool::limitBytes() { return PoolAllocator::instance().limit(); }
void TensorMemoryPool::setLimitBytes(std::size_t bytes) { PoolAllocator::instance().setLimit(bytes); }
TensorMemoryPool::Stats TensorMemoryPool::stats() { return PoolAllocator::instance().stats(); }

}  // namespace rrsis::nets
