#include "annotation/setexpression.h"

#include <QCoreApplication>

#include "annotation/annotationdocument.h"

namespace rrsis {

namespace {

struct AnnotationDocumentText {
  Q_DECLARE_TR_FUNCTIONS(AnnotationDocument)
};

}  // namespace

SetExpression::SetExpression(AnnotationDocument* document, int annotationId, QString before, QString after)
    : QUndoCommand(AnnotationDocumentText::tr("Rename “%1” to “%2”").arg(before, after)),
      document_(document),
      annotation_(annotationId),
      before_(std::move(before)),
      after_(std::move(after)) {}

void SetExpression::redo() { document_->assignExpression(annotation_, after_); }

void SetExpression::undo() { document_->assignExpression(annotation_, before_); }

}  // namespace rrsis
