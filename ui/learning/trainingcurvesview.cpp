#include "learning/trainingcurvesview.h"

#include <algorithm>

#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

namespace rrsis::ui {

TrainingCurvesView::TrainingCurvesView(QWidget* parent)
    : QChartView(parent),
      trainLoss_(new QLineSeries),
      valLoss_(new QLineSeries),
      meanIoU_(new QLineSeries),
      overallIoU_(new QLineSeries),
      epochs_(new QValueAxis),
      loss_(new QValueAxis),
      iou_(new QValueAxis) {
  setRenderHint(QPainter::Antialiasing);
  setMinimumSize(420, 240);
  trainLoss_->setName(tr("training loss"));
  valLoss_->setName(tr("validation loss"));
  meanIoU_->setName(tr("validation mIoU %"));
  overallIoU_->setName(tr("validation oIoU %"));
  trainLoss_->setColor(QColor(200, 90, 30));
  valLoss_->setColor(QColor(230, 170, 60));
  meanIoU_->setColor(QColor(40, 110, 210));
  overallIoU_->setColor(QColor(60, 170, 90));
  auto* c = new QChart;
  for (QLineSeries* s : {trainLoss_, valLoss_, meanIoU_, overallIoU_}) {
    s->setPointsVisible(true);
    c->addSeries(s);
  }
  epochs_->setTitleText(tr("epoch"));
  epochs_->setLabelFormat(QStringLiteral("%d"));
  loss_->setTitleText(tr("loss"));
  iou_->setTitleText(tr("IoU %"));
  iou_->setRange(0, 100);
  c->addAxis(epochs_, Qt::AlignBottom);
  c->addAxis(loss_, Qt::AlignLeft);
  c->addAxis(iou_, Qt::AlignRight);
  for (QLineSeries* s : {trainLoss_, valLoss_}) {
    s->attachAxis(epochs_);
    s->attachAxis(loss_);
  }
  for (QLineSeries* s : {meanIoU_, overallIoU_}) {
    s->attachAxis(epochs_);
    s->attachAxis(iou_);
  }
  c->legend()->setAlignment(Qt::AlignBottom);
  setChart(c);
  clear();
}

void TrainingCurvesView::clear() {
  for (QLineSeries* s : {trainLoss_, valLoss_, meanIoU_, overallIoU_}) s->clear();
  maxLoss_ = 0.1;
  epochs_->setRange(1, 2);
  epochs_->setTickCount(2);
  loss_->setRange(0, maxLoss_);
}

void TrainingCurvesView::addEpoch(int epoch, double trainLoss, double valLoss, double meanIoU, double overallIoU) {
  trainLoss_->append(epoch, trainLoss);
  valLoss_->append(epoch, valLoss);
  meanIoU_->append(epoch, meanIoU);
  overallIoU_->append(epoch, overallIoU);
  maxLoss_ = std::max({maxLoss_, trainLoss * 1.1, valLoss * 1.1});
  epochs_->setRange(1, std::max(2, epoch));
  epochs_->setTickCount(std::min(std::max(2, epoch), 6));
  loss_->setRange(0, maxLoss_);
}

int TrainingCurvesView::points() const { return int(trainLoss_->count()); }

}  // namespace rrsis::ui
