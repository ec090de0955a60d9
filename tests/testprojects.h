#pragma once
// Comparing projects in tests: every scene, annotation property and mask pixel.
#include <QString>

namespace rrsis {
class Project;
}

namespace rrsis::test {

/** The first difference between two projects (scenes, annotations, masks), or "" when equal. */
QString projectDifference(const Project& expected, const Project& actual);

}  // namespace rrsis::test
