#pragma once
#include <functional>
#include <vector>

#include <QString>

#include "raster/rasterinfo.h"
#include "util/result.h"

namespace rrsis {

/**
 * Builds overviews for a raster into an external `.ovr` file beside it (the source file is
 * never modified), with progress and cancellation. Cancelled or failed builds leave no
 * partial `.ovr` behind.
 */
class OverviewBuilder {
 public:
  /** Receives progress 0..1; return false to cancel. Called from the building thread. */
  using Progress = std::function<bool(double)>;

  /** True when viewing `info` would be slow without overviews (large and none present). */
  static bool recommended(const RasterInfo& info);

  /** The decimation factors (2, 4, 8, ...) down to about one 256 px tile. */
  static std::vector<int> factorsFor(int width, int height);

  /** Builds average-resampled overviews into "<path>.ovr". */
  static Status build(const QString& path, const Progress& progress = {});
};

}  // namespace rrsis
