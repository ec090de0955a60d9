#pragma once
// Median, 99th percentile and maximum of a series of timings, for the benchmark tables.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace rrsis::bench {

struct Stats {
  double median = 0, p99 = 0, max = 0;
};

inline Stats summarize(std::vector<double> v) {
  Stats s;
  if (v.empty()) return s;
  std::sort(v.begin(), v.end());
  s.median = v[v.size() / 2];
  s.p99 = v[std::min(v.size() - 1, std::size_t(std::ceil(v.size() * 0.99)) - 1)];
  s.max = v.back();
  return s;
}

}  // namespace rrsis::bench
