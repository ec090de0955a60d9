#pragma once
#include <QPointF>
#include <QRect>

#include "tools/abstracttool.h"

namespace rrsis::ui {

/**
 * Draws the area of interest for queries (R): drag a rectangle; a click without dragging
 * clears it. Afterwards the previous tool comes back.
 */
class AoiTool : public AbstractTool {
  Q_OBJECT

 public:
  explicit AoiTool(ToolManager* manager);
  QString statusTip() const override;
  void deactivate() override { dragging_ = false; }
  bool mousePressed(QMouseEvent* event) override;
  bool mouseMoved(QMouseEvent* event) override;
  bool mouseReleased(QMouseEvent* event) override;
  void paint(QPainter& painter) override;

 Q_SIGNALS:
  /** The user finished drawing (level-0 pixels; empty: the area was cleared). */
  void drawn(const QRect& area);

 private:
  bool dragging_ = false;
  QPointF start_;  // scene
  QPointF hover_;  // widget
};

}  // namespace rrsis::ui
