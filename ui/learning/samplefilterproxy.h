#pragma once
#include <QSortFilterProxyModel>

namespace rrsis::ui {

/**
 * Filters a DatasetSampleModel by split (exactly) and by text (in the id, expression or
 * category, case-insensitive), and sorts by its sort role (numbers as numbers).
 */
class SampleFilterProxy : public QSortFilterProxyModel {
  Q_OBJECT

 public:
  explicit SampleFilterProxy(QObject* parent = nullptr);
  /** "" for every split. */
  void setSplit(const QString& split);
  void setText(const QString& text);

 protected:
  bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

 private:
  QString split_, text_;
};

}  // namespace rrsis::ui
