#pragma once
#include <vector>

#include <QPointF>

#include "tools/abstracttool.h"

namespace rrsis::ui {

/**
 * Polygon and freehand lasso (P): click to place vertices or drag to draw freehand; Enter or
 * a double-click closes and fills the shape into the edited annotation, Ctrl held when it
 * closes subtracts it instead; Backspace removes the last vertex, Esc drops the shape.
 */
class PolygonTool : public AbstractTool {
  Q_OBJECT

 public:
  explicit PolygonTool(ToolManager* manager);
  QString statusTip() const override;
  void deactivate() override;
  bool mousePressed(QMouseEvent* event) override;
  bool mouseMoved(QMouseEvent* event) override;
  bool mouseReleased(QMouseEvent* event) override;
  bool mouseDoubleClicked(QMouseEvent* event) override;
  bool keyPressed(QKeyEvent* event) override;
  void paint(QPainter& painter) override;
  /** The vertices placed so far, in scene pixels (tests). */
  const std::vector<QPointF>& vertices() const { return points_; }

 private:
  void close(bool subtract);

  std::vector<QPointF> points_;  // scene pixels
  bool dragging_ = false;
  QPointF hover_;  // widget position
};

}  // namespace rrsis::ui
