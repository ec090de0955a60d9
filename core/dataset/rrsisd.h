#pragma once
#include <map>
#include <vector>

#include <QString>

#include "dataset/sample.h"
#include "util/result.h"

namespace rrsis {

/**
 * A dataset in the RRSIS-D / RefCOCO layout: instances.json (COCO images, annotations with
 * RLE or polygon segmentations under "segmentation", the category under "categories_id"
 * as RRSIS-D writes it, or "category_id"), refs(unc).p (a pickled list of refs, read with
 * the project's bounds-checked reader), and the images in JPEGImages/. One Sample per
 * sentence (its "raw" text, as the official loaders tokenize it, else "sent"), with id
 * "<ref_id>_<sent_id>"; masks are decoded from the annotation on demand.
 * Every inconsistency is an error naming the file and the ref.
 */
class RrsisdDataset {
 public:
  static Result<RrsisdDataset> open(const QString& folder);

  const QString& folder() const { return folder_; }
  const std::vector<Sample>& samples() const { return samples_; }
  Result<std::vector<Sample>> split(const QString& name) const;
  const std::map<qint64, QString>& categories() const { return categories_; }

 private:
  QString folder_;
  std::vector<Sample> samples_;
  std::map<qint64, QString> categories_;
};

}  // namespace rrsis
