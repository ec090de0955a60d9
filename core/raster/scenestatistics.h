#pragma once
#include <vector>

#include <QCoreApplication>
#include <QString>

#include "raster/rastersource.h"
#include "util/result.h"

namespace rrsis {

/**
 * Per-band value samples of a whole scene, taken once when it is opened: from the coarsest
 * overview that still has enough pixels, else from a sparse grid of point reads. Percentile
 * stretches are computed from it without touching the file again.
 */
class SceneStatistics {
  Q_DECLARE_TR_FUNCTIONS(SceneStatistics)

 public:
  /** Samples every band of `source`, reading at most about maxSide x maxSide pixels. */
  static Result<SceneStatistics> compute(const RasterSource& source, int maxSide = 1024);

  int bandCount() const { return int(bands_.size()); }
  /** Number of valid (not nodata, not masked, not NaN) samples of a 1-based band. */
  std::size_t validCount(int band) const;
  /** The p-th percentile (0..100) of a 1-based band's valid samples; 0 when it has none. */
  double percentile(int band, double p) const;
  double minimum(int band) const { return percentile(band, 0); }
  double maximum(int band) const { return percentile(band, 100); }
  /** Where the samples came from, for the UI ("overview 938 x 938", "sparse 128 x 128 grid"). */
  const QString& origin() const { return origin_; }

 private:
  std::vector<std::vector<float>> bands_;  // sorted valid samples per band
  QString origin_;
};

}  // namespace rrsis
