#include "tools/toolmanager.h"

#include <algorithm>

#include <QAction>
#include <QActionGroup>

#include "annotation/annotationdocument.h"
#include "tiledview.h"
#include "tools/abstracttool.h"

namespace rrsis::ui {

ToolManager::ToolManager(TiledView* view, QObject* parent)
    : QObject(parent), view_(view), group_(new QActionGroup(this)) {
  group_->setExclusive(true);
}

ToolManager::~ToolManager() = default;

void ToolManager::setDocument(AnnotationDocument* document) {
  if (active_) active_->deactivate();  // a half-drawn polygon belongs to the old scene
  document_ = document;
  if (active_) active_->activate();
}

void ToolManager::setScene(Scene* scene) { scene_ = scene; }

void ToolManager::setTargets(std::function<int()> selected, std::function<int()> create) {
  selected_ = std::move(selected);
  create_ = std::move(create);
}

int ToolManager::editTarget() {
  if (!document_) return 0;
  const int id = selected_ ? selected_() : 0;
  if (id && document_->find(id)) return id;
  return create_ ? create_() : 0;
}

int ToolManager::selectedTarget() const {
  const int id = document_ && selected_ ? selected_() : 0;
  return id && document_->find(id) ? id : 0;
}

QAction* ToolManager::addTool(AbstractTool* tool) {
  tools_.push_back(tool);
  auto* a = new QAction(tool->icon(), tool->name(), this);
  a->setShortcut(tool->shortcut());
  a->setCheckable(true);
  a->setStatusTip(tool->statusTip());
  a->setToolTip(QStringLiteral("%1 (%2)").arg(tool->name(), tool->shortcut().toString(QKeySequence::NativeText)));
  group_->addAction(a);
  actions_.push_back(a);
  connect(a, &QAction::triggered, this, [this, tool] { setActiveTool(tool); });
  if (!active_) setActiveTool(tool);
  return a;
}

QAction* ToolManager::action(AbstractTool* tool) const {
  const auto it = std::find(tools_.begin(), tools_.end(), tool);
  return it == tools_.end() ? nullptr : actions_[size_t(it - tools_.begin())];
}

AbstractTool* ToolManager::tool(const QString& name) const {
  for (AbstractTool* t : tools_)
    if (t->name() == name) return t;
  return nullptr;
}

void ToolManager::setActiveTool(AbstractTool* tool) {
  if (tool == active_ || !tool) return;
  if (active_) active_->deactivate();
  previous_ = active_;
  active_ = tool;
  if (QAction* a = action(tool)) a->setChecked(true);
  active_->activate();
  view_->setCursor(active_->cursor());
  view_->update();
  Q_EMIT activeToolChanged(active_);
}

void ToolManager::setBrushRadius(double radius) {
  radius = std::clamp(radius, 0.5, 500.0);
  if (radius == brushRadius_) return;
  brushRadius_ = radius;
  view_->update();
  Q_EMIT brushRadiusChanged(radius);
}

void ToolManager::setWandTolerance(int tolerance) {
  tolerance = std::clamp(tolerance, 0, 255);
  if (tolerance == wandTolerance_) return;
  wandTolerance_ = tolerance;
  Q_EMIT wandToleranceChanged(tolerance);
}

}  // namespace rrsis::ui
