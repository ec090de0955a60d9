#include "annotation/addannotation.h"

#include <QCoreApplication>

#include "annotation/annotationdocument.h"

namespace rrsis {

namespace {

struct AnnotationDocumentText {
  Q_DECLARE_TR_FUNCTIONS(AnnotationDocument)
};

}  // namespace

AddAnnotation::AddAnnotation(AnnotationDocument* document, Annotation annotation, QUndoCommand* parent)
    : QUndoCommand(AnnotationDocumentText::tr("Add “%1”").arg(annotation.expression), parent),
      document_(document),
      annotation_(std::move(annotation)) {}

void AddAnnotation::redo() {
  if (index_ < 0) index_ = document_->count();
  document_->insertAt(index_, annotation_);
}

void AddAnnotation::undo() { annotation_ = document_->takeAt(index_); }

}  // namespace rrsis
