#include "ui/exportrefsegrsdialog.h"

#include <atomic>

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "dataset/refsegrsexport.h"

namespace rrsis::ui {

namespace {
/** A copy of the project the worker can read while the analyst goes on editing (tiles are shared). */
std::shared_ptr<Project> snapshot(const Project& p) {
  auto copy = std::make_shared<Project>();
  for (int i = 0; i < p.sceneCount(); ++i) {
    const ProjectScene& s = p.scene(i);
    const int index = copy->addScene(s.path, s.size, s.fingerprint);
    std::vector<Annotation> annotations;
    for (int k = 0; k < s.document->count(); ++k)
      annotations.push_back(s.document->at(k));
    copy->document(index)->restore(std::move(annotations));
  }
  return copy;
}
}  // namespace

ExportRefSegRsDialog::ExportRefSegRsDialog(const Project* project, QWidget* parent) : QDialog(parent), project_(project) {
  setWindowTitle(tr("Save as RefSegRS Samples"));
  auto* form = new QFormLayout(this);
  folder_ = new QLineEdit(this);
  folder_->setMinimumWidth(360);
  auto* browse = new QPushButton(tr("Browse…"), this);
  auto* row = new QHBoxLayout;
  row->addWidget(folder_, 1);
  row->addWidget(browse);
  form->addRow(tr("Folder:"), row);
  chip_ = new QSpinBox(this);
  chip_->setRange(64, 4096);
  chip_->setValue(512);
  chip_->setSuffix(tr(" px"));
  form->addRow(tr("Chip size:"), chip_);
  gsd_ = new QDoubleSpinBox(this);
  gsd_->setRange(0, 100);
  gsd_->setDecimals(3);
  gsd_->setSpecialValueText(tr("the image's"));
  gsd_->setSuffix(tr(" m"));
  gsd_->setToolTip(tr("Ground size of a chip pixel; RefSegRS uses 0.13 m. Needs georeferenced images."));
  form->addRow(tr("Ground resolution:"), gsd_);
  train_ = new QDoubleSpinBox(this);
  train_->setRange(0, 1);
  train_->setSingleStep(0.05);
  train_->setValue(0.7);
  val_ = new QDoubleSpinBox(this);
  val_->setRange(0, 1);
  val_->setSingleStep(0.05);
  val_->setValue(0.1);
  form->addRow(tr("Train share:"), train_);
  form->addRow(tr("Validation share:"), val_);
  seed_ = new QSpinBox(this);
  seed_->setRange(0, 1000000);
  seed_->setValue(1);
  form->addRow(tr("Seed:"), seed_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("RefSegRS Folder (new samples are appended)"));
    if (!dir.isEmpty())
      folder_->setText(dir);
  });
  auto check = [this, buttons] {
    buttons->button(QDialogButtonBox::Save)->setEnabled(!folder_->text().trimmed().isEmpty() &&
                                                        train_->value() + val_->value() <= 1.0 + 1e-9);
  };
  connect(folder_, &QLineEdit::textChanged, this, check);
  connect(train_, &QDoubleSpinBox::valueChanged, this, check);
  connect(val_, &QDoubleSpinBox::valueChanged, this, check);
  check();
}

QString ExportRefSegRsDialog::exportNow() {
  RefSegRsExportOptions o;
  o.chipSize = chip_->value();
  o.groundSampleDistance = gsd_->value();
  o.trainShare = train_->value();
  o.valShare = val_->value();
  o.seed = unsigned(seed_->value());
  const QString folder = folder_->text().trimmed();
  std::shared_ptr<Project> copy = snapshot(*project_);
  auto cancelled = std::make_shared<std::atomic<bool>>(false);
  QProgressDialog progress(tr("Writing RefSegRS samples…"), tr("Cancel"), 0, 0, parentWidget());
  progress.setWindowModality(Qt::WindowModal);
  progress.setMinimumDuration(300);
  QFutureWatcher<Result<RefSegRsExportReport>> watcher;
  connect(&progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
  connect(&watcher, &QFutureWatcherBase::finished, &progress, &QProgressDialog::reset);
  QProgressDialog* shown = &progress;
  watcher.setFuture(QtConcurrent::run([copy, folder, o, cancelled, shown] {
    return exportRefSegRs(*copy, folder, o, [cancelled, shown](int done, int total) {
      QMetaObject::invokeMethod(shown, [shown, done, total] {
        shown->setMaximum(total);
        shown->setValue(done);
      }, Qt::QueuedConnection);
      return !*cancelled;
    });
  }));
  progress.exec();
  watcher.waitForFinished();
  const Result<RefSegRsExportReport> r = watcher.result();
  if (!r)
    return tr("The export stopped: %1").arg(r.error());
  QString message = tr("Wrote %n sample(s) to %1.", nullptr, r->samples).arg(folder);
  if (*cancelled)
    message += tr(" Cancelled: the remaining annotations were not exported.");
  if (!r->notes.isEmpty())
    message += QStringLiteral("\n\n") + r->notes.join(QLatin1Char('\n'));
  return message;
}

}  // namespace rrsis::ui
