#include "bandsdialog.h"

#include <limits>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

#include "raster/scene.h"

namespace rrsis::ui {

namespace {
QDoubleSpinBox* valueBox(QWidget* parent) {
  auto* s = new QDoubleSpinBox(parent);
  s->setRange(-1e12, 1e12);
  s->setDecimals(4);
  s->setKeyboardTracking(false);
  return s;
}
}  // namespace

BandsDialog::BandsDialog(Scene* scene, const StretchDefaults& defaults, QWidget* parent)
    : QDialog(parent), scene_(scene), defaults_(defaults) {
  setWindowTitle(tr("Bands and Stretch"));
  auto* layout = new QVBoxLayout(this);

  auto* bandsBox = new QGroupBox(tr("Bands"), this);
  auto* bandsForm = new QFormLayout(bandsBox);
  mode_ = new QComboBox(bandsBox);
  mode_->addItem(tr("RGB composite"));
  mode_->addItem(tr("Single band (gray)"));
  bandsForm->addRow(tr("Display:"), mode_);
  const char* names[3] = {QT_TR_NOOP("Red:"), QT_TR_NOOP("Green:"), QT_TR_NOOP("Blue:")};
  const RasterInfo& info = scene->info();
  for (int c = 0; c < 3; ++c) {
    bands_[c] = new QComboBox(bandsBox);
    for (int b = 1; b <= info.bandCount(); ++b) {
      QString label = tr("Band %1").arg(b);
      const BandInfo& bi = info.bands[b - 1];
      if (!bi.description.isEmpty())
        label += QStringLiteral(" – ") + bi.description;
      else if (bi.colorInterpretation != QLatin1String("Undefined"))
        label += QStringLiteral(" (%1)").arg(bi.colorInterpretation);
      bands_[c]->addItem(label, b);
    }
    bandLabels_[c] = new QLabel(tr(names[c]), bandsBox);
    bandsForm->addRow(bandLabels_[c], bands_[c]);
  }
  layout->addWidget(bandsBox);

  auto* stretchBox = new QGroupBox(tr("Stretch"), this);
  auto* grid = new QGridLayout(stretchBox);
  percentile_ = new QRadioButton(tr("Percentiles of the scene"), stretchBox);
  manual_ = new QRadioButton(tr("Minimum / maximum"), stretchBox);
  low_ = new QDoubleSpinBox(stretchBox);
  high_ = new QDoubleSpinBox(stretchBox);
  for (QDoubleSpinBox* s : {low_, high_}) {
    s->setRange(0.0, 100.0);
    s->setDecimals(1);
    s->setSuffix(QStringLiteral(" %"));
    s->setKeyboardTracking(false);
  }
  grid->addWidget(percentile_, 0, 0, 1, 3);
  grid->addWidget(new QLabel(tr("Low:"), stretchBox), 1, 0);
  grid->addWidget(low_, 1, 1);
  grid->addWidget(new QLabel(tr("High:"), stretchBox), 1, 2);
  grid->addWidget(high_, 1, 3);
  grid->addWidget(manual_, 2, 0, 1, 3);
  const char* channels[3] = {QT_TR_NOOP("Red"), QT_TR_NOOP("Green"), QT_TR_NOOP("Blue")};
  for (int c = 0; c < 3; ++c) {
    min_[c] = valueBox(stretchBox);
    max_[c] = valueBox(stretchBox);
    grid->addWidget(new QLabel(tr(channels[c]), stretchBox), 3 + c, 0);
    grid->addWidget(min_[c], 3 + c, 1);
    grid->addWidget(new QLabel(QStringLiteral("–"), stretchBox), 3 + c, 2, Qt::AlignCenter);
    grid->addWidget(max_[c], 3 + c, 3);
  }
  origin_ = new QLabel(stretchBox);
  origin_->setWordWrap(true);
  grid->addWidget(origin_, 6, 0, 1, 4);
  layout->addWidget(stretchBox);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::Reset, this);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
  connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] {
    if (!scene_) return;
    scene_->setMapping(DisplayMapping::defaultFor(scene_->info(), scene_->statistics(), defaults_));
    loadFromScene();
  });

  timer_ = new QTimer(this);
  timer_->setSingleShot(true);
  timer_->setInterval(120);
  connect(timer_, &QTimer::timeout, this, &BandsDialog::apply);

  connect(mode_, &QComboBox::currentIndexChanged, this, [this] {
    updateEnabled();
    recomputePercentiles();
  });
  for (QComboBox* b : bands_) connect(b, &QComboBox::currentIndexChanged, this, &BandsDialog::recomputePercentiles);
  connect(percentile_, &QRadioButton::toggled, this, [this] {
    updateEnabled();
    recomputePercentiles();
  });
  connect(low_, &QDoubleSpinBox::valueChanged, this, &BandsDialog::recomputePercentiles);
  connect(high_, &QDoubleSpinBox::valueChanged, this, &BandsDialog::recomputePercentiles);
  for (int c = 0; c < 3; ++c) {
    connect(min_[c], &QDoubleSpinBox::valueChanged, this, &BandsDialog::schedule);
    connect(max_[c], &QDoubleSpinBox::valueChanged, this, &BandsDialog::schedule);
  }
  loadFromScene();
}

