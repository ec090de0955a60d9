#pragma once
#include <functional>

#include <QRect>
#include <QString>
#include <QStringList>

#include "dataset/chipplan.h"
#include "util/result.h"

namespace rrsis {

class Project;

/** How annotations become RefSegRS samples: 512 px chips by default. */
struct RefSegRsExportOptions : ChipOptions {};

/** What an export did. */
struct RefSegRsExportReport {
  int samples = 0;
  QStringList ids;    ///< the new sample ids, in annotation order
  QStringList notes;  ///< annotations skipped and why, splits forced by overlaps, resampled chips
};

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
