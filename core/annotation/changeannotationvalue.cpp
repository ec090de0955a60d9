#include "annotation/changeannotationvalue.h"

#include "annotation/mergeids.h"

namespace rrsis {

ChangeAnnotationValue::ChangeAnnotationValue(AnnotationDocument* document, int annotationId,
                                             AnnotationDocument::Property property, QVariant before, QVariant after,
                                             const QString& text, int serial)
    : QUndoCommand(text),
      document_(document),
      annotation_(annotationId),
      property_(property),
      before_(std::move(before)),
      after_(std::move(after)),
      serial_(serial) {}

void ChangeAnnotationValue::redo() { document_->assign(annotation_, property_, after_); }

void ChangeAnnotationValue::undo() { document_->assign(annotation_, property_, before_); }

int ChangeAnnotationValue::id() const { return int(MergeId::ChangeAnnotationValue); }

bool ChangeAnnotationValue::mergeWith(const QUndoCommand* other) {
  const auto* o = static_cast<const ChangeAnnotationValue*>(other);
  if (o->annotation_ != annotation_ || o->property_ != property_ || o->serial_ != serial_) return false;
  after_ = o->after_;
  setObsolete(after_ == before_);  // dragged back to where it started: no step at all
  return true;
}

}  // namespace rrsis
