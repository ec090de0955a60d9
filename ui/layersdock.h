#pragma once
#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSlider;
class QToolButton;

namespace rrsis {
class AnnotationDocument;
}

namespace rrsis::ui {

class AnnotationListModel;

/**
 * Lists the annotations of the current scene (top first: expression editable in place,
 * colour swatch, visibility, provenance as a tooltip) and edits the selected one: opacity,
 * the threshold that re-cuts the mask from the stored probabilities live, split, category
 * and colour; remove, duplicate, merge two, and run the model again on the expression.
 * Every change goes through the AnnotationDocument (undoable); a slider drag is one step.
 */
class LayersDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit LayersDock(QWidget* parent = nullptr);
  void setDocument(AnnotationDocument* document);
  /** Id of the selected annotation (the current one of a multiple selection), or 0. */
  int currentLayer() const;
  /** Ids of every selected annotation. */
  QList<int> selectedLayers() const;
  void selectLayer(int id);
  QSlider* thresholdSlider() const { return threshold_; }
  QListView* list() const { return list_; }

 Q_SIGNALS:
  /** The user asked to run the model again on an annotation's expression. */
  void rerunRequested(int id);
  /** The selection changed (tools edit the selected annotation). */
  void currentLayerChanged(int id);

 private:
  void buildEditors(QWidget* body);
  void updateEditors();
  void connectSlider(QSlider* slider, void (AnnotationDocument::*set)(int, double));

  AnnotationDocument* document_ = nullptr;
  AnnotationListModel* model_;
  QListView* list_;
  QSlider* opacity_;
  QSlider* threshold_;
  QLabel* opacityValue_;
  QLabel* thresholdValue_;
  QComboBox* split_;
  QLineEdit* category_;
  QToolButton* colour_;
  QLabel* details_;
  QToolButton* remove_;
  QToolButton* duplicate_;
  QToolButton* merge_;
  QToolButton* rerun_;
  bool updating_ = false;
};

}  // namespace rrsis::ui
