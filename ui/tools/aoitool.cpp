#include "tools/aoitool.h"

#include <cmath>

#include <QMouseEvent>
#include <QPainter>

#include "raster/scene.h"
#include "tiledview.h"
#include "tools/toolmanager.h"

namespace rrsis::ui {

AoiTool::AoiTool(ToolManager* manager)
    : AbstractTool(tr("Area of Interest"), QIcon::fromTheme(QStringLiteral("select-rectangular")),
                   QKeySequence(Qt::Key_R), manager) {}

QString AoiTool::statusTip() const {
  return tr("Area of interest: drag a rectangle for the next queries; a click clears it.");
}

bool AoiTool::mousePressed(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !manager()->scene()) return false;
  dragging_ = true;
  start_ = manager()->view()->viewToImage(event->position());
  hover_ = event->position();
  return true;
}

bool AoiTool::mouseMoved(QMouseEvent* event) {
  hover_ = event->position();
  if (dragging_) repaint();
  return dragging_;
}

bool AoiTool::mouseReleased(QMouseEvent* event) {
  if (!dragging_ || event->button() != Qt::LeftButton) return false;
  dragging_ = false;
  TiledView* view = manager()->view();
  const QRectF r = QRectF(start_, view->viewToImage(event->position())).normalized();
  const Scene* scene = manager()->scene();
  const QRect whole(0, 0, scene->info().width, scene->info().height);
  const QRect pixels = QRect(QPoint(int(std::floor(r.left())), int(std::floor(r.top()))),
                             QPoint(int(std::ceil(r.right())) - 1, int(std::ceil(r.bottom())) - 1))
                           .intersected(whole);
  // A click without a drag clears the area.
  const QRect area = (r.width() * view->zoom() < 4 || r.height() * view->zoom() < 4) ? QRect() : pixels;
  view->setAreaOfInterest(area);
  Q_EMIT drawn(area);
  if (manager()->previousTool() && manager()->previousTool() != this)
    manager()->setActiveTool(manager()->previousTool());
  return true;
}

void AoiTool::paint(QPainter& p) {
  if (!dragging_) return;
  const QRectF frame = QRectF(manager()->view()->imageToView(start_), hover_).normalized();
  p.setPen(QPen(Qt::black, 3));
  p.drawRect(frame);
  p.setPen(QPen(QColor(0xff, 0xd6, 0x00), 1.5, Qt::DashLine));
  p.drawRect(frame);
}

}  // namespace rrsis::ui
