#pragma once
#include <memory>
#include <vector>

#include <QRect>
#include <QSize>

#include "raster/rasterblock.h"
#include "raster/rasterinfo.h"
#include "util/result.h"

namespace rrsis {

/** How samples are picked when a read is resampled. */
enum class Resampling { Nearest, Average };

/** One window read: which level, which pixels of that level, which bands, at what size. */
struct ReadRequest {
  int level = 0;           ///< 0 = full resolution, 1.. = overviews
  QRect window;            ///< in pixels of `level`
  QSize outputSize;        ///< empty: the window's own size
  std::vector<int> bands;  ///< 1-based band numbers; empty: every band
  Resampling resampling = Resampling::Nearest;
};

/**
 * A raster that can be read window by window at any overview level. Implementations are
 * safe to read from several threads at once. Never reads the whole scene unless asked.
 */
class RasterSource {
 public:
  virtual ~RasterSource() = default;

  /** Metadata read at open time; constant for the life of the source. */
  virtual const RasterInfo& info() const = 0;

  /**
   * Reads a window. The block's validity marks pixels that are nodata, masked or NaN in any
   * requested band. Fails with the driver's message on I/O errors or bad windows.
   */
  virtual Result<RasterBlock> read(const ReadRequest& request) const = 0;

  /**
   * A cheap preview of a level-0 window: a grid of `grid` point samples, each read on its
   * own, so only a few blocks of the file are touched whatever the window size. Used where a
   * large raster has no suitable overview.
   */
  virtual Result<RasterBlock> readSparse(const QRectF& window, QSize grid, const std::vector<int>& bands) const = 0;
};

}  // namespace rrsis
