#include "tiledview.h"

#include <algorithm>
#include <cmath>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include "raster/scene.h"
#include "overlaycache.h"
#include "tileloader.h"
#include "tools/abstracttool.h"
#include "tools/toolmanager.h"

namespace rrsis::ui {

namespace {
constexpr double kZoomStep = 1.25;
constexpr double kMaxScale = 32.0;  // device pixels per image pixel
/** How many levels above the current one are requested first, for a quick coarse picture. */
constexpr int kPreviewLevels = 2;

QPixmap makeChecker() {
  QPixmap pm(16, 16);
  pm.fill(QColor(0x5a, 0x5a, 0x5a));
  QPainter p(&pm);
  p.fillRect(0, 0, 8, 8, QColor(0x72, 0x72, 0x72));
  p.fillRect(8, 8, 8, 8, QColor(0x72, 0x72, 0x72));
  return pm;
}
}  // namespace

TiledView::TiledView(QWidget* parent)
    : QWidget(parent), loader_(new TileLoader(this)), checker_(makeChecker()), overlays_(new OverlayCache(this)) {
  connect(overlays_, &OverlayCache::changed, this, qOverload<>(&QWidget::update));
  setMouseTracking(true);
  setFocusPolicy(Qt::StrongFocus);
  setAttribute(Qt::WA_OpaquePaintEvent);
  setCursor(Qt::OpenHandCursor);
  connect(loader_, &TileLoader::tileLoaded, this, &TiledView::onTileLoaded);
  connect(loader_, &TileLoader::tileFailed, this, [this](const TileKey&, const QString& message) {
    // One message per distinct failure: a broken file would otherwise report every tile.
    if (message != lastError_) {
      lastError_ = message;
      Q_EMIT tileError(message);
    }
  });
}

TiledView::~TiledView() = default;

void TiledView::setScene(std::shared_ptr<Scene> scene) {
  if (scene_) disconnect(scene_.get(), nullptr, this, nullptr);
  loader_->cancelAll();
  cache_.clear();
  scene_ = std::move(scene);
  lastError_.clear();
  if (scene_) {
    connect(scene_.get(), &Scene::mappingChanged, this, &TiledView::onMappingChanged);
    loader_->setContext(scene_->source(), scene_->plan(), scene_->mapping());
    fitted_ = true;
    fitToWindow();
  } else {
    update();
  }
}

void TiledView::setDocument(AnnotationDocument* document) {
  overlays_->setDocument(document);
  update();
}

void TiledView::setToolManager(ToolManager* tools) {
  tools_ = tools;
  if (tools_ && tools_->activeTool()) setCursor(tools_->activeTool()->cursor());
}

void TiledView::setAreaOfInterest(const QRect& aoi) {
  aoi_ = aoi;
  update();
}

QRect TiledView::visibleImagePixels() const {
  if (!scene_) return {};
  const QRectF r = visibleImageRect();
  const QRect whole(0, 0, scene_->info().width, scene_->info().height);
  return QRect(QPoint(int(std::floor(r.left())), int(std::floor(r.top()))),
               QPoint(int(std::ceil(r.right())) - 1, int(std::ceil(r.bottom())) - 1))
      .intersected(whole);
}

void TiledView::paintOverlays(QPainter& p) {
  overlays_->paint(p, *this);
  if (!aoi_.isEmpty()) {
    const QRectF frame(imageToView(aoi_.topLeft()),
                       imageToView(QPointF(aoi_.x() + aoi_.width(), aoi_.y() + aoi_.height())));
    p.setPen(QPen(Qt::black, 3));
    p.drawRect(frame);
    p.setPen(QPen(QColor(0xff, 0xd6, 0x00), 1.5, Qt::DashLine));
    p.drawRect(frame);
  }
  if (tools_ && tools_->activeTool() && scene_) tools_->activeTool()->paint(p);
}

void TiledView::setCacheBytes(std::size_t bytes) { cache_.setMaxBytes(bytes); }

void TiledView::setThreadCount(int threads) { loader_->setThreadCount(threads); }

void TiledView::onMappingChanged() {
  loader_->setContext(scene_->source(), scene_->plan(), scene_->mapping());
  // Old tiles stay in the cache under their old generation until evicted, but are never drawn.
  cache_.clear();
  changed();
}

void TiledView::clearCache() {
  loader_->cancelAll();
  cache_.clear();
  changed();
}

int TiledView::currentLevel() const {
  if (!scene_) return 0;
  return scene_->plan().levelFor(1.0 / scale_);
}

QPointF TiledView::viewToImage(QPointF v) const {
  const double s = scale_ / devicePixelRatioF();  // logical pixels per image pixel
  return center_ + (v - QPointF(width() / 2.0, height() / 2.0)) / s;
}

QPointF TiledView::imageToView(QPointF i) const {
  const double s = scale_ / devicePixelRatioF();
  return (i - center_) * s + QPointF(width() / 2.0, height() / 2.0);
}

QRectF TiledView::visibleImageRect() const {
  if (!scene_) return {};
  const QRectF view(viewToImage(QPointF(0, 0)), viewToImage(QPointF(width(), height())));
  return view.intersected(QRectF(0, 0, scene_->info().width, scene_->info().height));
}

TileKey TiledView::keyFor(int level, int tx, int ty) const {
  return TileKey{scene_->serial(), scene_->generation(), level, tx, ty};
}

std::vector<TiledView::TileRef> TiledView::visibleTiles(int level) const {
  std::vector<TileRef> out;
  const QRectF vis = visibleImageRect();
  if (vis.isEmpty()) return out;
  const LevelPlan& plan = scene_->plan();
  const double sx = double(plan.level(level).size.width()) / scene_->info().width;
  const double sy = double(plan.level(level).size.height()) / scene_->info().height;
  const int tx0 = std::max(0, int(std::floor(vis.left() * sx / kTileSize)));
  const int ty0 = std::max(0, int(std::floor(vis.top() * sy / kTileSize)));
  const int tx1 = std::min(plan.tilesX(level) - 1, int(std::floor((vis.right() * sx - 1e-6) / kTileSize)));
  const int ty1 = std::min(plan.tilesY(level) - 1, int(std::floor((vis.bottom() * sy - 1e-6) / kTileSize)));
  // Centre tiles first: they are what the analyst looks at.
  const QPointF c = vis.center();
  for (int ty = ty0; ty <= ty1; ++ty)
    for (int tx = tx0; tx <= tx1; ++tx)
      out.push_back(TileRef{keyFor(level, tx, ty), plan.tileRectInLevel0(level, tx, ty)});
  std::sort(out.begin(), out.end(), [&](const TileRef& a, const TileRef& b) {
    const QPointF da = a.imageRect.center() - c, db = b.imageRect.center() - c;
    return da.x() * da.x() + da.y() * da.y() < db.x() * db.x() + db.y() * db.y();
  });
  return out;
}

bool TiledView::isComplete() const {
  if (!scene_) return true;
  for (const TileRef& t : visibleTiles(currentLevel()))
    if (!cache_.contains(t.key)) return false;
  return true;
}

void TiledView::requestTiles() {
  if (!scene_ || width() <= 0 || height() <= 0) return;
  const int level = currentLevel();
  const int last = scene_->plan().count() - 1;
  std::vector<TileKey> wanted;
  // Coarse previews first (higher priority), then the tiles of the current level.
  for (int l = std::min(last, level + kPreviewLevels); l >= level; --l) {
    for (const TileRef& t : visibleTiles(l)) {
      wanted.push_back(t.key);
      if (!cache_.contains(t.key)) loader_->request(t.key, l - level);
    }
  }
  loader_->retainOnly(wanted);
}

void TiledView::onTileLoaded(const TileKey& key, const QImage& image) {
  if (!scene_ || key.scene != scene_->serial() || key.generation != scene_->generation()) return;
  cache_.insert(key, image);
  update();
  if (!reportedComplete_ && isComplete()) {
    reportedComplete_ = true;
    Q_EMIT renderComplete();
  }
}

void TiledView::changed() {
  reportedComplete_ = false;
  requestTiles();
  update();
  Q_EMIT viewChanged();
  if (isComplete()) {
    reportedComplete_ = true;
    Q_EMIT renderComplete();
  }
}

void TiledView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), QColor(0x30, 0x30, 0x30));
  if (!scene_) return;
  const QRectF imageInView(imageToView(QPointF(0, 0)),
                           imageToView(QPointF(scene_->info().width, scene_->info().height)));
  p.fillRect(imageInView, QBrush(checker_));
  // Past 1:1 show image pixels as crisp squares; below it, filter the level's pixels.
  p.setRenderHint(QPainter::SmoothPixmapTransform, scale_ < 1.0);

  const int level = currentLevel();
  const int last = scene_->plan().count() - 1;
  // Tile edges snapped to device pixels: no seams, and a tile shown at its own size is a
  // plain copy rather than a filtered transform.
  const double dpr = devicePixelRatioF();
  auto snapped = [&](const QRectF& imageRect) {
    const QPointF a = imageToView(imageRect.topLeft()) * dpr;
    const QPointF b = imageToView(imageRect.bottomRight()) * dpr;
    return QRectF(QPointF(std::round(a.x()), std::round(a.y())) / dpr,
                  QPointF(std::round(b.x()), std::round(b.y())) / dpr);
  };
  for (const TileRef& t : visibleTiles(level)) {
    const QRectF target = snapped(t.imageRect);
    if (const QImage* img = cache_.find(t.key)) {
      p.drawImage(target, *img, QRectF(img->rect()));
      continue;
    }
    // Not loaded yet: draw the finest coarser tile that is, clipped to this tile.
    bool drawn = false;
    for (int l = level + 1; l <= last && !drawn; ++l) {
      const LevelPlan& plan = scene_->plan();
      const double sx = double(plan.level(l).size.width()) / scene_->info().width;
      const double sy = double(plan.level(l).size.height()) / scene_->info().height;
      const QPointF c = t.imageRect.center();
      const int tx = std::min(plan.tilesX(l) - 1, int(c.x() * sx / kTileSize));
      const int ty = std::min(plan.tilesY(l) - 1, int(c.y() * sy / kTileSize));
      if (const QImage* img = cache_.find(keyFor(l, tx, ty))) {
        const QRectF src = plan.tileRectInLevel0(l, tx, ty);
        p.save();
        p.setClipRect(target);
        p.drawImage(snapped(src), *img, QRectF(img->rect()));
        p.restore();
        drawn = true;
      }
    }
  }
  paintOverlays(p);
}

