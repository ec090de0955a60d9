#include "inference/queryrunner.h"

#include <chrono>

#include <QCoreApplication>
#include <opencv2/imgproc.hpp>

#include "raster/regionreader.h"

namespace rrsis {

namespace {

struct RegionReaderText {
  Q_DECLARE_TR_FUNCTIONS(RegionReader)
};

struct TiledPredictorText {
  Q_DECLARE_TR_FUNCTIONS(TiledPredictor)
};

/** Whether a single-pass region is better served by windows at the model's native scale. */
bool autoTile(const RasterSource& source, const Segmenter& segmenter, const QRect& region, int maxWindows) {
  const bool georeferenced = source.info().geo.groundSampleDistance().has_value();
  if (maxWindows <= 0 || (georeferenced && segmenter.manifest().groundSampleDistance <= 0) ||
      (!georeferenced && manifestSourceWindow(segmenter.manifest()) <= 0))
    return false;
  const QSize window = nativeWindowSize(segmenter.manifest(), source.info());
  if (region.width() <= 1.5 * window.width() && region.height() <= 1.5 * window.height()) return false;
  return planTiles(region.size(), window, TiledPredictor::Options{}.overlap).count() <= maxWindows;
}

}  // namespace

Result<QueryOutcome> runQuery(const RasterSource& source, const DisplayMapping& mapping, const Segmenter& segmenter,
                              const QueryRequest& request, const ProgressCallback& progress, bool* cancelled) {
  using R = Result<QueryOutcome>;
  const auto start = std::chrono::steady_clock::now();
  if (cancelled) *cancelled = false;
  auto text = segmenter.encode(request.expression);
  if (!text) return R::failure(text.error());
  const RasterInfo& info = source.info();
  const QRect region = request.region.intersected(QRect(0, 0, info.width, info.height));
  if (region.isEmpty()) return R::failure(RegionReaderText::tr("The query region lies outside the image."));

  QueryOutcome outcome;
  outcome.tiled = request.tiled || autoTile(source, segmenter, region, request.autoTileWindows);
  if (outcome.tiled) {
    TiledPredictor predictor(source, mapping, segmenter, {});
    auto map = predictor.run(region, *text, progress, cancelled, &outcome.timing);
    if (!map) return R::failure(map.error());
    outcome.map = std::move(map.value());
    outcome.windows = predictor.plan(region).count();
  } else {
    if (progress && !progress(0, 1)) {
      if (cancelled) *cancelled = true;
      return R::failure(TiledPredictorText::tr("Cancelled."));
    }
    const auto t0 = std::chrono::steady_clock::now();
    auto rgb = readRegionRgb(source, mapping, region, segmenter.inputSize());
    if (!rgb) return R::failure(rgb.error());
    outcome.timing.preprocessMs +=
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    auto probs = segmenter.predictChips({*rgb}, *text, &outcome.timing);
    if (!probs) return R::failure(probs.error());
    const auto t1 = std::chrono::steady_clock::now();
    const QSize out = boundedSize(region.size(), request.maxOutputSide);
    cv::Mat p = probs->front();
    if (p.cols != out.width() || p.rows != out.height()) {
      cv::Mat r;
      cv::resize(p, r, cv::Size(out.width(), out.height()), 0, 0, cv::INTER_LINEAR);
      p = r;
    }
    outcome.map.region = region;
    outcome.map.probability = ProbabilityMap::quantise(p);
    outcome.timing.postprocessMs +=
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t1).count();
    if (progress) progress(1, 1);
  }
  outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return outcome;
}

}  // namespace rrsis
