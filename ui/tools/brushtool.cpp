#include "tools/brushtool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include "annotation/annotationdocument.h"
#include "tiledview.h"
#include "tools/toolmanager.h"

namespace rrsis::ui {

BrushTool::BrushTool(bool erase, ToolManager* manager)
    : AbstractTool(erase ? tr("Eraser") : tr("Brush"),
                   QIcon::fromTheme(erase ? QStringLiteral("draw-eraser") : QStringLiteral("draw-brush")),
                   QKeySequence(erase ? Qt::Key_E : Qt::Key_B), manager),
      erase_(erase) {
  connect(manager, &ToolManager::brushRadiusChanged, this, [this] { Q_EMIT statusTipChanged(statusTip()); });
}

QString BrushTool::statusTip() const {
  const QString size = tr("radius %1 px ([ and ] change it)").arg(manager()->brushRadius(), 0, 'f', 1);
  return erase_ ? tr("Eraser: drag to erase from the selected annotation; %1.").arg(size)
                : tr("Brush: drag to paint the selected annotation (a new one when none is selected); Ctrl erases; %1.")
                      .arg(size);
}

void BrushTool::deactivate() {
  finish();
  hovering_ = false;
}

void BrushTool::finish() {
  if (dragging_ && manager()->document()) manager()->document()->endGesture();
  dragging_ = false;
}

bool BrushTool::mousePressed(QMouseEvent* event) {
  AnnotationDocument* doc = manager()->document();
  if (event->button() != Qt::LeftButton || !doc) return false;
  target_ = manager()->editTarget();
  if (!target_) return true;
  erasing_ = erase_ || (event->modifiers() & Qt::ControlModifier);
  dragging_ = true;
  last_ = manager()->view()->viewToImage(event->position());
  doc->beginGesture();
  doc->paintStroke(target_, {last_}, manager()->brushRadius(), erasing_);
  return true;
}

bool BrushTool::mouseMoved(QMouseEvent* event) {
  hover_ = event->position();
  hovering_ = true;
  if (dragging_ && manager()->document()) {
    const QPointF now = manager()->view()->viewToImage(event->position());
    manager()->document()->paintStroke(target_, {last_, now}, manager()->brushRadius(), erasing_);
    last_ = now;
  }
  repaint();
  return dragging_;
}

bool BrushTool::mouseReleased(QMouseEvent* event) {
  if (!dragging_ || event->button() != Qt::LeftButton) return false;
  finish();
  return true;
}

bool BrushTool::keyPressed(QKeyEvent* event) {
  if (event->key() == Qt::Key_BracketLeft) {
    manager()->setBrushRadius(manager()->brushRadius() / 1.25);
    return true;
  }
  if (event->key() == Qt::Key_BracketRight) {
    manager()->setBrushRadius(manager()->brushRadius() * 1.25);
    return true;
  }
  return false;
}

void BrushTool::pointerLeft() {
  hovering_ = false;
  repaint();
}

void BrushTool::paint(QPainter& p) {
  if (!hovering_) return;
  // The outline at the current zoom: what a dab would cover.
  const TiledView* view = manager()->view();
  const double r = manager()->brushRadius() * view->zoom() / view->devicePixelRatioF();
  p.setRenderHint(QPainter::Antialiasing, true);
  p.setBrush(Qt::NoBrush);
  p.setPen(QPen(QColor(0, 0, 0, 200), 3));
  p.drawEllipse(hover_, r, r);
  p.setPen(QPen(erase_ ? QColor(0xff, 0x70, 0x70) : QColor(Qt::white), 1.5));
  p.drawEllipse(hover_, r, r);
  p.setRenderHint(QPainter::Antialiasing, false);
}

}  // namespace rrsis::ui
