#pragma once
#include <QCursor>
#include <QIcon>
#include <QKeySequence>
#include <QObject>
#include <QString>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace rrsis::ui {

class ToolManager;

/**
 * A way of turning gestures on the tiled view into document calls (Tiled's AbstractTool):
 * the view hands the active tool its mouse and key events. Tools never touch masks or push
 * undo commands; they call AnnotationDocument methods. Owned by the ToolManager.
 */
class AbstractTool : public QObject {
  Q_OBJECT

 public:
  AbstractTool(const QString& name, const QIcon& icon, const QKeySequence& shortcut, ToolManager* manager);

  const QString& name() const { return name_; }
  const QIcon& icon() const { return icon_; }
  const QKeySequence& shortcut() const { return shortcut_; }
  /** A line for the status bar: what the tool does and its keys. */
  virtual QString statusTip() const = 0;
  /** The cursor over the view while the tool is active. */
  virtual QCursor cursor() const { return Qt::CrossCursor; }

  /** Called when the tool becomes the active one. */
  virtual void activate() {}
  /** Called when another tool takes over: drop any half-made gesture. */
  virtual void deactivate() {}

  // Input from the view (widget coordinates). Return true when the event was used.
  virtual bool mousePressed(QMouseEvent* event) { return false; }
  virtual bool mouseMoved(QMouseEvent* event) { return false; }
  virtual bool mouseReleased(QMouseEvent* event) { return false; }
  virtual bool mouseDoubleClicked(QMouseEvent* event) { return false; }
  virtual bool keyPressed(QKeyEvent* event) { return false; }
  /** Called when the pointer leaves the view. */
  virtual void pointerLeft() {}
  /** Draws the tool's preview (brush outline, polygon in progress) over the view. */
  virtual void paint(QPainter& painter) {}

 Q_SIGNALS:
  /** The status tip changed (a brush size, a vertex count). */
  void statusTipChanged(const QString& tip);

 protected:
  ToolManager* manager() const { return manager_; }
  /** Asks the view to repaint (the preview changed). */
  void repaint();

 private:
  QString name_;
  QIcon icon_;
  QKeySequence shortcut_;
  ToolManager* manager_;
};

}  // namespace rrsis::ui