void TiledView::resizeEvent(QResizeEvent*) {
  if (fitted_)
    fitToWindow();
  else
    changed();
}

double TiledView::fitScale() const {
  if (!scene_) return 1.0;
  const double dpr = devicePixelRatioF();
  const double sx = width() * dpr / scene_->info().width;
  const double sy = height() * dpr / scene_->info().height;
  return std::min(sx, sy) * 0.98;
}

void TiledView::setScale(double scale) {
  const double minScale = std::min(1.0, fitScale() / 4.0);
  scale_ = std::clamp(scale, minScale, kMaxScale);
}

void TiledView::fitToWindow() {
  if (!scene_) return;
  fitted_ = true;
  scale_ = fitScale();
  center_ = QPointF(scene_->info().width / 2.0, scene_->info().height / 2.0);
  changed();
}

void TiledView::actualPixels() { zoomBy(1.0 / scale_, QPointF(width() / 2.0, height() / 2.0)); }

void TiledView::zoomIn() { zoomBy(kZoomStep, QPointF(width() / 2.0, height() / 2.0)); }

void TiledView::zoomOut() { zoomBy(1.0 / kZoomStep, QPointF(width() / 2.0, height() / 2.0)); }

void TiledView::zoomBy(double factor, QPointF anchor) {
  if (!scene_) return;
  const QPointF before = viewToImage(anchor);
  setScale(scale_ * factor);
  // Keep `before` under the anchor.
  const double s = scale_ / devicePixelRatioF();
  center_ = before - (anchor - QPointF(width() / 2.0, height() / 2.0)) / s;
  fitted_ = false;
  changed();
}

