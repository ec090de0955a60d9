#pragma once
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace rrsis {

/**
 * Runs body(i) for i in [0, n) on up to hardware_concurrency() threads (the calling thread
 * is one of them) and returns when all are done. Each index runs once; `body` must be safe
 * to call concurrently for different indices.
 */
template <class Body>
void parallelFor(int n, const Body& body) {
  const int threads = std::max(1, std::min<int>(n, int(std::thread::hardware_concurrency())));
  std::atomic<int> next{0};
  auto work = [&] {
    for (int i = next++; i < n; i = next++) body(i);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
}

}  // namespace rrsis
