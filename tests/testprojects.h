#pragma once
// Comparing projects in tests: every scene, annotation property and mask pixel.
#include <functional>

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

/**
 * Runs `work` in a forked child whose files may not grow past `bytes` (a full disk, with
 * SIGXFSZ ignored so writes fail with EFBIG) and returns the child's exit code (`work`'s
 * result), or -1 when the child did not exit normally.
 */
int exitCodeUnderFileSizeLimit(long bytes, const std::function<int()>& work);

}  // namespace rrsis::test
