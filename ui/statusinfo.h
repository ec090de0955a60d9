#pragma once
#include <memory>

#include <QFutureWatcher>
#include <QPointF>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace rrsis {
class Scene;
class RasterSource;
}  // namespace rrsis

namespace rrsis::ui {

class TiledView;

/**
 * The status-bar read-out: pixel and map coordinates (with the CRS) under the cursor, the
 * value of every band there, the zoom and the overview level in use. Pixel values are read
 * off the GUI thread; only the newest cursor position is read.
 */
class StatusInfo : public QWidget {
  Q_OBJECT

 public:
  explicit StatusInfo(TiledView* view, QWidget* parent = nullptr);

  /** Text shown for the last cursor position (for tests and screenshots). */
  QString coordinatesText() const;
  QString valuesText() const;
  QString zoomText() const;

 public Q_SLOTS:
  void showCursor(QPointF imagePos, bool inside);
  void clearCursor();
  void updateZoom();

 private:
  void probe(QPoint pixel);
  void onProbeDone();

  TiledView* view_;
  QLabel* coords_;
  QLabel* values_;
  QLabel* zoom_;
  QFutureWatcher<QStringList> watcher_;
  bool probePending_ = false;
  QPoint pendingPixel_;
  QPoint probedPixel_{-1, -1};
};

}  // namespace rrsis::ui
