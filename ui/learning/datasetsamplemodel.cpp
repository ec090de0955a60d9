#include "learning/datasetsamplemodel.h"

#include <QBrush>
#include <QColor>

namespace rrsis::ui {

namespace {
QString key(const QString& split, const QString& id) { return split + QLatin1Char('/') + id; }
}  // namespace

DatasetSampleModel::DatasetSampleModel(QObject* parent) : QAbstractTableModel(parent) {}

void DatasetSampleModel::setSamples(std::vector<Sample> samples) {
  beginResetModel();
  samples_ = std::move(samples);
  iou_.assign(samples_.size(), -1.0);
  broken_.clear();
  rows_.clear();
  for (int i = 0; i < int(samples_.size()); ++i)
    rows_.insert(key(samples_[size_t(i)].split, samples_[size_t(i)].id), i);
  endResetModel();
}

const Sample* DatasetSampleModel::sample(int row) const {
  return row >= 0 && row < int(samples_.size()) ? &samples_[size_t(row)] : nullptr;
}

int DatasetSampleModel::rowOf(const QString& split, const QString& id) const { return rows_.value(key(split, id), -1); }

void DatasetSampleModel::setIoU(int row, double iou) {
  if (row < 0 || row >= int(iou_.size())) return;
  iou_[size_t(row)] = iou;
  Q_EMIT dataChanged(index(row, IoU), index(row, IoU));
}

void DatasetSampleModel::clearIoU() {
  std::fill(iou_.begin(), iou_.end(), -1.0);
  if (!samples_.empty()) Q_EMIT dataChanged(index(0, IoU), index(int(samples_.size()) - 1, IoU));
}

void DatasetSampleModel::setBroken(int row, const QString& reason) {
  if (row < 0 || row >= int(samples_.size())) return;
  broken_.insert(row, reason);
  Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool DatasetSampleModel::isBroken(int row) const { return broken_.contains(row); }

int DatasetSampleModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : int(samples_.size());
}

int DatasetSampleModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DatasetSampleModel::data(const QModelIndex& index, int role) const {
  const Sample* s = sample(index.row());
  if (!s) return {};
  const double iou = iou_[size_t(index.row())];
  if (role == SortRole) {
    if (index.column() == IoU) return iou;
    if (index.column() == Id)
      return s->id.toLongLong() != 0 || s->id == QLatin1String("0") ? QVariant(s->id.toLongLong()) : QVariant(s->id);
  }
  if (role == Qt::ForegroundRole && broken_.contains(index.row())) return QBrush(QColor(180, 30, 30));
  if (role == Qt::ToolTipRole && broken_.contains(index.row())) return broken_.value(index.row());
  if (role == Qt::TextAlignmentRole && index.column() == IoU) return int(Qt::AlignRight | Qt::AlignVCenter);
  if (role != Qt::DisplayRole && role != SortRole) return {};
  switch (index.column()) {
    case Id:
      return s->id;
    case Expression:
      return s->expression;
    case Split:
      return s->split;
    case Category:
      return s->category;
    case IoU:
      return iou < 0 ? QString() : QString::number(iou * 100.0, 'f', 1);
    case Status:
      return broken_.contains(index.row()) ? tr("broken") : QString();
    default:
      return {};
  }
}

QVariant DatasetSampleModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Id:
      return tr("Id");
    case Expression:
      return tr("Expression");
    case Split:
      return tr("Split");
    case Category:
      return tr("Category");
    case IoU:
      return tr("IoU %");
    case Status:
      return tr("Status");
    default:
      return {};
  }
}

}  // namespace rrsis::ui
