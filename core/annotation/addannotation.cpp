#include "annotation/addannotation.h"

#include <QCoreApplication>

#include "annotation/annotationdocument.h"

namespace rrsis {

AddAnnotation::AddAnnotation(AnnotationDocument* document, Annotation annotation, QUndoCommand* parent)
    : QUndoCommand(QCoreApplication::translate("AnnotationDocument", "Add “%1”").arg(annotation.expression), parent),
      document_(document), annotation_(std::move(annotation)) {}

void AddAnnotation::redo() {
  if (index_ < 0)
    index_ = document_->count();
  document_->insertAt(index_, annotation_);
}

void AddAnnotation::undo() { annotation_ = document_->takeAt(index_); }

}  // namespace rrsis
