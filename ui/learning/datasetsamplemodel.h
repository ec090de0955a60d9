#pragma once
#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QHash>

#include "dataset/sample.h"

namespace rrsis::ui {

/**
 * The samples of a dataset folder as a table: id, expression, split, category, IoU (once
 * scored) and status ("broken: why" for samples that cannot be read). Owns its samples; the
 * dataset browser owns the model.
 */
class DatasetSampleModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { Id, Expression, Split, Category, IoU, Status, ColumnCount };
  /** Item data role with the row's IoU as a number (-1 when not scored), for sorting. */
  static constexpr int SortRole = Qt::UserRole + 1;

  explicit DatasetSampleModel(QObject* parent = nullptr);

  void setSamples(std::vector<Sample> samples);
  const std::vector<Sample>& samples() const { return samples_; }
  const Sample* sample(int row) const;
  /** The row of the sample with this split and id, or -1. */
  int rowOf(const QString& split, const QString& id) const;

  void setIoU(int row, double iou);
  void clearIoU();
  void setBroken(int row, const QString& reason);
  bool isBroken(int row) const;
  int brokenCount() const { return int(broken_.size()); }

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<Sample> samples_;
  std::vector<double> iou_;  ///< -1: not scored
  QHash<int, QString> broken_;
  QHash<QString, int> rows_;  ///< "split/id" -> row
};

}  // namespace rrsis::ui
