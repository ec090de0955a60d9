#include "train/traininghistory.h"

#include <QStringList>

namespace rrsis {

QJsonObject recordToJson(const EpochRecord& r) {
  QJsonObject o = r.validation.toJson();
  o[QStringLiteral("epoch")] = r.epoch;
  o[QStringLiteral("train_loss")] = r.trainLoss;
  o[QStringLiteral("val_loss")] = r.valLoss;
  o[QStringLiteral("learning_rate")] = r.learningRate;
  o[QStringLiteral("seconds")] = r.seconds;
  o[QStringLiteral("samples_per_second")] = r.samplesPerSecond;
  o[QStringLiteral("flips_skipped")] = r.flipsSkipped;
  o[QStringLiteral("mIoU_empty_union_1")] = r.meanIoUEmptyAsOne;
  return o;
}

EpochRecord recordFromJson(const QJsonObject& o) {
  EpochRecord r;
  r.epoch = o.value(QStringLiteral("epoch")).toInt();
  r.trainLoss = o.value(QStringLiteral("train_loss")).toDouble();
  r.valLoss = o.value(QStringLiteral("val_loss")).toDouble();
  r.learningRate = o.value(QStringLiteral("learning_rate")).toDouble();
  r.seconds = o.value(QStringLiteral("seconds")).toDouble();
  r.samplesPerSecond = o.value(QStringLiteral("samples_per_second")).toDouble();
  r.flipsSkipped = o.value(QStringLiteral("flips_skipped")).toInt();
  r.meanIoUEmptyAsOne = o.value(QStringLiteral("mIoU_empty_union_1")).toDouble();
  r.validation = MetricSummary::fromJson(o);
  return r;
}

namespace {
QString csvLine(const QStringList& cells) { return cells.join(QLatin1Char(',')) + QLatin1Char('\n'); }

}  // namespace

QByteArray historyCsv(const std::vector<EpochRecord>& history) {
  QString out =
      csvLine({"epoch", "train_loss", "val_loss", "learning_rate", "oIoU", "mIoU", "prec@0.5", "prec@0.6", "prec@0.7",
               "prec@0.8", "prec@0.9", "seconds", "samples_per_second", "flips_skipped", "mIoU_empty1"});
  for (const EpochRecord& r : history) {
    QStringList cells{QString::number(r.epoch),
                      QString::number(r.trainLoss, 'g', 8),
                      QString::number(r.valLoss, 'g', 8),
                      QString::number(r.learningRate, 'g', 8),
                      QString::number(r.validation.overallIoU, 'f', 4),
                      QString::number(r.validation.meanIoU, 'f', 4)};
    for (double p : r.validation.precision) cells << QString::number(p, 'f', 4);
    cells << QString::number(r.seconds, 'f', 2) << QString::number(r.samplesPerSecond, 'f', 3)
          << QString::number(r.flipsSkipped) << QString::number(r.meanIoUEmptyAsOne, 'f', 4);
    out += csvLine(cells);
  }
  return out.toUtf8();
}

}  // namespace rrsis
