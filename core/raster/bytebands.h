#pragma once
#include <vector>

#include <QString>
#include <opencv2/core/mat.hpp>

#include "util/result.h"

namespace rrsis {

/**
 * Reads every band of an 8-bit raster of at most 64 M pixels, at full resolution, as one
 * CV_8U Mat per band (dataset samples, probability maps kept beside a project).
 */
Result<std::vector<cv::Mat>> readByteBands(const QString& path);

}  // namespace rrsis
