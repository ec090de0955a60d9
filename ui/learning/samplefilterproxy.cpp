#include "learning/samplefilterproxy.h"

#include "learning/datasetsamplemodel.h"

namespace rrsis::ui {

SampleFilterProxy::SampleFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
  setSortRole(DatasetSampleModel::SortRole);
}

void SampleFilterProxy::setSplit(const QString& split) {
  if (split == split_) return;
  split_ = split;
  invalidateFilter();
}

void SampleFilterProxy::setText(const QString& text) {
  const QString t = text.trimmed();
  if (t == text_) return;
  text_ = t;
  invalidateFilter();
}

bool SampleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
  const auto* model = qobject_cast<const DatasetSampleModel*>(sourceModel());
  const Sample* s = model ? model->sample(sourceRow) : nullptr;
  if (!s) return false;
  if (!split_.isEmpty() && s->split != split_) return false;
  if (text_.isEmpty()) return true;
  return s->id.contains(text_, Qt::CaseInsensitive) || s->expression.contains(text_, Qt::CaseInsensitive) ||
         s->category.contains(text_, Qt::CaseInsensitive);
}

}  // namespace rrsis::ui
