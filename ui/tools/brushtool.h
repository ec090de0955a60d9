#pragma once
#include <QPointF>

#include "tools/abstracttool.h"

namespace rrsis::ui {

/**
 * Paints (Brush, B) or erases (Eraser, E) a round brush on the edited annotation; one drag
 * is one undo step. The brush radius is in scene pixels ([ and ] change it) and its outline
 * follows the cursor at the current zoom. Ctrl turns the brush into the eraser for one drag.
 */
class BrushTool : public AbstractTool {
  Q_OBJECT

 public:
  BrushTool(bool erase, ToolManager* manager);
  QString statusTip() const override;
  QCursor cursor() const override { return Qt::CrossCursor; }
  void deactivate() override;
  bool mousePressed(QMouseEvent* event) override;
  bool mouseMoved(QMouseEvent* event) override;
  bool mouseReleased(QMouseEvent* event) override;
  bool keyPressed(QKeyEvent* event) override;
  void pointerLeft() override;
  void paint(QPainter& painter) override;

 private:
  void finish();

  bool erase_;
  bool dragging_ = false;
  bool erasing_ = false;  // this drag erases
  int target_ = 0;
  QPointF last_;   // scene position of the last sample
  QPointF hover_;  // widget position of the cursor
  bool hovering_ = false;
};

}  // namespace rrsis::ui
