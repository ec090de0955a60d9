#pragma once
#include <vector>

#include <QString>
#include <QStringList>
#include <opencv2/core/mat.hpp>

#include "dataset/sample.h"
#include "raster/georeference.h"
#include "util/result.h"

namespace rrsis {

/**
 * A dataset in the RefSegRS layout: images/<id>.tif, masks/<id>.tif and
 * output_phrase_{train,val,test}.txt with one "<id> <expression>" per line (the id is the
 * first whitespace-separated token). Reading is strict: every problem (bad UTF-8, a line
 * without an expression, an id that would leave the folder, a duplicate id, a missing image
 * or mask) is an error naming the file and line. Blank lines, CRLF line ends and tabs are
 * accepted. Pixels are not read at open time.
 */
class RefSegRsDataset {
 public:
  static const QStringList& splits();  ///< train, val, test

  /** Reads the phrase files of `splits` (default: every split that has one). */
  static Result<RefSegRsDataset> open(const QString& folder, const QStringList& splits = {});

  const QString& folder() const { return folder_; }
  const std::vector<Sample>& samples() const { return samples_; }
  /** The samples of one split; an error if the split is empty or has no phrase file. */
  Result<std::vector<Sample>> split(const QString& name) const;

 private:
  QString folder_;
  std::vector<Sample> samples_;
};

/**
 * Appends new samples to a RefSegRS folder (created if needed). Each sample gets a fresh id
 * (one more than the largest numeric id in any split or file); no existing file is ever
 * overwritten. The image and mask are written first, each to a temporary name and renamed;
 * then the phrase file is rewritten atomically with the new line, so an interrupted append
 * leaves no phrase line without its files. Georeferencing goes into the chips' TIFF tags.
 */
class RefSegRsWriter {
 public:
  static Result<RefSegRsWriter> open(const QString& folder);

  /** `rgb` CV_8UC3, `mask` CV_8U (non-zero = target, written as 0/255), same size. */
  Result<QString> append(const cv::Mat& rgb, const cv::Mat& mask, const QString& expression, const QString& split,
                         const GeoReference& geo = {});

 private:
  QString folder_;
  long long nextId_ = 0;
};

}  // namespace rrsis
