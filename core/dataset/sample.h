#pragma once
#include <functional>
#include <utility>
#include <vector>

#include <QString>
#include <QStringList>
#include <opencv2/core/mat.hpp>

#include "raster/bytebands.h"
#include "util/result.h"

namespace rrsis {

/**
 * One (image, mask, expression) triplet, whatever the dataset format: training, evaluation
 * and the studio read every format through this view. Pixels are loaded on demand.
 */
struct Sample {
  QString id;  ///< unique within its dataset and split
  QString expression;
  QString split;     ///< "train", "val" or "test"
  QString category;  ///< the dataset's category, or one derived from the expression
  QString imagePath;
  QString maskPath;
  QString sourceId;  ///< where it came from (file:line, or the source dataset's ids)
  /** Datasets that keep masks inside annotations (COCO RLE) set this instead of maskPath. */
  std::function<Result<cv::Mat>()> maskSource;

  /** The image as RGB (CV_8UC3; one band is repeated, extra bands are dropped). */
  Result<cv::Mat> loadImage() const;
  /** The mask as CV_8U 0/255; any other value, or more than one band, is an error. */
  Result<cv::Mat> loadMask() const;
  /** Image and mask together; masks of another size than their image are an error. */
  Result<std::pair<cv::Mat, cv::Mat>> load() const;
};

/** The samples of one split, in order; an error naming `folder` when there are none. */
Result<std::vector<Sample>> samplesInSplit(const std::vector<Sample>& samples, const QString& split,
                                           const QString& folder);

/** RefSegRS's 14 categories, longest names first (so "road marking" wins over "road"). */
const QStringList& refSegRsCategories();
/** The first RefSegRS category named in an expression (whole words), or "". */
QString categoryFromExpression(const QString& expression);

}  // namespace rrsis
