#pragma once
#include <QUndoCommand>

#include "annotation/tiledmask.h"

namespace rrsis {

class AnnotationDocument;

/**
 * A hand edit of an annotation's mask: the tiles of its added and erased masks before and
 * after, for the tiles the edit touched only (tiles are shared, so this costs no copies).
 * Successive edits of one gesture (a brush drag) merge into one undo step.
 */
class PaintMask : public QUndoCommand {
 public:
  struct Tiles {
    TiledMask::TileMap added, erased;  ///< by tile index; a null tile is an empty one
  };
  PaintMask(AnnotationDocument* document, int annotationId, const QString& text, Tiles before, Tiles after,
            int handEditsBefore, int serial);
  void redo() override;
  void undo() override;
  int id() const override;
  bool mergeWith(const QUndoCommand* other) override;

 private:
  AnnotationDocument* document_;
  int annotation_;
  Tiles before_, after_;
  int handEditsBefore_;
  int serial_;
};

}  // namespace rrsis
