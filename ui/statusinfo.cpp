#include "statusinfo.h"

#include <cmath>

#include <QHBoxLayout>
#include <QLabel>
#include <QtConcurrent/QtConcurrentRun>

#include "raster/scene.h"
#include "tiledview.h"

namespace rrsis::ui {

namespace {

QStringList readValues(std::shared_ptr<RasterSource> source, QPoint pixel) {
  QStringList out;
  const RasterInfo& info = source->info();
  for (int b = 1; b <= info.bandCount(); ++b) {
    ReadRequest req;
    req.window = QRect(pixel, QSize(1, 1));
    req.bands = {b};
    auto block = source->read(req);
    if (!block) {
      out << QStringLiteral("?");
      continue;
    }
    if (!block->isValid(0, 0)) {
      out << StatusInfo::tr("nodata");
      continue;
    }
    const double v = block->value(0, 0, 0);
    const bool integral = info.bands[b - 1].type != PixelType::Float32 && info.bands[b - 1].type != PixelType::Float64;
    out << (integral ? QString::number(qint64(v)) : QString::number(v, 'g', 6));
  }
  return out;
}

QLabel* makeLabel(QWidget* parent, int minChars) {
  auto* l = new QLabel(parent);
  l->setMinimumWidth(l->fontMetrics().averageCharWidth() * minChars);
  l->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return l;
}

}  // namespace

StatusInfo::StatusInfo(TiledView* view, QWidget* parent)
    : QWidget(parent),
      view_(view),
      coords_(makeLabel(this, 64)),
      values_(makeLabel(this, 18)),
      zoom_(makeLabel(this, 0)) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(coords_, 3);
  layout->addWidget(values_, 2);
  layout->addWidget(zoom_, 0);  // never shorter than its text
  connect(&watcher_, &QFutureWatcher<QStringList>::finished, this, &StatusInfo::onProbeDone);
  connect(view_, &TiledView::cursorMoved, this, &StatusInfo::showCursor);
  connect(view_, &TiledView::cursorLeft, this, &StatusInfo::clearCursor);
  connect(view_, &TiledView::viewChanged, this, &StatusInfo::updateZoom);
}

QString StatusInfo::coordinatesText() const { return coords_->text(); }
QString StatusInfo::valuesText() const { return values_->text(); }
QString StatusInfo::zoomText() const { return zoom_->text(); }

void StatusInfo::showCursor(QPointF imagePos, bool inside) {
  Scene* scene = view_->scene();
  if (!scene || !inside) {
    clearCursor();
    return;
  }
  const QPoint pixel(int(std::floor(imagePos.x())), int(std::floor(imagePos.y())));
  QString text = tr("Pixel %1, %2").arg(pixel.x()).arg(pixel.y());
  const GeoReference& geo = scene->info().geo;
  if (geo.hasTransform()) {
    const QPointF m = geo.pixelToMap(imagePos);
    const bool degrees =
        geo.crsWkt().startsWith(QLatin1String("GEOGCRS")) || geo.crsWkt().startsWith(QLatin1String("GEOGCS"));
    const int decimals = degrees ? 7 : 2;
    QString crs = geo.crsAuthority().isEmpty() ? geo.crsName() : geo.crsAuthority();
    if (crs.isEmpty()) crs = tr("unknown CRS");
    text += QStringLiteral("  |  ") +
            tr("Map %1, %2 (%3)").arg(m.x(), 0, 'f', decimals).arg(m.y(), 0, 'f', decimals).arg(crs);
  } else {
    text += QStringLiteral("  |  ") + tr("no georeferencing");
  }
  coords_->setText(text);
  probe(pixel);
}

void StatusInfo::clearCursor() {
  coords_->clear();
  values_->clear();
  probedPixel_ = QPoint(-1, -1);
}

void StatusInfo::probe(QPoint pixel) {
  if (pixel == probedPixel_) return;
  if (watcher_.isRunning()) {
    probePending_ = true;
    pendingPixel_ = pixel;
    return;
  }
  probedPixel_ = pixel;
  watcher_.setFuture(QtConcurrent::run(readValues, view_->scene()->source(), pixel));
}

void StatusInfo::onProbeDone() {
  const QStringList values = watcher_.result();
  if (values.size() <= 4) {
    values_->setText(tr("Values: %1").arg(values.join(QStringLiteral(", "))));
  } else {
    QStringList parts;
    for (int i = 0; i < values.size(); ++i) parts << QStringLiteral("B%1=%2").arg(i + 1).arg(values[i]);
    values_->setText(tr("Values: %1").arg(parts.join(QLatin1Char(' '))));
  }
  if (probePending_ && view_->scene()) {
    probePending_ = false;
    probe(pendingPixel_);
  }
}

void StatusInfo::updateZoom() {
  Scene* scene = view_->scene();
  if (!scene) {
    zoom_->clear();
    return;
  }
  const int level = view_->currentLevel();
  const LevelPlan::Level& lv = scene->plan().level(level);
  QString levelText;
  if (level == 0)
    levelText = tr("full resolution");
  else if (lv.kind == LevelPlan::Kind::Direct)
    levelText = tr("overview %1 (1:%2)").arg(level).arg(lv.factor, 0, 'f', 0);
  else if (lv.kind == LevelPlan::Kind::Resampled)
    levelText = tr("resampled 1:%1").arg(lv.factor, 0, 'f', 0);
  else
    levelText = tr("sparse preview 1:%1").arg(lv.factor, 0, 'f', 0);
  zoom_->setText(tr("Zoom %1 %  |  %2").arg(view_->zoom() * 100.0, 0, 'f', view_->zoom() < 0.1 ? 1 : 0).arg(levelText));
}

}  // namespace rrsis::ui
