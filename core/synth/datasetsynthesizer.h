#pragma once
#include <cstdint>
#include <functional>
#include <random>

#include <QString>
#include <opencv2/core.hpp>

#include "synth/scenesynthesizer.h"
#include "util/result.h"

namespace rrsis {

/** One synthetic training triplet: a chip, the expression, and the mask of what it names. */
struct SynthSample {
  cv::Mat rgb;   ///< CV_8UC3
  cv::Mat mask;  ///< CV_8U 0/255; all zero when the expression names nothing in the chip
  QString expression;
  QString kind;  ///< "single", "group", "relation" or "none"
  GeoReference geo;
};

/**
 * Makes RefSegRS-style referring segmentation data from synthetic scenes and their scene
 * graphs. Expressions say what is true of the chip by construction: category, colour,
 * position in the chip ("the red car on the left" only when that car is clearly the
 * leftmost of its kind), groups ("all buildings", "white cars"), relations ("trees near the
 * water", "cars in the parking lot"), and some that name nothing present ("the yellow bus"
 * in a chip without one, with an empty mask). Everything is synthetic. Deterministic for a
 * seed on a given platform.
 */
class DatasetSynthesizer {
 public:
  explicit DatasetSynthesizer(std::uint64_t seed);

  /** A new chip of `size` x `size` pixels with one expression. */
  SynthSample next(int size = 512);

  /**
   * Appends `count` samples to a RefSegRS folder (70 % train, 10 % val, 20 % test).
   * `progress(done, total)` returning false stops after the current sample.
   */
  Status writeRefSegRs(const QString& folder, int count, int size, const std::function<bool(int, int)>& progress = {});

 private:
  std::uint64_t seed_;
  std::mt19937_64 rng_;
  int index_ = 0;
};

}  // namespace rrsis
