#pragma once
#include <functional>

#include <QList>
#include <QObject>

class QAction;
class QSpinBox;
class QToolBar;
class QWidget;

namespace rrsis::ui {

class AoiTool;
class ToolManager;
class TiledView;

/**
 * The editing tools and actions: Pan, Brush, Eraser, Polygon / Lasso, Magic Wand and the
 * area of interest, a tool bar with them and the brush size and wand tolerance, and the
 * whole-mask operations on the selected annotation (fill holes, remove small regions, grow,
 * shrink, keep largest, clear). Actions call document methods; nothing here edits masks.
 */
class EditTools : public QObject {
  Q_OBJECT

 public:
  EditTools(TiledView* view, QWidget* window);

  ToolManager* manager() const { return manager_; }
  AoiTool* aoiTool() const { return aoi_; }
  QToolBar* toolBar() const { return toolBar_; }
  const QList<QAction*>& toolActions() const { return toolActions_; }
  const QList<QAction*>& maskActions() const { return maskActions_; }
  /** Enables what needs an annotation to work on. */
  void updateActions();
  QSpinBox* brushSize() const { return brushSize_; }

 private:
  void createMaskActions();
  /** Asks for N (quietly returns `fallback` in tests); 0 when cancelled. */
  int askPixels(const QString& title, const QString& label, int fallback, int maximum);

  QWidget* window_;
  ToolManager* manager_;
  AoiTool* aoi_;
  QToolBar* toolBar_;
  QSpinBox* brushSize_;
  QSpinBox* tolerance_;
  QList<QAction*> toolActions_;
  QList<QAction*> maskActions_;
};

}  // namespace rrsis::ui
