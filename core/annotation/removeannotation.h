#pragma once
#include <memory>

#include <QUndoCommand>

#include "annotation/annotation.h"

namespace rrsis {

class AnnotationDocument;

/** Removes an annotation; the command owns it while removed, and undo puts it back in place. */
class RemoveAnnotation : public QUndoCommand {
 public:
  RemoveAnnotation(AnnotationDocument* document, int id, QUndoCommand* parent = nullptr);
  void redo() override;
  void undo() override;

 private:
  AnnotationDocument* document_;
  int id_;
  int index_ = -1;
  std::unique_ptr<Annotation> removed_;
};

}  // namespace rrsis
