#pragma once
#include <QtCharts/QChartView>

class QLineSeries;
class QValueAxis;

namespace rrsis::ui {

/**
 * Live training curves (QtCharts): the training loss and the validation loss by epoch on
 * the left axis, the validation mIoU and oIoU (%) on the right. Points are added as epochs
 * finish; clear() starts over.
 */
class TrainingCurvesView : public QChartView {
  Q_OBJECT

 public:
  explicit TrainingCurvesView(QWidget* parent = nullptr);
  void clear();
  void addEpoch(int epoch, double trainLoss, double valLoss, double meanIoU, double overallIoU);
  int points() const;

 private:
  QLineSeries* trainLoss_;
  QLineSeries* valLoss_;
  QLineSeries* meanIoU_;
  QLineSeries* overallIoU_;
  QValueAxis* epochs_;
  QValueAxis* loss_;
  QValueAxis* iou_;
  double maxLoss_ = 0.1;
};

}  // namespace rrsis::ui
