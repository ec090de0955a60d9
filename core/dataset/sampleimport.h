#pragma once
#include <functional>
#include <vector>

#include <QString>
#include <QStringList>

#include "dataset/sample.h"
#include "util/result.h"

namespace rrsis {

class Project;

/** What a sample import added. */
struct SampleImportReport {
  int annotations = 0;
  int scenesAdded = 0;  ///< images that were not yet scenes of the project
  QStringList notes;    ///< samples left out and why
};

/**
 * Adds dataset samples (RefSegRS or RRSIS-D, see openDatasetSamples) to a project for further
 * editing: each sample's image becomes a scene (or the scene that already has that file), and
 * each sample an annotation with its expression, split and category, its mask as a hand-drawn
 * mask, provenance mode "import". Everything added to one scene is one undo step. Samples
 * whose image or mask cannot be read are left out with a note; when none can be read the
 * import fails and the project is unchanged. Masks are read before anything changes, so a
 * cancel changes nothing. `progress(done, total)` may return false to cancel.
 */
Result<SampleImportReport> importSamples(Project& project, const std::vector<Sample>& samples,
                                         const std::function<bool(int, int)>& progress = {});

/** Opens a dataset folder in either layout and imports all of its samples. */
Result<SampleImportReport> importDatasetFolder(Project& project, const QString& folder,
                                               const std::function<bool(int, int)>& progress = {});

}  // namespace rrsis
