#include "annotation/setprediction.h"

#include "annotation/annotationdocument.h"

namespace rrsis {

SetPrediction::SetPrediction(AnnotationDocument* document, int annotationId, ProbabilityMap beforeMap,
                             Provenance beforeProvenance, ProbabilityMap afterMap, Provenance afterProvenance,
                             const QString& text)
    : QUndoCommand(text),
      document_(document),
      annotation_(annotationId),
      beforeMap_(std::move(beforeMap)),
      afterMap_(std::move(afterMap)),
      before_(std::move(beforeProvenance)),
      after_(std::move(afterProvenance)) {}

void SetPrediction::redo() { document_->assignPrediction(annotation_, afterMap_, after_); }

void SetPrediction::undo() { document_->assignPrediction(annotation_, beforeMap_, before_); }

}  // namespace rrsis
