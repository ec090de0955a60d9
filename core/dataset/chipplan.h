#pragma once
#include <map>
#include <vector>

#include <QRect>
#include <QString>
#include <QStringList>
#include <opencv2/core/mat.hpp>

#include "annotation/annotation.h"
#include "raster/georeference.h"
#include "raster/scene.h"
#include "util/result.h"

namespace rrsis {

class Project;

/** How annotations are cut into dataset chips (RefSegRS: 512 px, RRSIS-D: 800 px). */
struct ChipOptions {
  int chipSize = 512;  ///< pixels of each chip
  /** Metres per chip pixel (RefSegRS: 0.13); 0 keeps the scene's resolution. Needs a georeferenced scene. */
  double groundSampleDistance = 0;
  /** Shares of train and validation for annotations without a split; the rest is test. */
  double trainShare = 0.7;
  double valShare = 0.1;
  unsigned seed = 1;
};

/** One planned chip: an annotation, the scene pixels it covers and its split. */
struct PlannedChip {
  int scene = 0;
  int annotation = 0;  ///< index in the scene's document
  QRect footprint;
  Split split = Split::Unassigned;
};

/**
 * One chip per annotation, in the scene pixels it covers: `chipSize` output pixels at the
 * asked ground resolution, centred on the mask, moved inside the scene, enlarged (and
 * resampled down) when the mask is larger than a chip. Empty annotations ("no boats here")
 * centre on their query region.
 */
QRect chipFootprint(const QRect& maskBounds, const QRect& queryRegion, QSize sceneSize, double scenePixelsPerChipPixel,
                    int chipSize);

/**
 * The chips of every annotation with an expression in a project, for the dataset exports
 * (RefSegRS, RRSIS-D). Splits come from the annotations; the others are assigned by share and
 * seed so that chips whose footprints overlap always land in one split (no leakage between
 * train and test). Keeps the scenes open to read the chips' pixels in display colours.
 */
class ChipPlan {
 public:
  static Result<ChipPlan> make(const Project& project, const ChipOptions& options);

  const std::vector<PlannedChip>& chips() const { return chips_; }
  /** Scenes that could not be opened, annotations without expression, leaking overlaps. */
  const QStringList& notes() const { return notes_; }
  int chipSize() const { return chipSize_; }

  /** The chip's pixels as RGB (CV_8UC3, chipSize square). */
  Result<cv::Mat> readRgb(const PlannedChip& chip) const;
  /** The chip's mask (CV_8U 0/255): resampled by area, a pixel is in when at least half covered. */
  cv::Mat readMask(const Annotation& annotation, const PlannedChip& chip) const;
  /** The chip's georeference (empty when its scene has none). */
  GeoReference geoReference(const PlannedChip& chip) const;

 private:
  std::vector<PlannedChip> chips_;
  std::map<int, SceneContent> scenes_;
  QStringList notes_;
  int chipSize_ = 512;
};

}  // namespace rrsis
