#pragma once
#include <QUndoCommand>

#include "annotation/annotation.h"

namespace rrsis {

class AnnotationDocument;

/** Replaces an annotation's model answer (a re-run); its hand edits stay as they are. */
class SetPrediction : public QUndoCommand {
 public:
  SetPrediction(AnnotationDocument* document, int annotationId, ProbabilityMap beforeMap, Provenance beforeProvenance,
                ProbabilityMap afterMap, Provenance afterProvenance, const QString& text);
  void redo() override;
  void undo() override;

 private:
  AnnotationDocument* document_;
  int annotation_;
  ProbabilityMap beforeMap_, afterMap_;
  Provenance before_, after_;
};

}  // namespace rrsis