void TiledView::panBy(QPointF delta) {
  if (!scene_) return;
  const double s = scale_ / devicePixelRatioF();
  center_ -= delta / s;
  // Keep some of the image on screen.
  center_.setX(std::clamp(center_.x(), 0.0, double(scene_->info().width)));
  center_.setY(std::clamp(center_.y(), 0.0, double(scene_->info().height)));
  fitted_ = false;
  changed();
}

void TiledView::centerOn(QPointF imagePos) {
  center_ = imagePos;
  fitted_ = false;
  changed();
}

void TiledView::setView(QPointF imagePos, double zoom) {
  if (!scene_ || zoom <= 0) return;
  setScale(zoom);
  center_ = imagePos;
  fitted_ = false;
  changed();
}

void TiledView::wheelEvent(QWheelEvent* event) {
  const double steps = event->angleDelta().y() / 120.0;
  if (steps != 0.0) zoomBy(std::pow(kZoomStep, steps), event->position());
  event->accept();
}

bool TiledView::panGesture(QMouseEvent* event) const {
  return event->button() == Qt::MiddleButton || (spaceHeld_ && event->button() == Qt::LeftButton) ||
         (!tools_ && event->button() == Qt::LeftButton);
}

void TiledView::mousePressEvent(QMouseEvent* event) {
  setFocus(Qt::MouseFocusReason);
  if (scene_ && panGesture(event)) {
    panning_ = true;
    lastMouse_ = event->position().toPoint();
    setCursor(Qt::ClosedHandCursor);
    event->accept();
    return;
  }
  if (scene_ && tools_ && tools_->activeTool() && tools_->activeTool()->mousePressed(event)) {
    event->accept();
    return;
  }
  QWidget::mousePressEvent(event);
}

