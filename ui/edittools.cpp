#include "edittools.h"

#include <cmath>

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QSpinBox>
#include <QToolBar>

#include "annotation/annotationdocument.h"
#include "tools/aoitool.h"
#include "tools/brushtool.h"
#include "tools/magicwandtool.h"
#include "tools/pantool.h"
#include "tools/polygontool.h"
#include "tools/toolmanager.h"

namespace rrsis::ui {

EditTools::EditTools(TiledView* view, QWidget* window)
    : QObject(window), window_(window), manager_(new ToolManager(view, this)), aoi_(new AoiTool(manager_)) {
  toolBar_ = new QToolBar(tr("Tools"), window);
  toolBar_->setObjectName(QStringLiteral("toolsToolBar"));
  toolBar_->setToolButtonStyle(Qt::ToolButtonTextOnly);
  for (AbstractTool* t : std::initializer_list<AbstractTool*>{new PanTool(manager_), new BrushTool(false, manager_),
                                                              new BrushTool(true, manager_), new PolygonTool(manager_),
                                                              new MagicWandTool(manager_)}) {
    QAction* a = manager_->addTool(t);
    toolActions_ << a;
    toolBar_->addAction(a);
  }
  toolActions_ << manager_->addTool(aoi_);
  toolBar_->addSeparator();
  toolBar_->addWidget(new QLabel(tr(" Brush: "), toolBar_));
  brushSize_ = new QSpinBox(toolBar_);
  brushSize_->setObjectName(QStringLiteral("brushSize"));
  brushSize_->setRange(1, 500);
  brushSize_->setSuffix(tr(" px"));
  brushSize_->setToolTip(tr("Brush radius in image pixels ([ and ] change it)"));
  brushSize_->setValue(int(std::lround(manager_->brushRadius())));
  toolBar_->addWidget(brushSize_);
  toolBar_->addWidget(new QLabel(tr(" Tolerance: "), toolBar_));
  tolerance_ = new QSpinBox(toolBar_);
  tolerance_->setRange(0, 255);
  tolerance_->setToolTip(tr("Magic wand: how far a colour may be from the clicked one (0-255 per channel)"));
  tolerance_->setValue(manager_->wandTolerance());
  toolBar_->addWidget(tolerance_);
  connect(brushSize_, &QSpinBox::valueChanged, manager_, [this](int v) {
    if (std::lround(manager_->brushRadius()) != v) manager_->setBrushRadius(v);
  });
  connect(manager_, &ToolManager::brushRadiusChanged, brushSize_, [this](double r) {
    const QSignalBlocker block(brushSize_);
    brushSize_->setValue(int(std::lround(r)));
  });
  connect(tolerance_, &QSpinBox::valueChanged, manager_, &ToolManager::setWandTolerance);
  createMaskActions();
}

int EditTools::askPixels(const QString& title, const QString& label, int fallback, int maximum) {
  bool ok = false;
  const int n = QInputDialog::getInt(window_, title, label, fallback, 1, maximum, 1, &ok);
  return ok ? n : 0;
}

void EditTools::createMaskActions() {
  using Op = AnnotationDocument::MaskOperation;
  struct Spec {
    QString text;
    Op op;
    QString ask;  // empty: no parameter
    int fallback;
  };
  const Spec specs[] = {
      {tr("Fill &Holes"), Op::FillHoles, {}, 0},
      {tr("Remove &Small Regions…"), Op::RemoveSmallRegions, tr("Remove regions smaller than (pixels):"), 50},
      {tr("&Grow…"), Op::Grow, tr("Grow the mask by (pixels):"), 2},
      {tr("Shrin&k…"), Op::Shrink, tr("Shrink the mask by (pixels):"), 2},
      {tr("Keep &Largest Region"), Op::KeepLargest, {}, 0},
      {tr("&Clear Mask"), Op::Clear, {}, 0},
  };
  for (const Spec& s : specs) {
    auto* a = new QAction(s.text, this);
    connect(a, &QAction::triggered, this, [this, s] {
      AnnotationDocument* d = manager_->document();
      const int id = manager_->selectedTarget();
      if (!id) return;
      int n = 0;
      if (!s.ask.isEmpty()) {
        QString title = s.text;
        title.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        n = askPixels(title, s.ask, s.fallback, s.op == Op::RemoveSmallRegions ? 100000000 : 500);
        if (n <= 0) return;
      }
      d->applyMaskOperation(id, s.op, n);
    });
    maskActions_ << a;
  }
}

void EditTools::updateActions() {
  const bool has = manager_->document() != nullptr;
  for (QAction* a : maskActions_) a->setEnabled(has);
  for (QAction* a : toolActions_) a->setEnabled(has);
}

}  // namespace rrsis::ui
