#pragma once
#include <functional>

#include <QRect>
#include <QString>
#include <QStringList>

#include "util/result.h"

namespace rrsis {

class Project;

/** How annotations become RefSegRS samples. */
struct RefSegRsExportOptions {
  int chipSize = 512;  ///< pixels of each chip (RefSegRS: 512)
  /** Metres per chip pixel (RefSegRS: 0.13); 0 keeps the scene's resolution. Needs a georeferenced scene. */
  double groundSampleDistance = 0;
  /** Shares of train and validation for annotations without a split; the rest is test. */
  double trainShare = 0.7;
  double valShare = 0.1;
  unsigned seed = 1;
};

/** What an export did. */
struct RefSegRsExportReport {
  int samples = 0;
  QStringList ids;    ///< the new sample ids, in annotation order
  QStringList notes;  ///< annotations skipped and why, splits forced by overlaps, resampled chips
};

/**
 * One chip per annotation, in the scene pixels it covers: `chipSize` output pixels at the
 * asked ground resolution, centred on the mask, moved inside the scene, enlarged (and
 * resampled down) when the mask is larger than a chip. Empty annotations ("no boats here")
 * centre on their query region and export with an empty mask.
 */
QRect chipFootprint(const QRect& maskBounds, const QRect& queryRegion, QSize sceneSize, double scenePixelsPerChipPixel,
                    int chipSize);

/**
 * Appends every annotation of the project with an expression to a RefSegRS folder through
 * RefSegRsWriter (fresh ids, nothing overwritten): the chip in the scene's display colours,
 * georeferenced when the scene is, its mask, and one phrase line. Splits come from the
 * annotations; the others are assigned by share and seed so that chips whose footprints
 * overlap always land in one split (no leakage between train and test). `progress(done,
 * total)` may return false to cancel; samples written until then stay (each one complete).
 */
Result<RefSegRsExportReport> exportRefSegRs(const Project& project, const QString& folder,
                                            const RefSegRsExportOptions& options,
                                            const std::function<bool(int, int)>& progress = {});

}  // namespace rrsis
