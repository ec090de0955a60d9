#pragma once
#include <QUndoCommand>
#include <QVariant>

#include "annotation/annotationdocument.h"

namespace rrsis {

/**
 * The generic property change (visibility, opacity, threshold, colour, category, split).
 * Changes of one property of one annotation within one gesture (a slider drag) merge;
 * merging stops when the gesture ends.
 */
class ChangeAnnotationValue : public QUndoCommand {
 public:
  ChangeAnnotationValue(AnnotationDocument* document, int annotationId, AnnotationDocument::Property property,
                        QVariant before, QVariant after, const QString& text, int serial);
  void redo() override;
  void undo() override;
  int id() const override;
  bool mergeWith(const QUndoCommand* other) override;

 private:
  AnnotationDocument* document_;
  int annotation_;
  AnnotationDocument::Property property_;
  QVariant before_, after_;
  int serial_;
};

}  // namespace rrsis
