#include "raster/scenestatistics.h"

#include <algorithm>
#include <cmath>

namespace rrsis {

namespace {
/** Without a small enough overview: this many blocks per side, each reduced to kPatch px. */
constexpr int kSparseBlocks = 8;
constexpr int kPatch = 64;

void collect(const RasterBlock& block, int b, std::vector<float>& out) {
  const std::size_t n = std::size_t(block.width()) * block.height();
  const std::uint8_t* valid = block.validity();
  visitBand(block, b, [&](const auto* p) {
    for (std::size_t i = 0; i < n; ++i)
      if (valid[i]) out.push_back(static_cast<float>(p[i]));
  });
}
}  // namespace

Result<SceneStatistics> SceneStatistics::compute(const RasterSource& source, int maxSide) {
  const RasterInfo& info = source.info();
  SceneStatistics stats;
  stats.bands_.resize(info.bandCount());

  int level = -1;
  for (int l = 0; l < int(info.levels.size()); ++l) {
    const QSize s = info.levels[l];
    if (std::max(s.width(), s.height()) <= maxSide) {
      level = l;
      break;
    }
  }
  for (int b = 1; b <= info.bandCount(); ++b) {
    Result<RasterBlock> block = RasterBlock();
    if (level >= 0) {
      ReadRequest req;
      req.level = level;
      req.window = QRect(QPoint(0, 0), info.levels[level]);
      req.bands = {b};
      block = source.read(req);
      if (!block) return Result<SceneStatistics>::failure(block.error());
      collect(*block, 0, stats.bands_[b - 1]);
    } else {
      // A grid of whole file blocks: each costs one block decode, however large the raster.
      const int bw = std::clamp(info.blockSize.width(), 16, 512);
      const int bh = std::clamp(info.blockSize.height(), 16, 512);
      for (int gy = 0; gy < kSparseBlocks; ++gy)
        for (int gx = 0; gx < kSparseBlocks; ++gx) {
          const int cx = int((gx + 0.5) * info.width / kSparseBlocks);
          const int cy = int((gy + 0.5) * info.height / kSparseBlocks);
          QRect window((cx / bw) * bw, (cy / bh) * bh, bw, bh);
          window = window.intersected(QRect(0, 0, info.width, info.height));
          ReadRequest req;
          req.window = window;
          req.outputSize = QSize(std::min(kPatch, window.width()), std::min(kPatch, window.height()));
          req.bands = {b};
          block = source.read(req);
          if (!block) return Result<SceneStatistics>::failure(block.error());
          collect(*block, 0, stats.bands_[b - 1]);
        }
    }
    std::sort(stats.bands_[b - 1].begin(), stats.bands_[b - 1].end());
  }
  if (level == 0)
    stats.origin_ = tr("full image %1 x %2").arg(info.width).arg(info.height);
  else if (level > 0)
    stats.origin_ = tr("overview %1 x %2").arg(info.levels[level].width()).arg(info.levels[level].height());
  else
    stats.origin_ = tr("a sparse sample of %1 x %1 blocks").arg(kSparseBlocks);
  return stats;
}

std::size_t SceneStatistics::validCount(int band) const {
  if (band < 1 || band > int(bands_.size())) return 0;
  return bands_[band - 1].size();
}

double SceneStatistics::percentile(int band, double p) const {
  if (band < 1 || band > int(bands_.size()) || bands_[band - 1].empty()) return 0.0;
  const std::vector<float>& v = bands_[band - 1];
  const double pos = std::clamp(p, 0.0, 100.0) / 100.0 * double(v.size() - 1);
  const std::size_t lo = std::size_t(std::floor(pos));
  const std::size_t hi = std::min(lo + 1, v.size() - 1);
  const double t = pos - double(lo);
  return double(v[lo]) * (1.0 - t) + double(v[hi]) * t;
}

}  // namespace rrsis
