#include "tools/abstracttool.h"

#include "tiledview.h"
#include "tools/toolmanager.h"

namespace rrsis::ui {

AbstractTool::AbstractTool(const QString& name, const QIcon& icon, const QKeySequence& shortcut, ToolManager* manager)
    : QObject(manager), name_(name), icon_(icon), shortcut_(shortcut), manager_(manager) {}

void AbstractTool::repaint() { manager_->view()->update(); }

}  // namespace rrsis::ui
