#include "preferencesdialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace rrsis::ui {

PreferencesDialog::PreferencesDialog(const Preferences& prefs, QWidget* parent) : QDialog(parent), prefs_(prefs) {
  setWindowTitle(tr("Preferences"));
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  layout->addLayout(form);

  cache_ = new QSpinBox(this);
  cache_->setRange(16, 16384);
  cache_->setSuffix(tr(" MB"));
  cache_->setValue(prefs.cacheMegabytes);
  form->addRow(tr("Tile cache:"), cache_);

  threads_ = new QSpinBox(this);
  threads_->setRange(0, 256);
  threads_->setSpecialValueText(tr("All CPUs (%1)").arg(QThread::idealThreadCount()));
  threads_->setValue(prefs.threads);
  form->addRow(tr("Worker threads:"), threads_);

  modelThreads_ = new QSpinBox(this);
  modelThreads_->setRange(0, 256);
  modelThreads_->setSpecialValueText(tr("All CPUs (%1)").arg(QThread::idealThreadCount()));
  modelThreads_->setValue(prefs.modelThreads);
  form->addRow(tr("Model threads:"), modelThreads_);
  forceCpu_ = new QCheckBox(tr("Run models on the CPU even when a GPU is present"), this);
  forceCpu_->setChecked(prefs.forceCpu);
  form->addRow(QString(), forceCpu_);
  precision_ = new QComboBox(this);
  precision_->addItem(tr("Automatic (bf16 where the hardware computes it)"), QStringLiteral("auto"));
  precision_->addItem(tr("fp32 (exact)"), QStringLiteral("fp32"));
  precision_->addItem(tr("bf16 (faster, 99.9 % of mask pixels equal)"), QStringLiteral("bf16"));
  precision_->setCurrentIndex(std::max(0, precision_->findData(prefs.precision)));
  precision_->setToolTip(
      tr("Number format of the LAVT family's forward pass; other models run in fp32. "
         "Applies when a model is next loaded."));
  form->addRow(tr("Model precision:"), precision_);

  low_ = new QDoubleSpinBox(this);
  low_->setRange(0.0, 50.0);
  low_->setSuffix(QStringLiteral(" %"));
  low_->setValue(prefs.stretch.lowPercent);
  high_ = new QDoubleSpinBox(this);
  high_->setRange(50.0, 100.0);
  high_->setSuffix(QStringLiteral(" %"));
  high_->setValue(prefs.stretch.highPercent);
  form->addRow(tr("Default stretch, low percentile:"), low_);
  form->addRow(tr("Default stretch, high percentile:"), high_);
  stretchByte_ = new QCheckBox(tr("Stretch 8-bit imagery too (otherwise shown as stored)"), this);
  stretchByte_->setChecked(prefs.stretch.stretchByteImagery);
  form->addRow(QString(), stretchByte_);

  language_ = new QComboBox(this);
  language_->addItem(tr("System default"), QString());
  language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
  language_->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
  language_->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
  language_->setCurrentIndex(std::max(0, language_->findData(prefs.language)));
  form->addRow(tr("Language:"), language_);
  auto* note = new QLabel(tr("A new language applies when the studio restarts; model settings "
                             "apply when the next model is loaded."),
                          this);
  note->setWordWrap(true);
  layout->addWidget(note);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const {
  Preferences p = prefs_;
  p.cacheMegabytes = cache_->value();
  p.threads = threads_->value();
  p.stretch.lowPercent = low_->value();
  p.stretch.highPercent = high_->value();
  p.stretch.stretchByteImagery = stretchByte_->isChecked();
  p.language = language_->currentData().toString();
  p.modelThreads = modelThreads_->value();
  p.forceCpu = forceCpu_->isChecked();
  p.precision = precision_->currentData().toString();
  return p;
}

}  // namespace rrsis::ui
