#include "learning/iouhistogramview.h"

#include <algorithm>

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>

namespace rrsis::ui {

IoUHistogramView::IoUHistogramView(QWidget* parent) : QChartView(parent), counts_(10, 0) {
  setRenderHint(QPainter::Antialiasing);
  setMinimumSize(460, 240);
  setValues({});
}

void IoUHistogramView::setValues(const std::vector<double>& ious) {
  counts_.assign(10, 0);
  for (double v : ious) ++counts_[size_t(std::clamp(int(v * 10.0), 0, 9))];
  auto* set = new QBarSet(tr("Samples"));
  set->setColor(QColor(60, 120, 200));
  QStringList bins;
  for (int i = 0; i < 10; ++i) {
    *set << counts_[size_t(i)];
    bins << QStringLiteral("%1").arg(i * 10);
  }
  auto* series = new QBarSeries;
  series->append(set);
  series->setBarWidth(0.9);
  auto* chart = new QChart;
  chart->addSeries(series);
  chart->setTitle(tr("IoU per sample (%)"));
  chart->legend()->hide();
  auto* x = new QBarCategoryAxis;
  x->append(bins);
  x->setTitleText(tr("IoU from (%)"));
  QFont small = x->labelsFont();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  x->setLabelsFont(small);
  auto* y = new QValueAxis;
  y->setLabelFormat(QStringLiteral("%d"));
  // Whole numbers on five intervals: the top is the largest bin rounded up to a multiple of 5.
  const int top = std::max(1, *std::max_element(counts_.begin(), counts_.end()));
  const int step = (top + 4) / 5;
  y->setRange(0, step * 5);
  y->setTickCount(6);
  y->setTitleText(tr("samples"));
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  series->attachAxis(x);
  series->attachAxis(y);
  QChart* old = this->chart();
  setChart(chart);
  delete old;
}

}  // namespace rrsis::ui
