#include "raster/tilerenderer.h"

#include <algorithm>
#include <cmath>

namespace rrsis {

Result<QImage> renderTile(const RasterSource& source, const LevelPlan& plan, const DisplayMapping& mapping, int level,
                          int tx, int ty) {
  const LevelPlan::Level& lv = plan.level(level);
  const QRect rect = plan.tileRect(level, tx, ty);
  Result<RasterBlock> block = RasterBlock();
  switch (lv.kind) {
    case LevelPlan::Kind::Direct: {
      ReadRequest req;
      req.level = lv.sourceLevel;
      req.window = rect;
      req.bands = mapping.readBands();
      block = source.read(req);
      break;
    }
    case LevelPlan::Kind::Resampled: {
      const LevelPlan::Level& src = plan.level(lv.sourceLevel);
      const QRectF r0 = plan.tileRectInLevel0(level, tx, ty);
      const double sx = double(src.size.width()) / plan.level(0).size.width();
      const double sy = double(src.size.height()) / plan.level(0).size.height();
      const int x0 = int(std::floor(r0.left() * sx)), y0 = int(std::floor(r0.top() * sy));
      const int x1 = std::min(src.size.width(), int(std::ceil(r0.right() * sx)));
      const int y1 = std::min(src.size.height(), int(std::ceil(r0.bottom() * sy)));
      ReadRequest req;
      req.level = lv.sourceLevel;
      req.window = QRect(x0, y0, std::max(1, x1 - x0), std::max(1, y1 - y0));
      req.outputSize = rect.size();
      req.bands = mapping.readBands();
      req.resampling = Resampling::Average;
      block = source.read(req);
      break;
    }
    case LevelPlan::Kind::Sparse: {
      const QSize grid(std::min(LevelPlan::kSparseGrid, rect.width()), std::min(LevelPlan::kSparseGrid, rect.height()));
      block = source.readSparse(plan.tileRectInLevel0(level, tx, ty), grid, mapping.readBands());
      break;
    }
  }
  if (!block) return Result<QImage>::failure(block.error());
  return mapping.render(*block);
}

}  // namespace rrsis
