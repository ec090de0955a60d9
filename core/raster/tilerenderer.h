#pragma once
#include <QImage>

#include "raster/displaymapping.h"
#include "raster/levelplan.h"
#include "raster/rastersource.h"
#include "util/result.h"

namespace rrsis {

/**
 * Reads and renders one display tile of a LevelPlan through a DisplayMapping. Thread-safe
 * (it only reads the source); called from the viewer's tile threads and from benchmarks.
 * The image covers the tile's rectangle; a sparse tile is a small image meant to be drawn
 * scaled up to that rectangle.
 */
Result<QImage> renderTile(const RasterSource& source, const LevelPlan& plan, const DisplayMapping& mapping, int level,
                          int tx, int ty);

}  // namespace rrsis
