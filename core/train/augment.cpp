#include "train/augment.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "train/languageflip.h"

namespace rrsis {

namespace {

double uniform(std::mt19937_64& rng, double lo, double hi) {
  return std::uniform_real_distribution<double>(lo, hi)(rng);
}

bool chance(std::mt19937_64& rng, double p) { return p > 0 && uniform(rng, 0.0, 1.0) < p; }

/** A crop window that keeps at least `minKept` of the target, or the whole image. */
cv::Rect drawCrop(const cv::Mat& mask, std::mt19937_64& rng, const AugmentOptions& o) {
  const cv::Rect whole(0, 0, mask.cols, mask.rows);
  const double target = double(cv::countNonZero(mask));
  for (int attempt = 0; attempt < 6; ++attempt) {
    const double f = uniform(rng, o.minCropFraction, 1.0);
    const double aspect = uniform(rng, 0.85, 1.0 / 0.85);
    const int w = std::clamp(int(std::lround(mask.cols * f * std::sqrt(aspect))), 8, mask.cols);
    const int h = std::clamp(int(std::lround(mask.rows * f / std::sqrt(aspect))), 8, mask.rows);
    const int x = int(uniform(rng, 0.0, double(mask.cols - w) + 0.999));
    const int y = int(uniform(rng, 0.0, double(mask.rows - h) + 0.999));
    const cv::Rect r(x, y, w, h);
    if (target == 0 || cv::countNonZero(mask(r)) >= o.minTargetKept * target) return r;
  }
  return whole;
}

/** Brightness, contrast and saturation; hue is left alone. */
void jitterColour(cv::Mat& rgb, std::mt19937_64& rng, const AugmentOptions& o) {
  const double brightness = uniform(rng, -o.brightness, o.brightness) * 255.0;
  const double contrast = 1.0 + uniform(rng, -o.contrast, o.contrast);
  const double saturation = 1.0 + uniform(rng, -o.saturation, o.saturation);
  const cv::Scalar mean = cv::mean(rgb);
  const double meanGrey = (mean[0] + mean[1] + mean[2]) / 3.0;
  for (int y = 0; y < rgb.rows; ++y) {
    auto* p = rgb.ptr<cv::Vec3b>(y);
    for (int x = 0; x < rgb.cols; ++x) {
      const double grey = 0.299 * p[x][0] + 0.587 * p[x][1] + 0.114 * p[x][2];
      for (int c = 0; c < 3; ++c) {
        double v = grey + (p[x][c] - grey) * saturation;
        v = meanGrey + (v - meanGrey) * contrast + brightness;
        p[x][c] = cv::saturate_cast<uchar>(v);
      }
    }
  }
}

}  // namespace

std::mt19937_64 sampleGenerator(std::uint64_t seed, std::uint64_t epoch, std::uint64_t index) {
  std::seed_seq seq{std::uint32_t(seed), std::uint32_t(seed >> 32), std::uint32_t(epoch), std::uint32_t(index),
                    std::uint32_t(index >> 32)};
  return std::mt19937_64(seq);
}

AugmentedSample augmentSample(const cv::Mat& rgb, const cv::Mat& mask, const QString& expression, cv::Size size,
                              std::mt19937_64& rng, const AugmentOptions& o) {
  AugmentedSample out;
  out.expression = expression;
  cv::Rect window(0, 0, rgb.cols, rgb.rows);
  if (o.enabled && chance(rng, o.cropProbability) && !mentionsPosition(expression)) {
    window = drawCrop(mask, rng, o);
    out.cropped = window != cv::Rect(0, 0, rgb.cols, rgb.rows);
  }
  const cv::Mat image = rgb(window);
  const bool shrinking = image.cols > size.width || image.rows > size.height;
  cv::resize(image, out.rgb, size, 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
  cv::Mat binary = mask(window) > 0;
  cv::resize(binary, out.mask, size, 0, 0, cv::INTER_NEAREST_EXACT);
  out.mask = out.mask / 255;
  if (!o.enabled) return out;

  for (const Flip flip : {Flip::Horizontal, Flip::Vertical}) {
    if (!chance(rng, o.flipProbability)) continue;
    const std::optional<QString> rewritten = rewriteForFlip(out.expression, flip);
    if (!rewritten) {
      ++out.flipsSkipped;
      continue;
    }
    out.expression = *rewritten;
    const int code = flip == Flip::Horizontal ? 1 : 0;
    cv::flip(out.rgb, out.rgb, code);
    cv::flip(out.mask, out.mask, code);
    (flip == Flip::Horizontal ? out.flippedHorizontally : out.flippedVertically) = true;
  }
  jitterColour(out.rgb, rng, o);
  return out;
}

}  // namespace rrsis
