#pragma once

#include <cstdint>
#include <random>

#include <QString>
#include <opencv2/core/mat.hpp>

namespace rrsis {

/**
 * Training augmentation that keeps the expression true of the mask. Crops are skipped for
 * expressions that place their target in the frame ("on the left": cropping can change which
 * car is leftmost); flips rewrite the expression (left <-> right, top <-> bottom, ...) or are
 * skipped when it cannot be rewritten; colour jitter changes brightness, contrast and
 * saturation but never hue, so "the red car" stays red.
 */
struct AugmentOptions {
  bool enabled = true;
  double cropProbability = 0.6;   ///< chance of a random crop (scale) before resizing
  double minCropFraction = 0.55;  ///< crop side as a fraction of the image side, lower bound
  double minTargetKept = 0.8;     ///< crops that cut away more of the target are redrawn
  double flipProbability = 0.5;   ///< for each axis
  double brightness = 0.12;       ///< +- fraction of full scale
  double contrast = 0.15;         ///< +- fraction
  double saturation = 0.15;       ///< +- fraction
};

/** One sample ready for the network input. */
struct AugmentedSample {
  cv::Mat rgb;         ///< CV_8UC3, the output size
  cv::Mat mask;        ///< CV_8U 0/1, the output size
  QString expression;  ///< rewritten when the image was flipped
  bool cropped = false;
  bool flippedHorizontally = false;
  bool flippedVertically = false;
  int flipsSkipped = 0;  ///< flips drawn but not done because the expression could not follow
};

/**
 * Resizes an image (CV_8UC3) and its mask (CV_8U, non-zero = target) to `size`, with the
 * random changes of `options` drawn from `rng` (none when !options.enabled). Deterministic
 * for a given rng state.
 */
AugmentedSample augmentSample(const cv::Mat& rgb, const cv::Mat& mask, const QString& expression, cv::Size size,
                              std::mt19937_64& rng, const AugmentOptions& options);

/** A random generator seeded from a run seed and the position of a sample in the run. */
std::mt19937_64 sampleGenerator(std::uint64_t seed, std::uint64_t epoch, std::uint64_t index);

}  // namespace rrsis
