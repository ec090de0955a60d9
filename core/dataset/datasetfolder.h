#pragma once

#include <vector>

#include <QString>

#include "dataset/sample.h"
#include "util/result.h"

namespace rrsis {

/** "rrsisd" when the folder has an instances.json (RefCOCO layout), else "refsegrs". */
QString datasetFormat(const QString& folder);

/** The samples of one split of a dataset folder in either format. */
Result<std::vector<Sample>> openDatasetSplit(const QString& folder, const QString& split);

/** Every sample of a dataset folder in either format, all splits. */
Result<std::vector<Sample>> openDatasetSamples(const QString& folder);

}  // namespace rrsis
