#include "raster/probabilitymap.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace rrsis {

int ProbabilityMap::thresholdLevel(double p) {
  // Level L means p >= L/255. A threshold of 0.5 gives 128, as 127.5 rounds up.
  return std::clamp(int(std::ceil(p * 255.0 - 1e-9)), 0, 255);
}

cv::Mat ProbabilityMap::quantise(const cv::Mat& p) {
  cv::Mat out;
  p.convertTo(out, CV_8U, 255.0, 0.0);  // saturating, rounds to nearest
  return out;
}

cv::Mat ProbabilityMap::mask(double threshold) const {
  cv::Mat out;
  const int level = thresholdLevel(threshold);
  if (level == 0) return cv::Mat(probability.size(), CV_8U, cv::Scalar(255));
  cv::threshold(probability, out, level - 1, 255, cv::THRESH_BINARY);
  return out;
}

}  // namespace rrsis
