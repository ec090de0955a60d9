#include "annotation/layerstack.h"

#include <algorithm>

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace rrsis {

namespace {

enum MergeId { kMergeLayerProperty = 1001 };

class AddLayer : public QUndoCommand {
 public:
  AddLayer(LayerStack* stack, AnnotationLayer layer)
      : QUndoCommand(QCoreApplication::translate("LayerStack", "Add “%1”").arg(layer.expression)),
        stack_(stack), layer_(std::move(layer)) {}
  void redo() override {
    index_ = stack_->count();
    stack_->insertAt(index_, layer_);
  }
  void undo() override { layer_ = stack_->takeAt(index_); }

 private:
  LayerStack* stack_;
  AnnotationLayer layer_;
  int index_ = 0;
};

class RemoveLayer : public QUndoCommand {
 public:
  RemoveLayer(LayerStack* stack, int index)
      : QUndoCommand(QCoreApplication::translate("LayerStack", "Remove “%1”").arg(stack->at(index).expression)),
        stack_(stack), index_(index) {}
  void redo() override { layer_ = stack_->takeAt(index_); }
  void undo() override { stack_->insertAt(index_, layer_); }

 private:
  LayerStack* stack_;
  int index_;
  AnnotationLayer layer_;  // owned here while removed
};

class ChangeLayerProperty : public QUndoCommand {
 public:
  ChangeLayerProperty(LayerStack* stack, int id, LayerStack::Property p, QVariant before,
                      QVariant after, const QString& text)
      : QUndoCommand(text), stack_(stack), id_(id), property_(p), before_(std::move(before)),
        after_(std::move(after)) {}
  void redo() override { stack_->assign(id_, property_, after_); }
  void undo() override { stack_->assign(id_, property_, before_); }
  int id() const override { return kMergeLayerProperty; }
  bool mergeWith(const QUndoCommand* other) override {
    auto* o = static_cast<const ChangeLayerProperty*>(other);
    if (o->id_ != id_ || o->property_ != property_ || property_ == LayerStack::Property::Visible)
      return false;
    after_ = o->after_;
    return true;
  }

 private:
  LayerStack* stack_;
  int id_;
  LayerStack::Property property_;
  QVariant before_, after_;
};

}  // namespace

LayerStack::LayerStack(QObject* parent) : QObject(parent), undo_(new QUndoStack(this)) {}
LayerStack::~LayerStack() = default;

int LayerStack::indexOf(int id) const {
  for (size_t i = 0; i < layers_.size(); ++i)
    if (layers_[i].id == id) return int(i);
  return -1;
}

const AnnotationLayer* LayerStack::find(int id) const {
  const int i = indexOf(id);
  return i < 0 ? nullptr : &layers_[size_t(i)];
}

QColor LayerStack::nextColour() const {
  static const QRgb palette[] = {0xff00e5ff, 0xffff3d7f, 0xffffd600, 0xff76ff03, 0xffd500f9,
                                 0xffff9100, 0xff2979ff, 0xff1de9b6, 0xffff1744, 0xffc6ff00};
  const int n = int(sizeof(palette) / sizeof(palette[0]));
  for (int i = 0; i < n; ++i) {
    const QRgb c = palette[(nextId_ - 1 + i) % n];
    const bool used = std::any_of(layers_.begin(), layers_.end(),
                                  [c](const AnnotationLayer& l) { return l.colour.rgba() == c; });
    if (!used) return QColor::fromRgba(c);
  }
  return QColor::fromRgba(palette[(nextId_ - 1) % n]);
}

int LayerStack::addLayer(AnnotationLayer layer) {
  if (!layer.colour.isValid()) layer.colour = nextColour();
  layer.id = nextId_++;
  if (!layer.created.isValid()) layer.created = QDateTime::currentDateTime();
  const int id = layer.id;
  undo_->push(new AddLayer(this, std::move(layer)));
  return id;
}

void LayerStack::removeLayer(int id) {
  const int i = indexOf(id);
  if (i >= 0) undo_->push(new RemoveLayer(this, i));
}

void LayerStack::setVisible(int id, bool v) {
  const AnnotationLayer* l = find(id);
  if (!l || l->visible == v) return;
  undo_->push(new ChangeLayerProperty(this, id, Property::Visible, l->visible, v,
                                      v ? QCoreApplication::translate("LayerStack", "Show “%1”").arg(l->expression)
                                        : QCoreApplication::translate("LayerStack", "Hide “%1”").arg(l->expression)));
}

void LayerStack::setOpacity(int id, double v) {
  const AnnotationLayer* l = find(id);
  v = std::clamp(v, 0.0, 1.0);
  if (!l || l->opacity == v) return;
  undo_->push(new ChangeLayerProperty(this, id, Property::Opacity, l->opacity, v,
                                      QCoreApplication::translate("LayerStack", "Change Opacity of “%1”").arg(l->expression)));
}

void LayerStack::setThreshold(int id, double v) {
  const AnnotationLayer* l = find(id);
  v = std::clamp(v, 0.0, 1.0);
  if (!l || l->threshold == v) return;
  undo_->push(new ChangeLayerProperty(this, id, Property::Threshold, l->threshold, v,
                                      QCoreApplication::translate("LayerStack", "Change Threshold of “%1”").arg(l->expression)));
}

void LayerStack::setColour(int id, const QColor& v) {
  const AnnotationLayer* l = find(id);
  if (!l || l->colour == v || !v.isValid()) return;
  undo_->push(new ChangeLayerProperty(this, id, Property::Colour, l->colour, v,
                                      QCoreApplication::translate("LayerStack", "Change Colour of “%1”").arg(l->expression)));
}

void LayerStack::clear() {
  undo_->clear();
  layers_.clear();
  Q_EMIT cleared();
}

void LayerStack::insertAt(int index, AnnotationLayer layer) {
  index = std::clamp(index, 0, count());
  const int id = layer.id;
  layers_.insert(layers_.begin() + index, std::move(layer));
  Q_EMIT layerAdded(id);
}

AnnotationLayer LayerStack::takeAt(int index) {
  AnnotationLayer l = std::move(layers_[size_t(index)]);
  layers_.erase(layers_.begin() + index);
  Q_EMIT layerRemoved(l.id);
  return l;
}

void LayerStack::assign(int id, Property p, const QVariant& v) {
  const int i = indexOf(id);
  if (i < 0) return;
  AnnotationLayer& l = layers_[size_t(i)];
  switch (p) {
    case Property::Visible: l.visible = v.toBool(); break;
    case Property::Opacity: l.opacity = v.toDouble(); break;
    case Property::Threshold: l.threshold = v.toDouble(); break;
    case Property::Colour: l.colour = v.value<QColor>(); break;
  }
  Q_EMIT layerChanged(id);
}

}  // namespace rrsis
