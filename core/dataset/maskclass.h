#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <opencv2/core/mat.hpp>

#include "util/result.h"

namespace rrsis {

/**
 * One class of a colour-coded semantic segmentation mask: the colours that paint it, the
 * referring expressions that name it, and how much of a chip it must cover to be named. A
 * class without expressions ("unlabeled") is known but never queried. A value type.
 */
struct MaskClass {
  QString name;
  std::vector<std::array<std::uint8_t, 3>> colors;  ///< RGB
  QStringList expressions;
  double minFraction = 0.002;  ///< share of a chip's pixels the class must cover for a sample
  int tolerance = 0;           ///< per channel: |mask - colour| <= tolerance matches

  bool isQueried() const { return !expressions.isEmpty(); }
  /** 255 where `rgb` (CV_8UC3, RGB order) shows one of the class's colours, else 0. */
  cv::Mat match(const cv::Mat& rgb) const;
};

/**
 * Reads a classes file: a JSON list (or an object whose "classes" is that list) of
 * {"name", "color": [r,g,b] | "#RRGGBB" | a list of those, "expressions": [..],
 * "min_fraction", "tolerance"}. Every problem is an error that names the file and the class.
 * At least one class must have expressions.
 */
Result<std::vector<MaskClass>> loadMaskClasses(const QString& path);
/** The same from bytes; `shownName` names the source in messages. */
Result<std::vector<MaskClass>> parseMaskClasses(const QByteArray& json, const QString& shownName);

}  // namespace rrsis
