#include "ui/layersdock.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include "annotation/layerstack.h"

namespace rrsis::ui {

namespace {

QIcon swatch(const QColor& c) {
  QPixmap pm(14, 14);
  pm.fill(Qt::transparent);
  QPainter p(&pm);
  p.setPen(QPen(Qt::black, 1));
  p.setBrush(c);
  p.drawRect(QRectF(0.5, 0.5, 13, 13));
  return QIcon(pm);
}

QSlider* percentSlider(QWidget* parent) {
  auto* s = new QSlider(Qt::Horizontal, parent);
  s->setRange(0, 100);
  s->setPageStep(5);
  return s;
}

}  // namespace

LayersDock::LayersDock(QWidget* parent) : QDockWidget(tr("Layers"), parent) {
  setObjectName(QStringLiteral("layersDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  list_ = new QListWidget(body);
  list_->setObjectName(QStringLiteral("layerList"));
  layout->addWidget(list_, 1);

  auto* form = new QFormLayout;
  opacity_ = percentSlider(body);
  opacityValue_ = new QLabel(body);
  auto* orow = new QHBoxLayout;
  orow->addWidget(opacity_, 1);
  orow->addWidget(opacityValue_);
  form->addRow(tr("Opacity:"), orow);
  threshold_ = percentSlider(body);
  threshold_->setRange(1, 99);
  threshold_->setToolTip(tr("Pixels whose probability reaches the threshold belong to the mask. "
                            "Changes apply at once, without running the model again."));
  thresholdValue_ = new QLabel(body);
  auto* trow = new QHBoxLayout;
  trow->addWidget(threshold_, 1);
  trow->addWidget(thresholdValue_);
  form->addRow(tr("Threshold:"), trow);
  layout->addLayout(form);
  details_ = new QLabel(body);
  details_->setWordWrap(true);
  details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(details_);
  remove_ = new QToolButton(body);
  remove_->setText(tr("Remove Layer"));
  remove_->setShortcut(QKeySequence::Delete);
  layout->addWidget(remove_, 0, Qt::AlignLeft);
  setWidget(body);

  connect(list_, &QListWidget::currentItemChanged, this, [this] { updateEditors(); });
  connect(list_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
    if (!updating_ && layers_)
      layers_->setVisible(item->data(Qt::UserRole).toInt(), item->checkState() == Qt::Checked);
  });
  connect(opacity_, &QSlider::valueChanged, this, [this](int v) {
    opacityValue_->setText(QStringLiteral("%1 %").arg(v));
    if (!updating_ && layers_ && currentLayer())
      layers_->setOpacity(currentLayer(), v / 100.0);
  });
  connect(threshold_, &QSlider::valueChanged, this, [this](int v) {
    thresholdValue_->setText(QString::number(v / 100.0, 'f', 2));
    if (!updating_ && layers_ && currentLayer())
      layers_->setThreshold(currentLayer(), v / 100.0);
  });
  connect(remove_, &QToolButton::clicked, this, [this] {
    if (layers_ && currentLayer())
      layers_->removeLayer(currentLayer());
  });
  updateEditors();
}

void LayersDock::setLayers(LayerStack* layers) {
  if (layers_)
    disconnect(layers_, nullptr, this, nullptr);
  layers_ = layers;
  if (layers_) {
    connect(layers_, &LayerStack::layerAdded, this, [this](int id) {
      rebuild();
      selectLayer(id);
    });
    connect(layers_, &LayerStack::layerRemoved, this, [this] { rebuild(); });
    connect(layers_, &LayerStack::cleared, this, [this] { rebuild(); });
    connect(layers_, &LayerStack::layerChanged, this, [this](int id) {
      refreshItem(id);
      if (id == currentLayer())
        updateEditors();
    });
  }
  rebuild();
}

int LayersDock::currentLayer() const {
  const QListWidgetItem* item = list_->currentItem();
  return item ? item->data(Qt::UserRole).toInt() : 0;
}

void LayersDock::selectLayer(int id) {
  if (QListWidgetItem* item = itemFor(id))
    list_->setCurrentItem(item);
}

QListWidgetItem* LayersDock::itemFor(int id) const {
  for (int i = 0; i < list_->count(); ++i)
    if (list_->item(i)->data(Qt::UserRole).toInt() == id)
      return list_->item(i);
  return nullptr;
}

void LayersDock::rebuild() {
  const int selected = currentLayer();
  updating_ = true;
  list_->clear();
  if (layers_) {
    // Top layer first, as in every layer panel.
    for (int i = layers_->count() - 1; i >= 0; --i) {
      auto* item = new QListWidgetItem(list_);
      item->setData(Qt::UserRole, layers_->at(i).id);
      item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    }
    for (int i = 0; i < list_->count(); ++i)
      refreshItem(list_->item(i)->data(Qt::UserRole).toInt());
  }
  updating_ = false;
  if (QListWidgetItem* item = itemFor(selected))
    list_->setCurrentItem(item);
  else if (list_->count() > 0)
    list_->setCurrentRow(0);
  updateEditors();
}

void LayersDock::refreshItem(int id) {
  QListWidgetItem* item = itemFor(id);
  const AnnotationLayer* l = layers_ ? layers_->find(id) : nullptr;
  if (!item || !l)
    return;
  const bool was = updating_;
  updating_ = true;
  item->setText(l->expression);
  item->setIcon(swatch(l->colour));
  item->setCheckState(l->visible ? Qt::Checked : Qt::Unchecked);
  item->setToolTip(tr("“%1” by %2 on %3 in %4 s").arg(l->expression, l->model, l->device)
                       .arg(l->seconds, 0, 'f', 2));
  updating_ = was;
}

void LayersDock::updateEditors() {
  const AnnotationLayer* l = layers_ && currentLayer() ? layers_->find(currentLayer()) : nullptr;
  for (QWidget* w : {static_cast<QWidget*>(opacity_), static_cast<QWidget*>(threshold_),
                     static_cast<QWidget*>(remove_)})
    w->setEnabled(l != nullptr);
  // Also called from inside rebuild() (the list emits currentItemChanged): keep its state.
  const bool was = updating_;
  updating_ = true;
  opacity_->setValue(l ? int(std::lround(l->opacity * 100)) : 45);
  threshold_->setValue(l ? int(std::lround(l->threshold * 100)) : 50);
  opacityValue_->setText(QStringLiteral("%1 %").arg(opacity_->value()));
  thresholdValue_->setText(QString::number(threshold_->value() / 100.0, 'f', 2));
  if (l) {
    const QRect r = l->map.region;
    details_->setText(tr("%1 · %2 x %3 px at (%4, %5) · %6 · %7 s")
                          .arg(l->tiled ? tr("tiled") : tr("single pass"))
                          .arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y())
                          .arg(l->model).arg(l->seconds, 0, 'f', 2));
  } else {
    details_->setText(tr("Type an expression in the Find bar (Ctrl+L) to add a layer."));
  }
  updating_ = was;
}

}  // namespace rrsis::ui
