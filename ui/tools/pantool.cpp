#include "tools/pantool.h"

#include <QMouseEvent>

#include "tiledview.h"
#include "tools/toolmanager.h"

namespace rrsis::ui {

PanTool::PanTool(ToolManager* manager)
    : AbstractTool(tr("Pan"), QIcon::fromTheme(QStringLiteral("transform-move")), QKeySequence(Qt::Key_H), manager) {}

QString PanTool::statusTip() const {
  return tr("Pan: drag to move the picture (Space or the middle button pans with any tool).");
}

bool PanTool::mousePressed(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return false;
  dragging_ = true;
  last_ = event->position().toPoint();
  manager()->view()->setCursor(Qt::ClosedHandCursor);
  return true;
}

bool PanTool::mouseMoved(QMouseEvent* event) {
  if (!dragging_) return false;
  const QPoint pos = event->position().toPoint();
  manager()->view()->panBy(pos - last_);
  last_ = pos;
  return true;
}

bool PanTool::mouseReleased(QMouseEvent* event) {
  if (!dragging_ || event->button() != Qt::LeftButton) return false;
  dragging_ = false;
  manager()->view()->setCursor(cursor());
  return true;
}

}  // namespace rrsis::ui
