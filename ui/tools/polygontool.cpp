#include "tools/polygontool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>

#include "annotation/annotationdocument.h"
#include "tiledview.h"
#include "tools/toolmanager.h"

namespace rrsis::ui {

PolygonTool::PolygonTool(ToolManager* manager)
    : AbstractTool(tr("Polygon / Lasso"), QIcon::fromTheme(QStringLiteral("draw-polygon")), QKeySequence(Qt::Key_P),
                   manager) {}

QString PolygonTool::statusTip() const {
  if (points_.empty())
    return tr(
        "Polygon / Lasso: click vertices or drag freehand; Enter or double-click adds the shape, "
        "Ctrl+Enter or Ctrl+double-click subtracts it; Esc cancels.");
  return tr("%n vertex(es); Enter or double-click closes (Ctrl subtracts), Backspace removes the last, Esc cancels.",
            nullptr, int(points_.size()));
}

void PolygonTool::deactivate() {
  points_.clear();
  dragging_ = false;
}

bool PolygonTool::mousePressed(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !manager()->document()) return false;
  points_.push_back(manager()->view()->viewToImage(event->position()));
  dragging_ = true;
  Q_EMIT statusTipChanged(statusTip());
  repaint();
  return true;
}

bool PolygonTool::mouseMoved(QMouseEvent* event) {
  hover_ = event->position();
  if (dragging_) {
    // Freehand: a vertex whenever the pointer has moved a few screen pixels.
    const QPointF scene = manager()->view()->viewToImage(event->position());
    const QPointF lastOnScreen = manager()->view()->imageToView(points_.back());
    if ((event->position() - lastOnScreen).manhattanLength() >= 3) points_.push_back(scene);
  }
  if (!points_.empty()) repaint();
  return dragging_;
}

bool PolygonTool::mouseReleased(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !dragging_) return false;
  dragging_ = false;
  Q_EMIT statusTipChanged(statusTip());
  return true;
}

bool PolygonTool::mouseDoubleClicked(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || points_.empty()) return false;
  close(event->modifiers() & Qt::ControlModifier);
  return true;
}

bool PolygonTool::keyPressed(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
      if (points_.empty()) return false;
      close(event->modifiers() & Qt::ControlModifier);
      return true;
    case Qt::Key_Escape:
      if (points_.empty()) return false;
      points_.clear();
      break;
    case Qt::Key_Backspace:
      if (points_.empty()) return false;
      points_.pop_back();
      break;
    default:
      return false;
  }
  Q_EMIT statusTipChanged(statusTip());
  repaint();
  return true;
}

void PolygonTool::close(bool subtract) {
  std::vector<QPointF> shape;
  shape.swap(points_);
  dragging_ = false;
  // A double-click also pressed twice at one spot: drop repeated vertices.
  shape.erase(std::unique(shape.begin(), shape.end(),
                          [](const QPointF& a, const QPointF& b) { return (a - b).manhattanLength() < 1e-6; }),
              shape.end());
  if (shape.size() >= 3) {
    if (const int target = manager()->editTarget()) manager()->document()->fillPolygon(target, shape, subtract);
  } else {
    Q_EMIT manager()->message(tr("A polygon needs at least three vertices."));
  }
  Q_EMIT statusTipChanged(statusTip());
  repaint();
}

void PolygonTool::paint(QPainter& p) {
  if (points_.empty()) return;
  QPolygonF poly;
  for (const QPointF& s : points_) poly << manager()->view()->imageToView(s);
  poly << hover_;
  p.setRenderHint(QPainter::Antialiasing, true);
  p.setPen(QPen(QColor(0, 0, 0, 200), 3));
  p.drawPolyline(poly);
  p.setPen(QPen(QColor(0xff, 0xd6, 0x00), 1.5, Qt::DashLine));
  p.drawPolyline(poly);
  p.setPen(QPen(Qt::black, 1));
  p.setBrush(QColor(0xff, 0xd6, 0x00));
  if (points_.size() < 200)
    for (int i = 0; i + 1 < poly.size(); ++i) p.drawRect(QRectF(poly[i] - QPointF(2.5, 2.5), QSizeF(5, 5)));
  p.setRenderHint(QPainter::Antialiasing, false);
}

}  // namespace rrsis::ui
