#pragma once
#include <QDockWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QSlider;
class QToolButton;

namespace rrsis {
class LayerStack;
}

namespace rrsis::ui {

/**
 * Lists the annotation layers (name = expression, colour swatch, visibility checkbox) and
 * edits the selected one: opacity, and the threshold that re-cuts the mask from the stored
 * probability map live, without running the model again. Every change goes through the
 * LayerStack (undoable); the dock only listens to its signals.
 */
class LayersDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit LayersDock(QWidget* parent = nullptr);
  void setLayers(LayerStack* layers);
  /** Id of the selected layer, or 0. */
  int currentLayer() const;
  void selectLayer(int id);
  QSlider* thresholdSlider() const { return threshold_; }
  QSlider* opacitySlider() const { return opacity_; }

 private:
  void rebuild();
  void refreshItem(int id);
  void updateEditors();
  QListWidgetItem* itemFor(int id) const;

  LayerStack* layers_ = nullptr;
  QListWidget* list_;
  QSlider* opacity_;
  QSlider* threshold_;
  QLabel* opacityValue_;
  QLabel* thresholdValue_;
  QLabel* details_;
  QToolButton* remove_;
  bool updating_ = false;
};

}  // namespace rrsis::ui
