#pragma once
#include <memory>
#include <vector>

#include <QObject>
#include <QPointF>
#include <QRect>
#include <QSize>
#include <QVariant>

#include "annotation/annotation.h"

class QUndoCommand;
class QUndoStack;

namespace rrsis {

/**
 * The annotations of one scene and their undo history, in drawing order (last on top).
 * Owns the annotations and a QUndoStack; every change is one undo command pushed by one of
 * the methods below (tools and docks call them, they never build commands themselves). One
 * gesture (a brush drag, a slider drag, between beginGesture and endGesture) is one undo step.
 * Lives in the GUI thread; views, docks and the recovery journal listen to its signals.
 */
class AnnotationDocument : public QObject {
  Q_OBJECT

 public:
  /** The properties that change through the generic ChangeAnnotationValue command. */
  enum class Property { Visible, Opacity, Threshold, Colour, Category, Split };
  /** The whole-mask operations of the editing menu. */
  enum class MaskOperation { FillHoles, RemoveSmallRegions, Grow, Shrink, KeepLargest, Clear };

  explicit AnnotationDocument(QSize sceneSize, QObject* parent = nullptr);
  ~AnnotationDocument() override;

  QSize sceneSize() const { return sceneSize_; }
  QUndoStack* undoStack() const { return undo_; }
  int count() const { return int(annotations_.size()); }
  const Annotation& at(int index) const { return annotations_[size_t(index)]; }
  int indexOf(int id) const;
  const Annotation* find(int id) const;
  /** The id the next added annotation gets. */
  int nextId() const { return nextId_; }

  // Undoable changes. Each returns quietly when the id is unknown or nothing would change.
  /** Adds on top; gives it a fresh id (returned), a distinct colour and a creation time if unset. */
  int addAnnotation(Annotation annotation);
  void removeAnnotation(int id);
  /** A copy on top of the original, named "… (copy)"; returns its id. */
  int duplicateAnnotation(int id);
  /** Joins `other`'s mask into `id`'s (as a hand edit) and removes `other`: one undo step. */
  void mergeAnnotations(int id, int other);
  void setExpression(int id, const QString& expression);
  void setVisible(int id, bool visible);
  void setOpacity(int id, double opacity);
  void setThreshold(int id, double threshold);
  void setColour(int id, const QColor& colour);
  void setCategory(int id, const QString& category);
  void setSplit(int id, Split split);
  /** A new model answer for the annotation (re-run): hand edits are kept. */
  void replacePrediction(int id, const ProbabilityMap& map, const Provenance& provenance);

  // Mask edits (undoable). Geometry in scene pixels.
  /** A round brush along `points`; `erase` clears instead of painting. */
  void paintStroke(int id, const std::vector<QPointF>& points, double radius, bool erase);
  /** Adds (or with `subtract` removes) the inside of a closed polygon or lasso. */
  void fillPolygon(int id, const std::vector<QPointF>& polygon, bool subtract);
  /**
   * Adds (or removes) the region around `seed` whose colour on `image` (RGB8 or gray,
   * covering `area` of the scene) is within `tolerance` of the seed's.
   */
  void magicWand(int id, const cv::Mat& image, const QRect& area, QPoint seed, int tolerance, bool subtract);
  /** One of the whole-mask operations; `parameter` is N for RemoveSmallRegions, Grow, Shrink. */
  void applyMaskOperation(int id, MaskOperation operation, int parameter = 0);
  /** Replaces the mask over `rect` by `mask` (CV_8U, non-zero set), as a hand edit. */
  void setMask(int id, const QRect& rect, const cv::Mat& mask, const QString& text);

  /** Commands pushed between these two merge into one undo step (a drag). */
  void beginGesture();
  void endGesture();

  /** Removes everything without undo (a document that is being replaced). */
  void clear();
  /** Adds annotations as they were saved, ids kept, without undo (loading a project). */
  void restore(std::vector<Annotation> annotations);

  // Used by the undo commands only.
  void insertAt(int index, Annotation annotation);
  Annotation takeAt(int index);
  void assign(int id, Property property, const QVariant& value);
  void assignExpression(int id, const QString& expression);
  /** Sets tiles of the added / erased masks; announces the changed region. */
  void assignTiles(int id, const TiledMask::TileMap& added, const TiledMask::TileMap& erased, int handEdits);
  void assignPrediction(int id, const ProbabilityMap& map, const Provenance& provenance);
  /** The merge id of the current gesture, or a fresh one outside a gesture. */
  int gestureSerial();

 Q_SIGNALS:
  void annotationAdded(int id);
  void annotationRemoved(int id);
  /** A property other than the mask changed (expression, colour, visibility, ...). */
  void annotationChanged(int id);
  /** Pixels of the mask changed inside `region` (scene pixels); also after a threshold change. */
  void maskChanged(int id, const QRect& region);
  void cleared();

 private:
  Annotation* findMutable(int id);
  void push(QUndoCommand* command);
  /**
   * Applies `edit(mask, area)` to the mask over `rect` and pushes the difference as a
   * PaintMask. A `local` edit (whose pixels do not depend on the buffer) runs chunk by chunk.
   */
  template <class Edit>
  void editMask(int id, const QRect& rect, const QString& text, Edit edit, bool local = false);

  QSize sceneSize_;
  std::vector<Annotation> annotations_;
  QUndoStack* undo_;
  int nextId_ = 1;
  int serial_ = 0;
  bool inGesture_ = false;
  int lastEditSerial_ = -1, lastEditId_ = 0, lastEditBefore_ = 0;  // the gesture being painted
};

}  // namespace rrsis
