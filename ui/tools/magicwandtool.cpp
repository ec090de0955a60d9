#include "tools/magicwandtool.h"

#include <cmath>

#include <QMouseEvent>

#include "annotation/annotationdocument.h"
#include "raster/regionreader.h"
#include "raster/scene.h"
#include "tiledview.h"
#include "tools/toolmanager.h"

namespace rrsis::ui {

namespace {
constexpr int kWindow = 2048;  // the wand sees at most this many pixels across
}

MagicWandTool::MagicWandTool(ToolManager* manager)
    : AbstractTool(tr("Magic Wand"), QIcon::fromTheme(QStringLiteral("tool-magic-wand")), QKeySequence(Qt::Key_W),
                   manager) {
  connect(manager, &ToolManager::wandToleranceChanged, this, [this] { Q_EMIT statusTipChanged(statusTip()); });
}

QString MagicWandTool::statusTip() const {
  return tr("Magic Wand: click to add the region of similar colour (tolerance %1), Ctrl+click to remove it.")
      .arg(manager()->wandTolerance());
}

bool MagicWandTool::mousePressed(QMouseEvent* event) {
  Scene* scene = manager()->scene();
  if (event->button() != Qt::LeftButton || !scene || !manager()->document()) return false;
  const QPointF at = manager()->view()->viewToImage(event->position());
  const QPoint seed(int(std::floor(at.x())), int(std::floor(at.y())));
  const QRect whole(0, 0, scene->info().width, scene->info().height);
  if (!whole.contains(seed)) return true;
  const QRect window = QRect(seed - QPoint(kWindow / 2, kWindow / 2), QSize(kWindow, kWindow)).intersected(whole);
  auto image = readRegionRgb(*scene->source(), scene->mapping(), window, window.size());
  if (!image) {
    Q_EMIT manager()->message(tr("The magic wand cannot read the image: %1").arg(image.error()));
    return true;
  }
  if (const int target = manager()->editTarget())
    manager()->document()->magicWand(target, *image, window, seed, manager()->wandTolerance(),
                                     event->modifiers() & Qt::ControlModifier);
  return true;
}

}  // namespace rrsis::ui
