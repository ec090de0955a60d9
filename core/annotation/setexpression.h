#pragma once
#include <QUndoCommand>

namespace rrsis {

class AnnotationDocument;

/** Renames an annotation: its expression is also its name in the Layers dock. */
class SetExpression : public QUndoCommand {
 public:
  SetExpression(AnnotationDocument* document, int annotationId, QString before, QString after);
  void redo() override;
  void undo() override;

 private:
  AnnotationDocument* document_;
  int annotation_;
  QString before_, after_;
};

}  // namespace rrsis
