#pragma once
#include <cstdint>
#include <functional>
#include <list>
#include <map>
#include <tuple>

#include <QImage>
#include <QObject>
#include <QRect>

class QPainter;

namespace rrsis {
class AnnotationDocument;
}

namespace rrsis::ui {

class TiledView;

/**
 * Draws a document's annotations over the view from cached overlay tiles, like the imagery:
 * a tile covers 256 x 2^k scene pixels rendered at 256 x 256 (k picked from the zoom so the
 * tile is never coarser than the screen), all visible annotations composited bottom to top.
 * An edit re-renders only the tiles its region touches; tiles are made within a time budget
 * per paint (the rest follow on the next turns of the event loop, a coarser tile standing in).
 * GUI thread; owned by the view.
 */
class OverlayCache : public QObject {
  Q_OBJECT

 public:
  explicit OverlayCache(QObject* parent = nullptr);

  /** The document to draw (not owned; may be null). */
  void setDocument(AnnotationDocument* document);
  /** Draws the overlays for `view`'s current zoom and position. */
  void paint(QPainter& painter, const TiledView& view);
  /** Drops every tile. */
  void clear();
  /** False while tiles of the last paint are still to be made (they follow shortly). */
  bool isComplete() const { return !pending_; }
  /** Tiles rendered since the start (benchmarks and tests). */
  std::uint64_t rendered() const { return rendered_; }

 Q_SIGNALS:
  /** Something drawn changed: the view repaints. */
  void changed();

 private:
  using Key = std::tuple<int, int, int>;  // level k, tile x, tile y
  struct Entry {
    QImage image;  // null: nothing to draw there
    std::list<Key>::iterator lru;
  };
  static double tileSpan(int k);
  QImage render(int k, int tx, int ty);
  void invalidate(const QRect& region);
  void invalidateAnnotation(int id);
  const QImage& tile(int k, int tx, int ty);
  /** Draws the nearest coarser tile already made into `target` (a placeholder). */
  void drawCoarser(QPainter& p, int k, int tx, int ty, const QRectF& target,
                   const std::function<QRectF(const QRectF&)>& snapped);

  AnnotationDocument* document_ = nullptr;
  std::map<Key, Entry> tiles_;
  std::list<Key> lru_;            // most recent first
  std::map<int, QRect> extents_;  // coarse extent of each annotation, as last drawn
  std::uint64_t rendered_ = 0;
  bool pending_ = false;
};

}  // namespace rrsis::ui
