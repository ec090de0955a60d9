#include "annotation/paintmask.h"

#include "annotation/annotationdocument.h"
#include "annotation/mergeids.h"

namespace rrsis {

PaintMask::PaintMask(AnnotationDocument* document, int annotationId, const QString& text, Tiles before, Tiles after,
                     int handEditsBefore, int serial)
    : QUndoCommand(text),
      document_(document),
      annotation_(annotationId),
      before_(std::move(before)),
      after_(std::move(after)),
      handEditsBefore_(handEditsBefore),
      serial_(serial) {}

void PaintMask::redo() { document_->assignTiles(annotation_, after_.added, after_.erased, handEditsBefore_ + 1); }

void PaintMask::undo() { document_->assignTiles(annotation_, before_.added, before_.erased, handEditsBefore_); }

int PaintMask::id() const { return int(MergeId::PaintMask); }

bool PaintMask::mergeWith(const QUndoCommand* other) {
  const auto* o = static_cast<const PaintMask*>(other);
  if (o->annotation_ != annotation_ || o->serial_ != serial_) return false;
  // The earliest "before" of every tile stays; the latest "after" wins.
  auto join = [](TiledMask::TileMap& before, TiledMask::TileMap& after, const TiledMask::TileMap& otherBefore,
                 const TiledMask::TileMap& otherAfter) {
    for (const auto& [index, tile] : otherBefore)
      before.emplace(index, tile);  // no effect when this command already touched the tile
    for (const auto& [index, tile] : otherAfter) after[index] = tile;
  };
  join(before_.added, after_.added, o->before_.added, o->after_.added);
  join(before_.erased, after_.erased, o->before_.erased, o->after_.erased);
  return true;  // both counted the gesture from the same count: one gesture is one edit
}

}  // namespace rrsis
