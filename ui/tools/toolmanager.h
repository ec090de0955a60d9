#pragma once
#include <functional>
#include <vector>

#include <QObject>

class QAction;
class QActionGroup;

namespace rrsis {
class AnnotationDocument;
class Scene;
}  // namespace rrsis

namespace rrsis::ui {

class AbstractTool;
class AoiTool;
class TiledView;

/**
 * Owns the editing tools, knows the active one and what they work on: the view, the current
 * scene and its annotation document, and the annotation edits go to. Each tool has a
 * checkable action (with its shortcut) in one exclusive group. Brush size and wand tolerance
 * live here so every tool and the options bar share them. GUI thread; owned by the window.
 */
class ToolManager : public QObject {
  Q_OBJECT

 public:
  explicit ToolManager(TiledView* view, QObject* parent = nullptr);
  ~ToolManager() override;

  TiledView* view() const { return view_; }
  AnnotationDocument* document() const { return document_; }
  void setDocument(AnnotationDocument* document);
  Scene* scene() const { return scene_; }
  void setScene(Scene* scene);

  /**
   * Where edits go: `selected` returns the annotation chosen in the Layers dock (0: none),
   * `create` makes a new one (named from the Find bar) and returns its id.
   */
  void setTargets(std::function<int()> selected, std::function<int()> create);
  /** The annotation an edit goes to, created when none is selected; 0 without a document. */
  int editTarget();
  /** The selected annotation, never created; 0 when none. */
  int selectedTarget() const;

  /** Registers a tool (the manager owns it) and makes its action. */
  QAction* addTool(AbstractTool* tool);
  const std::vector<AbstractTool*>& tools() const { return tools_; }
  AbstractTool* activeTool() const { return active_; }
  /** The tool that was active before the current one (to return to after a one-off tool). */
  AbstractTool* previousTool() const { return previous_; }
  void setActiveTool(AbstractTool* tool);
  /** Finds a tool by name (tests). */
  AbstractTool* tool(const QString& name) const;
  QAction* action(AbstractTool* tool) const;

  /** Brush radius in scene pixels. */
  double brushRadius() const { return brushRadius_; }
  void setBrushRadius(double radius);
  int wandTolerance() const { return wandTolerance_; }
  void setWandTolerance(int tolerance);

 Q_SIGNALS:
  void activeToolChanged(rrsis::ui::AbstractTool* tool);
  void brushRadiusChanged(double radius);
  void wandToleranceChanged(int tolerance);
  /** A tool could not do what was asked (no scene, the imagery could not be read). */
  void message(const QString& text);

 private:
  TiledView* view_;
  AnnotationDocument* document_ = nullptr;
  Scene* scene_ = nullptr;
  std::function<int()> selected_, create_;
  std::vector<AbstractTool*> tools_;
  std::vector<QAction*> actions_;
  QActionGroup* group_;
  AbstractTool* active_ = nullptr;
  AbstractTool* previous_ = nullptr;
  double brushRadius_ = 8;
  int wandTolerance_ = 24;
};

}  // namespace rrsis::ui
