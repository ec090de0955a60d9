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

/**
 * Whether the expression places its target in the image (left, top, northern, middle,
 * corner, ...): cropping such an image can make the expression false, so the augmentation
 * does not crop it.
 */
bool mentionsPosition(const QString& expression);

}  // namespace rrsis
