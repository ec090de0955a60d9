#pragma once
#include <memory>
#include <vector>

#include <QString>

namespace rrsis {
class Project;
}

namespace rrsis::ui {

/**
 * A copy of a project that a worker thread can read, or import into, while the analyst goes on
 * editing: the same scenes and annotations (mask tiles are shared, copy on write), no undo
 * history. Made and destroyed on the GUI thread; owned by the caller.
 */
std::shared_ptr<Project> snapshotProject(const Project& project);

/**
 * Moves what an import added to a snapshot into the live project: scenes the snapshot gained
 * are added, and the annotations beyond each scene's first `before[scene]` go into the live
 * scene of the same file, one undo step per scene named `undoText`. Returns how many
 * annotations moved. GUI thread.
 */
int mergeImported(Project& live, const Project& snapshot, const std::vector<int>& before, const QString& undoText);

}  // namespace rrsis::ui
