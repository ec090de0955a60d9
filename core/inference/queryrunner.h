#pragma once
#include <QRect>
#include <QString>

#include "raster/probabilitymap.h"
#include "inference/tiledpredictor.h"
#include "model/segmenter.h"
#include "raster/displaymapping.h"
#include "raster/rastersource.h"
#include "util/result.h"

namespace rrsis {

/** One referring-expression query over a scene. */
struct QueryRequest {
  QString expression;
  QRect region;              ///< level-0 pixels: the current view, a drawn area, or the scene
  bool tiled = false;        ///< sliding windows at the model's native scale, at source resolution
  int maxOutputSide = 2048;  ///< single-pass results are kept at most this large
  /**
   * For a single-pass request: run tiled instead when squashing the region into the model
   * input would show it more than 1.5x coarser than the model's native ground scale (both
   * ground sample distances known) and at most this many native windows cover it. A model
   * trained on 0.26 m input pixels then finds cars in a zoomed-out view. 0 = never.
   */
  int autoTileWindows = 0;
};

/** What a finished query gives back. */
struct QueryOutcome {
  ProbabilityMap map;
  PredictTiming timing;
  double seconds = 0;  ///< wall time of the whole query
  int windows = 1;
  bool tiled = false;  ///< whether sliding windows ran (asked for, or chosen by autoTileWindows)
};

/**
 * Runs a query in the calling thread. Single pass: the region is read straight at the
 * model's input size (stretched, as the papers do) and the probability map is resized back
 * to the region, bounded by maxOutputSide. Tiled: TiledPredictor over the region. A
 * single-pass request may become tiled, see QueryRequest::autoTileWindows.
 */
Result<QueryOutcome> runQuery(const RasterSource& source, const DisplayMapping& mapping, const Segmenter& segmenter,
                              const QueryRequest& request, const ProgressCallback& progress = {},
                              bool* cancelled = nullptr);

}  // namespace rrsis
