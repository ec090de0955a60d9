#pragma once
// Comparing projects in tests: every scene, annotation property and mask pixel.
#include <QString>

namespace rrsis {
class Project;
}

namespace rrsis::test {

/**
 * Writes `dir`/scene.tif (1800 x 600, georeferenced, a bright square every 600 px) and
 * `dir`/work.rrsisproj with `count` annotations "the bright square": apart (chips that do not
 * overlap, up to 3) or all of the first square; `paint` false leaves every mask empty.
 * Returns the project file, or "" on failure.
 */
QString writeSquaresProject(const QString& dir, int count, bool paint, bool apart);

/** The first difference between two projects (scenes, annotations, masks), or "" when equal. */
QString projectDifference(const Project& expected, const Project& actual);

}  // namespace rrsis::test
