#include "inference/tiledpredictor.h"

#include <algorithm>
#include <chrono>
#include <cmath>

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

std::vector<int> positions(int length, int window, int stride) {
  std::vector<int> out;
  if (length <= window) return {0};
  for (int p = 0;; p += stride) {
    if (p + window >= length) {
      out.push_back(length - window);
      break;
    }
    out.push_back(p);
  }
  return out;
}

/** Tent weights along one axis: highest in the middle, small but positive at the edges. */
std::vector<float> tent(int n) {
  std::vector<float> w(size_t(std::max(n, 1)));
  const float half = n / 2.0f;
  for (int i = 0; i < n; ++i) w[size_t(i)] = std::max(0.02f, std::min(i + 0.5f, n - i - 0.5f) / half);
  return w;
}

}  // namespace

TilePlan planTiles(const QSize& regionSize, const QSize& window, double overlap) {
  TilePlan plan;
  plan.window = QSize(std::min(window.width(), regionSize.width()), std::min(window.height(), regionSize.height()));
  const double keep = 1.0 - std::clamp(overlap, 0.0, 0.9);
  const int sx = std::max(1, int(std::floor(plan.window.width() * keep)));
  const int sy = std::max(1, int(std::floor(plan.window.height() * keep)));
  plan.xs = positions(regionSize.width(), plan.window.width(), sx);
  plan.ys = positions(regionSize.height(), plan.window.height(), sy);
  return plan;
}

int manifestSourceWindow(const ModelManifest& manifest) {
  const int px = manifest.extra.value(QStringLiteral("source_window_px")).toInt();
  return px >= 32 && px <= 16384 ? px : 0;
}

QSize nativeWindowSize(const ModelManifest& manifest, const RasterInfo& info) {
  const QSize input = manifest.inputSize;
  const auto sourceGsd = info.geo.groundSampleDistance();
  if (!sourceGsd) {
    // No ground scale to match: the source pixels per window the model was trained on, if
    // its manifest says (models trained on ungeoreferenced chips), else the input size.
    const int px = manifestSourceWindow(manifest);
    return px > 0 ? QSize(px, px) : input;
  }
  if (manifest.groundSampleDistance <= 0) return input;
  const double f = std::clamp(manifest.groundSampleDistance / *sourceGsd, 0.125, 16.0);
  return QSize(std::max(32, int(std::lround(input.width() * f))), std::max(32, int(std::lround(input.height() * f))));
}

TiledPredictor::TiledPredictor(const RasterSource& source, const DisplayMapping& mapping, const Segmenter& segmenter,
                               Options options)
    : source_(source), mapping_(mapping), segmenter_(segmenter), options_(options) {
  window_ = options_.window.isEmpty() ? nativeWindowSize(segmenter.manifest(), source.info()) : options_.window;
}

TilePlan TiledPredictor::plan(const QRect& region) const {
  const RasterInfo& info = source_.info();
  return planTiles(region.intersected(QRect(0, 0, info.width, info.height)).size(), window_, options_.overlap);
}

Result<ProbabilityMap> TiledPredictor::run(const QRect& regionIn, const TokenizedText& text,
                                           const ProgressCallback& progress, bool* cancelled,
                                           PredictTiming* timing) const {
  using R = Result<ProbabilityMap>;
  if (cancelled) *cancelled = false;
  const RasterInfo& info = source_.info();
  const QRect region = regionIn.intersected(QRect(0, 0, info.width, info.height));
  if (region.isEmpty()) return R::failure(RegionReaderText::tr("The query region lies outside the image."));
  const TilePlan tiles = plan(region);
  const int winW = tiles.window.width(), winH = tiles.window.height();
  const QSize input = segmenter_.inputSize();

  // Weights of one window (outer product of two tents).
  const std::vector<float> wx = tent(winW), wy = tent(winH);
  cv::Mat weight(winH, winW, CV_32F);
  for (int y = 0; y < winH; ++y)
    for (int x = 0; x < winW; ++x) weight.at<float>(y, x) = wy[size_t(y)] * wx[size_t(x)];

  ProbabilityMap result;
  result.region = region;
  result.probability = cv::Mat(region.height(), region.width(), CV_8U, cv::Scalar(0));
  // Rolling strip of accumulators: rows [stripTop, stripTop + stripH) of the region.
  const int stripH = std::min(region.height(), 2 * winH);
  cv::Mat acc(stripH, region.width(), CV_32F, cv::Scalar(0));
  cv::Mat wsum(stripH, region.width(), CV_32F, cv::Scalar(0));
  int stripTop = 0;
  auto flush = [&](int untilRow) {  // rows [stripTop, untilRow) are final
    const int n = untilRow - stripTop;
    if (n <= 0) return;
    cv::Mat a = acc.rowRange(0, n), w = wsum.rowRange(0, n), p;
    cv::divide(a, cv::max(w, 1e-12), p);
    ProbabilityMap::quantise(p).copyTo(result.probability.rowRange(stripTop, untilRow));
    // Shift the rest up and clear the freed rows. Row by row, top first: the two ranges overlap
    // when n < stripH / 2, and one copyTo of a continuous block would be an overlapping memcpy
    // (found by AddressSanitizer, tst_inferencethreads).
    for (int r = 0; r + n < stripH; ++r) {
      acc.row(r + n).copyTo(acc.row(r));
      wsum.row(r + n).copyTo(wsum.row(r));
    }
    acc.rowRange(stripH - n, stripH).setTo(0);
    wsum.rowRange(stripH - n, stripH).setTo(0);
    stripTop = untilRow;
  };

  const int total = tiles.count();
  int done = 0;
  if (progress && !progress(0, total)) {
    if (cancelled) *cancelled = true;
    return R::failure(TiledPredictorText::tr("Cancelled."));
  }
  const int batch = std::max(1, options_.batchSize);
  for (int y0 : tiles.ys) {
    flush(y0);
    for (size_t c = 0; c < tiles.xs.size(); c += size_t(batch)) {
      const size_t cEnd = std::min(tiles.xs.size(), c + size_t(batch));
      std::vector<cv::Mat> chips;
      const auto readStart = std::chrono::steady_clock::now();
      for (size_t i = c; i < cEnd; ++i) {
        const QRect win(region.x() + tiles.xs[i], region.y() + y0, winW, winH);
        auto rgb = readRegionRgb(source_, mapping_, win, input);
        if (!rgb) return R::failure(rgb.error());
        chips.push_back(std::move(rgb.value()));
      }
      if (timing)  // reading and resampling the windows is preprocessing too
        timing->preprocessMs +=
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - readStart).count();
      auto probs = segmenter_.predictChips(chips, text, timing);
      if (!probs) return R::failure(probs.error());
      for (size_t i = c; i < cEnd; ++i) {
        cv::Mat p = (*probs)[i - c];
        if (p.cols != winW || p.rows != winH) {
          cv::Mat r;
          cv::resize(p, r, cv::Size(winW, winH), 0, 0, cv::INTER_LINEAR);
          p = r;
        }
        const cv::Rect dst(tiles.xs[i], y0 - stripTop, winW, winH);
        cv::Mat a = acc(dst), w = wsum(dst);
        a += p.mul(weight);
        w += weight;
      }
      done += int(cEnd - c);
      if (progress && !progress(done, total)) {
        if (cancelled) *cancelled = true;
        return R::failure(TiledPredictorText::tr("Cancelled."));
      }
    }
  }
  flush(region.height());
  return result;
}

}  // namespace rrsis
