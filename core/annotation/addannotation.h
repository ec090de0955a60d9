#pragma once
#include <QUndoCommand>

#include "annotation/annotation.h"

namespace rrsis {

class AnnotationDocument;

/** Adds an annotation on top of a document's stack. Holds the annotation while undone. */
class AddAnnotation : public QUndoCommand {
 public:
  AddAnnotation(AnnotationDocument* document, Annotation annotation, QUndoCommand* parent = nullptr);
  void redo() override;
  void undo() override;

 private:
  AnnotationDocument* document_;
  Annotation annotation_;
  int index_ = -1;
};

}  // namespace rrsis
