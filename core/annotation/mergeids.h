#pragma once

namespace rrsis {

/**
 * The merge ids of the annotation undo commands (QUndoCommand::id): commands with the same
 * id and the same gesture serial merge into one undo step. One enum so no two collide.
 */
enum class MergeId : int {
  PaintMask = 1001,
  ChangeAnnotationValue = 1002,
};

}  // namespace rrsis
