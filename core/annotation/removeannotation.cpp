#include "annotation/removeannotation.h"

#include <QCoreApplication>

#include "annotation/annotationdocument.h"

namespace rrsis {

RemoveAnnotation::RemoveAnnotation(AnnotationDocument* document, int id, QUndoCommand* parent)
    : QUndoCommand(parent), document_(document), id_(id) {
  const Annotation* a = document->find(id);
  setText(QCoreApplication::translate("AnnotationDocument", "Remove “%1”").arg(a ? a->expression : QString()));
}

void RemoveAnnotation::redo() {
  index_ = document_->indexOf(id_);
  if (index_ >= 0)
    removed_ = std::make_unique<Annotation>(document_->takeAt(index_));
}

void RemoveAnnotation::undo() {
  if (removed_) {
    document_->insertAt(index_, std::move(*removed_));
    removed_.reset();
  }
}

}  // namespace rrsis
