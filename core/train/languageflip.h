#pragma once
#include <optional>

#include <QString>

namespace rrsis {

/** A mirror of an image: Horizontal swaps left and right, Vertical swaps top and bottom. */
enum class Flip { Horizontal, Vertical };

/**
 * The expression that describes the same object after the image is flipped: left <-> right,
 * east <-> west (and leftmost, left-hand, western, ...) for a horizontal flip; top <->
 * bottom, upper <-> lower, north <-> south, above <-> below for a vertical one; compass
 * corners (northeast) in both. Case is kept. Empty when the expression has a spatial word
 * whose mirror cannot be written (clockwise, ...): the flip must then be skipped.
 */
std::optional<QString> rewriteForFlip(const QString& expression, Flip flip);

}  // namespace rrsis
