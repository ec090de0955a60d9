#include "layersdock.h"

#include <cmath>

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSlider>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "annotation/annotationdocument.h"
#include "annotationlistmodel.h"

namespace rrsis::ui {

namespace {
QSlider* percentSlider(QWidget* parent) {
  auto* s = new QSlider(Qt::Horizontal, parent);
  s->setRange(0, 100);
  s->setPageStep(5);
  return s;
}

QToolButton* button(const QString& text, const QString& tip, QWidget* parent) {
  auto* b = new QToolButton(parent);
  b->setText(text);
  b->setToolTip(tip);
  return b;
}
}  // namespace

LayersDock::LayersDock(QWidget* parent) : QDockWidget(tr("Layers"), parent), model_(new AnnotationListModel(this)) {
  setObjectName(QStringLiteral("layersDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  list_ = new QListView(body);
  list_->setObjectName(QStringLiteral("layerList"));
  list_->setModel(model_);
  list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  list_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
  layout->addWidget(list_, 1);
  buildEditors(body);
  setWidget(body);

  connect(list_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
    updateEditors();
    Q_EMIT currentLayerChanged(currentLayer());
  });
  connect(list_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateEditors(); });
  connect(model_, &QAbstractItemModel::dataChanged, this, [this] { updateEditors(); });
  connect(model_, &QAbstractItemModel::modelReset, this, [this] { updateEditors(); });
  updateEditors();
}

void LayersDock::connectSlider(QSlider* slider, void (AnnotationDocument::*set)(int, double)) {
  // One drag is one undo step: the document merges the changes between press and release.
  connect(slider, &QSlider::sliderPressed, this, [this] {
    if (document_) document_->beginGesture();
  });
  connect(slider, &QSlider::sliderReleased, this, [this] {
    if (document_) document_->endGesture();
  });
  connect(slider, &QSlider::valueChanged, this, [this, set](int v) {
    if (!updating_ && document_ && currentLayer()) (document_->*set)(currentLayer(), v / 100.0);
  });
}

void LayersDock::buildEditors(QWidget* body) {
  auto* layout = static_cast<QVBoxLayout*>(body->layout());
  auto* form = new QFormLayout;
  opacity_ = percentSlider(body);
  opacityValue_ = new QLabel(body);
  auto* orow = new QHBoxLayout;
  orow->addWidget(opacity_, 1);
  orow->addWidget(opacityValue_);
  form->addRow(tr("Opacity:"), orow);
  threshold_ = percentSlider(body);
  threshold_->setRange(1, 99);
  threshold_->setToolTip(
      tr("Pixels whose probability reaches the threshold belong to the mask. "
         "Changes apply at once, without running the model again; hand edits stay."));
  thresholdValue_ = new QLabel(body);
  auto* trow = new QHBoxLayout;
  trow->addWidget(threshold_, 1);
  trow->addWidget(thresholdValue_);
  form->addRow(tr("Threshold:"), trow);
  split_ = new QComboBox(body);
  split_->addItem(tr("Unassigned"), int(Split::Unassigned));
  split_->addItem(tr("Train"), int(Split::Train));
  split_->addItem(tr("Validation"), int(Split::Val));
  split_->addItem(tr("Test"), int(Split::Test));
  form->addRow(tr("Split:"), split_);
  category_ = new QLineEdit(body);
  category_->setPlaceholderText(tr("e.g. vehicle, building, road"));
  colour_ = button(tr("Colour…"), tr("Choose the annotation's colour"), body);
  auto* crow = new QHBoxLayout;
  crow->addWidget(category_, 1);
  crow->addWidget(colour_);
  form->addRow(tr("Category:"), crow);
  layout->addLayout(form);
  details_ = new QLabel(body);
  details_->setWordWrap(true);
  details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(details_);
  auto* buttons = new QHBoxLayout;
  remove_ = button(tr("Remove"), tr("Remove the selected annotations (Delete)"), body);
  remove_->setShortcut(QKeySequence::Delete);
  duplicate_ = button(tr("Duplicate"), tr("Copy the selected annotation"), body);
  merge_ = button(tr("Merge"), tr("Join the masks of the selected annotations into the current one"), body);
  rerun_ = button(tr("Run Again"),
                  tr("Run the model again on the expression, over the current view; hand edits are kept"), body);
  for (QToolButton* b : {remove_, duplicate_, merge_, rerun_}) buttons->addWidget(b);
  buttons->addStretch(1);
  layout->addLayout(buttons);

  connectSlider(opacity_, &AnnotationDocument::setOpacity);
  connectSlider(threshold_, &AnnotationDocument::setThreshold);
  connect(split_, &QComboBox::activated, this, [this] {
    if (!updating_ && document_ && currentLayer())
      document_->setSplit(currentLayer(), Split(split_->currentData().toInt()));
  });
  connect(category_, &QLineEdit::editingFinished, this, [this] {
    if (!updating_ && document_ && currentLayer()) document_->setCategory(currentLayer(), category_->text());
  });
  connect(colour_, &QToolButton::clicked, this, [this] {
    const Annotation* a = document_ && currentLayer() ? document_->find(currentLayer()) : nullptr;
    if (!a) return;
    const QColor c = QColorDialog::getColor(a->colour, this, tr("Annotation Colour"));
    if (c.isValid()) document_->setColour(a->id, c);
  });
  connect(remove_, &QToolButton::clicked, this, [this] {
    if (!document_) return;
    const QList<int> ids = selectedLayers();
    if (ids.size() > 1) document_->undoStack()->beginMacro(tr("Remove %n Annotation(s)", nullptr, int(ids.size())));
    for (int id : ids) document_->removeAnnotation(id);
    if (ids.size() > 1) document_->undoStack()->endMacro();
  });
  connect(duplicate_, &QToolButton::clicked, this, [this] {
    if (document_ && currentLayer()) selectLayer(document_->duplicateAnnotation(currentLayer()));
  });
  connect(merge_, &QToolButton::clicked, this, [this] {
    const int into = currentLayer();
    if (!document_ || !into) return;
    for (int id : selectedLayers())
      if (id != into) document_->mergeAnnotations(into, id);
    selectLayer(into);
  });
  connect(rerun_, &QToolButton::clicked, this, [this] {
    if (currentLayer()) Q_EMIT rerunRequested(currentLayer());
  });
}

void LayersDock::setDocument(AnnotationDocument* document) {
  if (document_) disconnect(document_, nullptr, this, nullptr);
  document_ = document;
  model_->setDocument(document);
  if (document_) {
    connect(document_, &AnnotationDocument::annotationAdded, this, [this](int id) { selectLayer(id); });
    // Hand edits change the edit count shown in the details.
    connect(document_, &AnnotationDocument::maskChanged, this, [this](int id) {
      if (id == currentLayer()) updateEditors();
    });
  }
  if (model_->rowCount() > 0)
    list_->selectionModel()->setCurrentIndex(model_->index(0), QItemSelectionModel::ClearAndSelect);
  updateEditors();
}

int LayersDock::currentLayer() const {
  const QModelIndex i = list_->currentIndex();
  return i.isValid() ? model_->idAt(i.row()) : 0;
}

QList<int> LayersDock::selectedLayers() const {
  QList<int> ids;
  for (const QModelIndex& i : list_->selectionModel()->selectedRows()) ids << model_->idAt(i.row());
  if (ids.isEmpty() && currentLayer()) ids << currentLayer();
  return ids;
}

void LayersDock::selectLayer(int id) {
  const int row = model_->rowOf(id);
  if (row >= 0) list_->selectionModel()->setCurrentIndex(model_->index(row), QItemSelectionModel::ClearAndSelect);
}

void LayersDock::updateEditors() {
  const Annotation* a = document_ && currentLayer() ? document_->find(currentLayer()) : nullptr;
  for (QWidget* w :
       std::initializer_list<QWidget*>{opacity_, threshold_, split_, category_, colour_, remove_, duplicate_, rerun_})
    w->setEnabled(a != nullptr);
  threshold_->setEnabled(a && !a->probability.isEmpty());
  rerun_->setEnabled(a && !a->expression.isEmpty());
  merge_->setEnabled(a && selectedLayers().size() > 1);
  const bool was = updating_;
  updating_ = true;
  opacity_->setValue(a ? int(std::lround(a->opacity * 100)) : 45);
  threshold_->setValue(a ? int(std::lround(a->threshold * 100)) : 50);
  opacityValue_->setText(QStringLiteral("%1 %").arg(opacity_->value()));
  thresholdValue_->setText(QString::number(threshold_->value() / 100.0, 'f', 2));
  split_->setCurrentIndex(a ? split_->findData(int(a->split)) : 0);
  if (!category_->hasFocus()) category_->setText(a ? a->category : QString());
  if (a) {
    const Provenance& p = a->provenance;
    details_->setText(p.model.isEmpty()
                          ? tr("Drawn by hand · edited %n time(s)", nullptr, p.handEdits)
                          : tr("%1 · %2 x %3 px at (%4, %5) · %6 · %7 s · edited %n time(s)", nullptr, p.handEdits)
                                .arg(p.mode)
                                .arg(p.region.width())
                                .arg(p.region.height())
                                .arg(p.region.x())
                                .arg(p.region.y())
                                .arg(p.model)
                                .arg(p.seconds, 0, 'f', 2));
  } else {
    details_->setText(tr("Type an expression in the Find bar (Ctrl+L) to add a layer, or paint with the Brush (B)."));
  }
  updating_ = was;
}

}  // namespace rrsis::ui
