#pragma once
#include <vector>

#include <QtCharts/QChartView>

namespace rrsis::ui {

/** A bar chart of per-sample IoU in ten bins (0-10 % … 90-100 %), drawn with QtCharts. */
class IoUHistogramView : public QChartView {
  Q_OBJECT

 public:
  explicit IoUHistogramView(QWidget* parent = nullptr);
  /** IoU values in 0..1; an empty list clears the chart. */
  void setValues(const std::vector<double>& ious);
  /** The counts shown, bin by bin. */
  const std::vector<int>& counts() const { return counts_; }

 private:
  std::vector<int> counts_;
};

}  // namespace rrsis::ui
