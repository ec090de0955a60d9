#pragma once
#include <map>
#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QWidget>

#include "raster/tilecache.h"

namespace rrsis {
class AnnotationDocument;
class Scene;
}  // namespace rrsis

namespace rrsis::ui {

class OverlayCache;
class TileLoader;
class ToolManager;

/**
 * Shows a scene of any size as 256 px tiles taken from the overview level that matches the
 * zoom. Tiles load on a thread pool; until a tile arrives the view draws the best coarser
 * tile it has, so the picture sharpens progressively and never blocks. Annotations are drawn
 * over it from cached overlay tiles. Mouse and key input goes to the active tool of its
 * ToolManager; the middle button, and any button while Space is held, pan with every tool;
 * arrow keys pan, the wheel zooms around the cursor, +/- zoom. The view shares the scene
 * with the main window and keeps its own tile cache.
 */
class TiledView : public QWidget {
  Q_OBJECT

 public:
  explicit TiledView(QWidget* parent = nullptr);
  ~TiledView() override;

  void setScene(std::shared_ptr<Scene> scene);
  Scene* scene() const { return scene_.get(); }

  void setCacheBytes(std::size_t bytes);
  void setThreadCount(int threads);
  TileCache& cache() { return cache_; }
  TileLoader* loader() const { return loader_; }

  /** Device pixels per image pixel (1.0 = one image pixel on one screen pixel). */
  double zoom() const { return scale_; }
  /** Index into the scene's LevelPlan used at the current zoom. */
  int currentLevel() const;
  /** Image (level-0 pixel) position under a widget position, and back. */
  QPointF viewToImage(QPointF viewPos) const;
  QPointF imageToView(QPointF imagePos) const;
  /** The part of the image inside the widget, in image pixels. */
  QRectF visibleImageRect() const;
  /** True when every visible tile of the current level is in the cache. */
  bool isComplete() const;

  /** The annotations drawn over the imagery (not owned; may be null). */
  void setDocument(AnnotationDocument* document);
  OverlayCache* overlays() const { return overlays_; }
  /** The tools that receive the input (not owned; may be null: then every drag pans). */
  void setToolManager(ToolManager* tools);
  /** The area of interest in level-0 pixels (empty: none), drawn as a dashed frame. */
  QRect areaOfInterest() const { return aoi_; }
  void setAreaOfInterest(const QRect& aoi);
  /** The visible part of the image, clipped to the image, in whole level-0 pixels. */
  QRect visibleImagePixels() const;

  QSize sizeHint() const override { return {800, 600}; }

 public Q_SLOTS:
  void zoomIn();
  void zoomOut();
  void fitToWindow();
  void actualPixels();
  /** Zooms by `factor` keeping the image point under `anchor` (widget coordinates) still. */
  void zoomBy(double factor, QPointF anchor);
  /** Moves the picture by `delta` widget pixels. */
  void panBy(QPointF delta);
  void centerOn(QPointF imagePos);
  /** Shows `imagePos` at the centre at `zoom` device pixels per image pixel (a saved view). */
  void setView(QPointF imagePos, double zoom);
  /** Drops every cached tile (after a mapping change, or for a cold-cache measurement). */
  void clearCache();

 Q_SIGNALS:
  /** The cursor moved over the view; `inside` is false outside the image. */
  void cursorMoved(QPointF imagePos, bool inside);
  void cursorLeft();
  /** Zoom or centre changed. */
  void viewChanged();
  /** Every visible tile of the current level has been drawn. */
  void renderComplete();
  /** A tile could not be read; the message quotes the driver. */
  void tileError(const QString& message);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void keyReleaseEvent(QKeyEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  struct TileRef {
    TileKey key;
    QRectF imageRect;  // level-0 pixels
  };
  std::vector<TileRef> visibleTiles(int level) const;
  TileKey keyFor(int level, int tx, int ty) const;
  void requestTiles();
  void onTileLoaded(const TileKey& key, const QImage& image);
  void onMappingChanged();
  double fitScale() const;
  void setScale(double scale);
  void changed();
  void paintOverlays(QPainter& p);
  bool panGesture(QMouseEvent* event) const;

  std::shared_ptr<Scene> scene_;
  TileCache cache_;
  TileLoader* loader_;
  double scale_ = 1.0;  // device pixels per image pixel
  QPointF center_;      // image position at the widget's centre
  bool fitted_ = true;  // keep fitting on resize until the user zooms
  bool panning_ = false;
  QPoint lastMouse_;
  bool reportedComplete_ = false;
  QString lastError_;
  QPixmap checker_;
  OverlayCache* overlays_;
  ToolManager* tools_ = nullptr;
  QRect aoi_;
  bool spaceHeld_ = false;
};

}  // namespace rrsis::ui
