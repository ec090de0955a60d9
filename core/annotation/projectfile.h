#pragma once
#include <memory>

#include <QString>
#include <QStringList>

#include "util/result.h"

namespace rrsis {

class Project;

/** What loading a project found that the user should know, though the project opened. */
struct ProjectLoadReport {
  QStringList missingScenes;  ///< scene files that are not where the project says (absolute paths)
  QStringList changedScenes;  ///< scene files whose size or time changed since they were annotated
  QStringList warnings;       ///< anything else (a missing probability map, ...)
};

/**
 * The `.rrsisproj` file: JSON with a format version ("rrsis-project/1"), scenes by path
 * relative to the project with a size/time fingerprint, their annotations (see
 * annotationjson), the model bundles used and the view state. Probability maps are stored
 * as deflate-compressed GeoTIFFs in `<name>.rrsisdata/probability/<id>.tif` beside it,
 * written once (a map never changes) and removed when no annotation uses them any more.
 */
namespace projectfile {

constexpr int kFormatVersion = 1;

/** The side folder of a project file. */
QString dataFolder(const QString& projectPath);
/** The project as JSON (paths relative to `projectPath`'s folder). */
QByteArray toJson(const Project& project, const QString& projectPath);
/**
 * Saves atomically (the file is complete or untouched): probability maps first, then the
 * JSON through the safe-write helper, then stale maps are removed. Does not change the
 * project (the caller marks it saved and sets its file name).
 */
Status save(const Project& project, const QString& path);
/** Loads a project; a clear message for a file that is damaged or from a newer version. */
Result<std::unique_ptr<Project>> load(const QString& path, ProjectLoadReport* report = nullptr);

}  // namespace projectfile
}  // namespace rrsis
