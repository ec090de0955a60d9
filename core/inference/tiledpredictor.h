#pragma once
#include <functional>
#include <vector>

#include <QRect>
#include <QSize>

#include "raster/probabilitymap.h"
#include "model/segmenter.h"
#include "raster/displaymapping.h"
#include "raster/rastersource.h"
#include "util/result.h"

namespace rrsis {

/** Called between batches with windows done and total; return false to cancel. */
using ProgressCallback = std::function<bool(int done, int total)>;

/** Where the sliding windows of a tiled query lie, relative to the region's top-left. */
struct TilePlan {
  QSize window;         ///< source pixels per window (clipped to the region)
  std::vector<int> xs;  ///< left edges
  std::vector<int> ys;  ///< top edges
  int count() const { return int(xs.size() * ys.size()); }
};

/**
 * Window positions covering `regionSize` with windows of `window` source pixels that
 * overlap by `overlap` (0.25 = a quarter of a window); the last window of each row and
 * column ends exactly at the region's edge.
 */
TilePlan planTiles(const QSize& regionSize, const QSize& window, double overlap);

/**
 * The manifest's optional "source_window_px": how many source pixels one input window
 * covered in training, for models trained on chips without georeferencing; 0 when unset.
 */
int manifestSourceWindow(const ModelManifest& manifest);

/**
 * The source pixels that one model input covers at the model's native ground scale: the
 * manifest's ground_sample_distance_m against the raster's; for a raster without a ground
 * scale the manifest's source_window_px; else the input size itself.
 */
QSize nativeWindowSize(const ModelManifest& manifest, const RasterInfo& info);

/**
 * Runs a model over a large region with overlapping sliding windows, blending the window
 * probabilities with tent weights so there are no seams, in batches, and writes the result
 * at source resolution for the region only. Memory is the output (1 byte per pixel) plus
 * a strip two windows high. Runs in the calling thread; cancellation is checked between
 * batches.
 */
class TiledPredictor {
 public:
  struct Options {
    double overlap = 0.25;
    int batchSize = 4;
    QSize window;  ///< empty: nativeWindowSize()
  };

  TiledPredictor(const RasterSource& source, const DisplayMapping& mapping, const Segmenter& segmenter,
                 Options options);

  /** The windows run() will use for `region` (level-0 pixels, clipped to the raster). */
  TilePlan plan(const QRect& region) const;

  /**
   * Predicts `region` (level-0 pixels). On cancellation returns a failure and sets
   * `*cancelled`. `timing` accumulates over all windows.
   */
  Result<ProbabilityMap> run(const QRect& region, const TokenizedText& text, const ProgressCallback& progress,
                             bool* cancelled = nullptr, PredictTiming* timing = nullptr) const;

 private:
  const RasterSource& source_;
  const DisplayMapping& mapping_;
  const Segmenter& segmenter_;
  Options options_;
  QSize window_;
};

}  // namespace rrsis
