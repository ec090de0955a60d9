#include "annotation/removeannotation.h"

#include <QCoreApplication>

#include "annotation/annotationdocument.h"

namespace rrsis {

namespace {

struct AnnotationDocumentText {
  Q_DECLARE_TR_FUNCTIONS(AnnotationDocument)
};

}  // namespace

RemoveAnnotation::RemoveAnnotation(AnnotationDocument* document, int id, QUndoCommand* parent)
    : QUndoCommand(parent), document_(document), id_(id) {
  const Annotation* a = document->find(id);
  setText(AnnotationDocumentText::tr("Remove “%1”").arg(a ? a->expression : QString()));
}

void RemoveAnnotation::redo() {
  index_ = document_->indexOf(id_);
  if (index_ >= 0) removed_ = std::make_unique<Annotation>(document_->takeAt(index_));
}

void RemoveAnnotation::undo() {
  if (removed_) {
    document_->insertAt(index_, std::move(*removed_));
    removed_.reset();
  }
}

}  // namespace rrsis
