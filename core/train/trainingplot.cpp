// The training curves as a PNG: loss on the left axis, validation oIoU / mIoU (percent) on
// the right, one point per epoch.
#include <algorithm>
#include <cmath>

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include "train/trainer.h"
#include "util/safesave.h"

namespace rrsis {

namespace {

struct TrainingText {
  Q_DECLARE_TR_FUNCTIONS(Training)
};

}  // namespace

Status writeTrainingPlot(const std::vector<EpochRecord>& history, const QString& path) {
  const int width = 900, height = 520;
  const QRectF plot(70, 40, width - 150, height - 100);
  QImage image(width, height, QImage::Format_RGB32);
  image.fill(Qt::white);
  QPainter p(&image);
  p.setRenderHint(QPainter::Antialiasing);
  // Text needs the font database, which a plain QCoreApplication lacks.
  const bool text = qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;

  const int epochs = history.empty() ? 1 : std::max(1, history.back().epoch);
  double maxLoss = 0;
  for (const EpochRecord& r : history) maxLoss = std::max({maxLoss, r.trainLoss, r.valLoss});
  maxLoss = maxLoss > 0 ? maxLoss * 1.1 : 1.0;
  auto x = [&](double epoch) { return plot.left() + plot.width() * (epochs == 1 ? 0.5 : (epoch - 1) / (epochs - 1)); };
  auto yLoss = [&](double v) { return plot.bottom() - plot.height() * std::clamp(v / maxLoss, 0.0, 1.0); };
  auto yPercent = [&](double v) { return plot.bottom() - plot.height() * std::clamp(v / 100.0, 0.0, 1.0); };

  p.setPen(QPen(QColor(220, 220, 220), 1));
  for (int i = 0; i <= 10; ++i)
    p.drawLine(QPointF(plot.left(), yPercent(i * 10)), QPointF(plot.right(), yPercent(i * 10)));
  p.setPen(QPen(Qt::black, 1));
  p.drawRect(plot);
  if (text) {
    QFont f = p.font();
    f.setPixelSize(13);
    p.setFont(f);
    for (int i = 0; i <= 10; i += 2) {
      p.drawText(QRectF(plot.right() + 6, yPercent(i * 10) - 9, 50, 18), Qt::AlignLeft | Qt::AlignVCenter,
                 QString::number(i * 10));
      p.drawText(QRectF(0, yLoss(maxLoss * i / 10.0) - 9, plot.left() - 6, 18), Qt::AlignRight | Qt::AlignVCenter,
                 QString::number(maxLoss * i / 10.0, 'g', 2));
    }
    const int stride = std::max(1, epochs / 10);
    for (int e = 1; e <= epochs; e += stride)
      p.drawText(QRectF(x(e) - 25, plot.bottom() + 4, 50, 18), Qt::AlignHCenter | Qt::AlignTop, QString::number(e));
    p.drawText(QRectF(plot.left(), height - 28, plot.width(), 20), Qt::AlignHCenter, TrainingText::tr("epoch"));
    p.drawText(QRectF(plot.left(), 8, plot.width(), 24), Qt::AlignHCenter | Qt::AlignVCenter,
               TrainingText::tr("Training loss and validation IoU"));
  }

  struct Curve {
    QColor colour;
    QString label;
    std::function<double(const EpochRecord&)> value;
    bool percent;
  };
  const std::vector<Curve> curves = {
      {QColor(200, 60, 40), TrainingText::tr("train loss"), [](const EpochRecord& r) { return r.trainLoss; }, false},
      {QColor(240, 150, 60), TrainingText::tr("val loss"), [](const EpochRecord& r) { return r.valLoss; }, false},
      {QColor(30, 90, 200), TrainingText::tr("val oIoU %"),
       [](const EpochRecord& r) { return r.validation.overallIoU; }, true},
      {QColor(40, 160, 80), TrainingText::tr("val mIoU %"), [](const EpochRecord& r) { return r.validation.meanIoU; },
       true}};
  for (std::size_t c = 0; c < curves.size(); ++c) {
    const Curve& curve = curves[c];
    QPainterPath path;
    for (std::size_t i = 0; i < history.size(); ++i) {
      const double v = curve.value(history[i]);
      const QPointF pt(x(history[i].epoch), curve.percent ? yPercent(v) : yLoss(v));
      if (i == 0)
        path.moveTo(pt);
      else
        path.lineTo(pt);
      p.setPen(Qt::NoPen);
      p.setBrush(curve.colour);
      p.drawEllipse(pt, 3, 3);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(curve.colour, 2));
    p.drawPath(path);
    const QPointF legend(plot.left() + 12, plot.top() + 14 + 18 * double(c));
    p.drawLine(legend, legend + QPointF(24, 0));
    if (text) {
      p.setPen(Qt::black);
      p.drawText(QRectF(legend.x() + 30, legend.y() - 9, 200, 18), Qt::AlignLeft | Qt::AlignVCenter, curve.label);
    }
  }
  p.end();

  QByteArray png;
  QBuffer buffer(&png);
  if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
    return Status::failure(TrainingText::tr("Could not write %1: %2")
                               .arg(QDir::toNativeSeparators(path), TrainingText::tr("PNG encoding failed.")));
  return safeWriteFile(path, png);
}

}  // namespace rrsis