void TiledView::mouseMoveEvent(QMouseEvent* event) {
  const QPoint pos = event->position().toPoint();
  if (panning_) {
    panBy(pos - lastMouse_);
    lastMouse_ = pos;
  } else if (scene_ && tools_ && tools_->activeTool()) {
    tools_->activeTool()->mouseMoved(event);
  }
  if (scene_) {
    const QPointF img = viewToImage(event->position());
    const bool inside =
        img.x() >= 0 && img.y() >= 0 && img.x() < scene_->info().width && img.y() < scene_->info().height;
    Q_EMIT cursorMoved(img, inside);
  }
}

void TiledView::mouseReleaseEvent(QMouseEvent* event) {
  if (panning_ && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
    panning_ = false;
    setCursor(spaceHeld_
                  ? QCursor(Qt::OpenHandCursor)
                  : (tools_ && tools_->activeTool() ? tools_->activeTool()->cursor() : QCursor(Qt::OpenHandCursor)));
    return;
  }
  if (scene_ && tools_ && tools_->activeTool()) tools_->activeTool()->mouseReleased(event);
}

void TiledView::mouseDoubleClickEvent(QMouseEvent* event) {
  if (scene_ && tools_ && tools_->activeTool() && tools_->activeTool()->mouseDoubleClicked(event)) return;
  // Otherwise a double-click is a second press.
  mousePressEvent(event);
}

void TiledView::keyReleaseEvent(QKeyEvent* event) {
  if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
    spaceHeld_ = false;
    if (!panning_)
      setCursor(tools_ && tools_->activeTool() ? tools_->activeTool()->cursor() : QCursor(Qt::OpenHandCursor));
    return;
  }
  QWidget::keyReleaseEvent(event);
}

void TiledView::keyPressEvent(QKeyEvent* event) {
  if (scene_ && tools_ && tools_->activeTool() && tools_->activeTool()->keyPressed(event)) {
    event->accept();
    return;
  }
  const double step = std::min(width(), height()) / 8.0;
  switch (event->key()) {
    case Qt::Key_Space:
      if (!event->isAutoRepeat()) {
        spaceHeld_ = true;
        setCursor(Qt::OpenHandCursor);
      }
      break;
    case Qt::Key_Left:
      panBy(QPointF(step, 0));
      break;
    case Qt::Key_Right:
      panBy(QPointF(-step, 0));
      break;
    case Qt::Key_Up:
      panBy(QPointF(0, step));
      break;
    case Qt::Key_Down:
      panBy(QPointF(0, -step));
      break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
      zoomIn();
      break;
    case Qt::Key_Minus:
      zoomOut();
      break;
    default:
      QWidget::keyPressEvent(event);
      return;
  }
  event->accept();
}

void TiledView::leaveEvent(QEvent*) {
  if (tools_ && tools_->activeTool()) tools_->activeTool()->pointerLeft();
  Q_EMIT cursorLeft();
}

}  // namespace rrsis::ui
