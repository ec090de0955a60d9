#pragma once
#include "tools/abstracttool.h"

namespace rrsis::ui {

/**
 * Magic wand (W): a click adds the connected region whose displayed colour is within the
 * tolerance of the clicked pixel to the edited annotation; Ctrl+click removes it. The
 * colours are the ones on screen (the scene's display mapping), read at full resolution in
 * a window of up to 2048 pixels around the click.
 */
class MagicWandTool : public AbstractTool {
  Q_OBJECT

 public:
  explicit MagicWandTool(ToolManager* manager);
  QString statusTip() const override;
  bool mousePressed(QMouseEvent* event) override;
};

}  // namespace rrsis::ui