void BandsDialog::loadFromScene() {
  if (!scene_) return;
  loading_ = true;
  const DisplayMapping& m = scene_->mapping();
  mode_->setCurrentIndex(m.mode == DisplayMapping::Mode::Gray ? 1 : 0);
  for (int c = 0; c < 3; ++c) {
    bands_[c]->setCurrentIndex(m.bands[c] - 1);
    min_[c]->setValue(m.minimum[c]);
    max_[c]->setValue(m.maximum[c]);
  }
  low_->setValue(m.lowPercent);
  high_->setValue(m.highPercent);
  percentile_->setChecked(true);
  origin_->setText(tr("Statistics from: %1").arg(scene_->statistics().origin()));
  loading_ = false;
  updateEnabled();
}

void BandsDialog::updateEnabled() {
  const bool gray = mode_->currentIndex() == 1;
  bandLabels_[0]->setText(gray ? tr("Band:") : tr("Red:"));
  for (int c = 1; c < 3; ++c) {
    bands_[c]->setVisible(!gray);
    bandLabels_[c]->setVisible(!gray);
    min_[c]->setEnabled(!gray && manual_->isChecked());
    max_[c]->setEnabled(!gray && manual_->isChecked());
  }
  min_[0]->setEnabled(manual_->isChecked());
  max_[0]->setEnabled(manual_->isChecked());
  low_->setEnabled(percentile_->isChecked());
  high_->setEnabled(percentile_->isChecked());
}

void BandsDialog::recomputePercentiles() {
  if (loading_ || !scene_) return;
  if (percentile_->isChecked()) {
    loading_ = true;
    const double lo = std::min(low_->value(), high_->value());
    const double hi = std::max(low_->value(), high_->value());
    for (int c = 0; c < 3; ++c) {
      const int band = bands_[c]->currentData().toInt();
      min_[c]->setValue(scene_->statistics().percentile(band, lo));
      max_[c]->setValue(scene_->statistics().percentile(band, hi));
    }
    loading_ = false;
  }
  schedule();
}

void BandsDialog::schedule() {
  if (!loading_) timer_->start();
}

void BandsDialog::apply() {
  if (!scene_) return;
  DisplayMapping m = scene_->mapping();
  m.mode = mode_->currentIndex() == 1 ? DisplayMapping::Mode::Gray : DisplayMapping::Mode::Rgb;
  for (int c = 0; c < 3; ++c) {
    m.bands[c] = bands_[m.mode == DisplayMapping::Mode::Gray ? 0 : c]->currentData().toInt();
    const int src = m.mode == DisplayMapping::Mode::Gray ? 0 : c;
    m.minimum[c] = min_[src]->value();
    m.maximum[c] = max_[src]->value();
  }
  if (percentile_->isChecked()) {
    m.lowPercent = low_->value();
    m.highPercent = high_->value();
  }
  scene_->setMapping(m);
}

}  // namespace rrsis::ui
