#include "dataset/datasetfolder.h"

#include <QDir>
#include <QFileInfo>

#include "dataset/refsegrs.h"
#include "dataset/rrsisd.h"

namespace rrsis {

QString datasetFormat(const QString& folder) {
  return QFileInfo::exists(QDir(folder).filePath(QStringLiteral("instances.json"))) ? QStringLiteral("rrsisd")
                                                                                    : QStringLiteral("refsegrs");
}

Result<std::vector<Sample>> openDatasetSplit(const QString& folder, const QString& split) {
  if (datasetFormat(folder) == QLatin1String("rrsisd")) {
    auto dataset = RrsisdDataset::open(folder);
    if (!dataset) return Result<std::vector<Sample>>::failure(dataset.error());
    return dataset->split(split);
  }
  auto dataset = RefSegRsDataset::open(folder, {split});
  if (!dataset) return Result<std::vector<Sample>>::failure(dataset.error());
  return dataset->split(split);
}

Result<std::vector<Sample>> openDatasetSamples(const QString& folder) {
  if (datasetFormat(folder) == QLatin1String("rrsisd")) {
    auto dataset = RrsisdDataset::open(folder);
    if (!dataset) return Result<std::vector<Sample>>::failure(dataset.error());
    return dataset->samples();
  }
  auto dataset = RefSegRsDataset::open(folder);
  if (!dataset) return Result<std::vector<Sample>>::failure(dataset.error());
  return dataset->samples();
}

}  // namespace rrsis
