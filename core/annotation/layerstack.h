#pragma once
#include <vector>

#include <QColor>
#include <QDateTime>
#include <QObject>
#include <QString>

#include "inference/probabilitymap.h"

class QUndoStack;

namespace rrsis {

/** One predicted annotation: a probability map shown as a coloured mask. A value type. */
struct AnnotationLayer {
  int id = 0;
  QString expression;  ///< also the layer's name
  ProbabilityMap map;
  QColor colour;
  double opacity = 0.45;
  bool visible = true;
  double threshold = 0.5;  ///< foreground where probability >= threshold
  // Provenance.
  QString model;
  QString device;
  bool tiled = false;
  double seconds = 0;
  QDateTime created;
};

/**
 * The annotation layers of one scene, in drawing order (last on top). Owns the layers and a
 * QUndoStack; every change is one undo command (opacity and threshold drags merge into one
 * step per layer). Lives in the GUI thread. Views and docks listen to the signals.
 */
class LayerStack : public QObject {
  Q_OBJECT

 public:
  enum class Property { Visible, Opacity, Threshold, Colour };

  explicit LayerStack(QObject* parent = nullptr);
  ~LayerStack() override;

  QUndoStack* undoStack() const { return undo_; }
  int count() const { return int(layers_.size()); }
  const AnnotationLayer& at(int index) const { return layers_[size_t(index)]; }
  /** Index of the layer with `id`, or -1. */
  int indexOf(int id) const;
  const AnnotationLayer* find(int id) const;

  /** Adds a layer on top (undoable); gives it a fresh id and a distinct colour if unset. */
  int addLayer(AnnotationLayer layer);
  /** Removes a layer (undoable: undo brings it back with its probability map). */
  void removeLayer(int id);
  void setVisible(int id, bool visible);
  void setOpacity(int id, double opacity);
  void setThreshold(int id, double threshold);
  void setColour(int id, const QColor& colour);
  /** Removes every layer without undo (a new scene). */
  void clear();

  /** A colour not used by the current layers, from a palette that reads well on imagery. */
  QColor nextColour() const;

  // Used by the undo commands only.
  void insertAt(int index, AnnotationLayer layer);
  AnnotationLayer takeAt(int index);
  void assign(int id, Property property, const QVariant& value);

 Q_SIGNALS:
  void layerAdded(int id);
  void layerRemoved(int id);
  void layerChanged(int id);
  void cleared();

 private:
  std::vector<AnnotationLayer> layers_;
  QUndoStack* undo_;
  int nextId_ = 1;
};

}  // namespace rrsis
