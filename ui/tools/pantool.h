#pragma once
#include <QPoint>

#include "tools/abstracttool.h"

namespace rrsis::ui {

/** Moves the picture: drag with the left button (the middle button and Space pan with every tool). */
class PanTool : public AbstractTool {
  Q_OBJECT

 public:
  explicit PanTool(ToolManager* manager);
  QString statusTip() const override;
  QCursor cursor() const override { return Qt::OpenHandCursor; }
  bool mousePressed(QMouseEvent* event) override;
  bool mouseMoved(QMouseEvent* event) override;
  bool mouseReleased(QMouseEvent* event) override;
  void deactivate() override { dragging_ = false; }

 private:
  bool dragging_ = false;
  QPoint last_;
};

}  // namespace rrsis::ui
