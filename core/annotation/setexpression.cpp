#include "annotation/setexpression.h"

#include <QCoreApplication>

#include "annotation/annotationdocument.h"

namespace rrsis {

SetExpression::SetExpression(AnnotationDocument* document, int annotationId, QString before, QString after)
    : QUndoCommand(QCoreApplication::translate("AnnotationDocument", "Rename “%1” to “%2”").arg(before, after)),
      document_(document), annotation_(annotationId), before_(std::move(before)), after_(std::move(after)) {}

void SetExpression::redo() { document_->assignExpression(annotation_, after_); }

void SetExpression::undo() { document_->assignExpression(annotation_, before_); }

}  // namespace rrsis
