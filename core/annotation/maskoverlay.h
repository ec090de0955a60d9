#pragma once
#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSize>

#include "inference/probabilitymap.h"

namespace rrsis {

/**
 * Draws the mask of a probability map (probability >= threshold) as it appears in a view:
 * `imageRect` (level-0 scene pixels) is shown on `size` device pixels. The mask is filled
 * with `colour` at `fillOpacity` and outlined at full strength so thin objects stay visible.
 * Pixels outside the map are transparent. Nearest-neighbour sampling: mask pixels stay
 * crisp at any zoom and line up with image pixels.
 */
QImage renderMaskOverlay(const ProbabilityMap& map, double threshold, const QColor& colour,
                         double fillOpacity, const QRectF& imageRect, const QSize& size);

}  // namespace rrsis
