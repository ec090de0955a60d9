#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "annotation/project.h"
#include "dataset/cocoexport.h"
#include "dataset/georasterexport.h"
#include "dataset/refsegrsexport.h"
#include "dataset/rrsisdexport.h"
#include "dataset/vectorexport.h"
#include "backgroundtask.h"
#include "projectsnapshot.h"

namespace rrsis::ui {

namespace {

/** What every export reports, whatever its format. */
struct Written {
  int count = 0;
  QStringList notes;
};

template <class Report>
Result<Written> written(const Result<Report>& r, int count) {
  if (!r) return Result<Written>::failure(r.error());
  return Written{count, r->notes};
}

}  // namespace

ExportDialog::ExportDialog(const Project* project, QWidget* parent) : QDialog(parent), project_(project) {
  setWindowTitle(tr("Export Annotations"));
  form_ = new QFormLayout(this);
  format_ = new QComboBox(this);
  format_->addItems({tr("RefSegRS samples (appended to a folder)"), tr("RRSIS-D / RefCOCO dataset (new folder)"),
                     tr("COCO instances (JSON file)"), tr("Mask GeoTIFF per annotation (new folder)"),
                     tr("Label GeoTIFF per scene (new folder)"), tr("GeoPackage"), tr("GeoJSON (WGS 84)"),
                     tr("Shapefile (new folder)")});
  form_->addRow(tr("Format:"), format_);
  target_ = new QLineEdit(this);
  target_->setMinimumWidth(380);
  auto* browse = new QPushButton(tr("Browse…"), this);
  auto* row = new QHBoxLayout;
  row->addWidget(target_, 1);
  row->addWidget(browse);
  form_->addRow(tr("Save to:"), row);
  chip_ = new QSpinBox(this);
  chip_->setRange(64, 4096);
  chip_->setSuffix(tr(" px"));
  form_->addRow(tr("Chip size:"), chip_);
  gsd_ = new QDoubleSpinBox(this);
  gsd_->setRange(0, 100);
  gsd_->setDecimals(3);
  gsd_->setSpecialValueText(tr("the image's"));
  gsd_->setSuffix(tr(" m"));
  gsd_->setToolTip(tr("Ground size of a chip pixel; RefSegRS uses 0.13 m. Needs georeferenced images."));
  form_->addRow(tr("Ground resolution:"), gsd_);
  train_ = new QDoubleSpinBox(this);
  train_->setRange(0, 1);
  train_->setSingleStep(0.05);
  train_->setValue(0.7);
  val_ = new QDoubleSpinBox(this);
  val_->setRange(0, 1);
  val_->setSingleStep(0.05);
  val_->setValue(0.1);
  form_->addRow(tr("Train share:"), train_);
  form_->addRow(tr("Validation share:"), val_);
  seed_ = new QSpinBox(this);
  seed_->setRange(0, 1000000);
  seed_->setValue(1);
  form_->addRow(tr("Seed:"), seed_);
  polygons_ = new QCheckBox(tr("Masks as polygons (holes are filled)"), this);
  form_->addRow(QString(), polygons_);
  tolerance_ = new QDoubleSpinBox(this);
  tolerance_->setRange(0, 1000);
  tolerance_->setDecimals(3);
  tolerance_->setSpecialValueText(tr("none (every pixel edge)"));
  tolerance_->setToolTip(tr("Douglas-Peucker tolerance in map units (pixels for images without georeferencing)."));
  form_->addRow(tr("Simplify by:"), tolerance_);
  overwrite_ = new QCheckBox(tr("Replace it if it exists"), this);
  form_->addRow(QString(), overwrite_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  form_->addRow(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
  connect(format_, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
  auto check = [this, buttons] {
    buttons->button(QDialogButtonBox::Save)
        ->setEnabled(!target_->text().trimmed().isEmpty() && train_->value() + val_->value() <= 1.0 + 1e-9);
  };
  connect(target_, &QLineEdit::textChanged, this, check);
  connect(train_, &QDoubleSpinBox::valueChanged, this, check);
  connect(val_, &QDoubleSpinBox::valueChanged, this, check);
  formatChanged();
  check();
}

ExportDialog::Format ExportDialog::format() const { return Format(format_->currentIndex()); }

void ExportDialog::setFormat(Format f) { format_->setCurrentIndex(int(f)); }

void ExportDialog::setTarget(const QString& path) { target_->setText(path); }

bool ExportDialog::targetIsFolder() const {
  const Format f = format();
  return f != Coco && f != GeoPackage && f != GeoJson;
}

void ExportDialog::formatChanged() {
  const Format f = format();
  const bool dataset = f == RefSegRs || f == Rrsisd;
  for (QWidget* w : {static_cast<QWidget*>(chip_), static_cast<QWidget*>(gsd_), static_cast<QWidget*>(train_),
                     static_cast<QWidget*>(val_), static_cast<QWidget*>(seed_)})
    form_->setRowVisible(w, dataset);
  chip_->setValue(f == Rrsisd ? 800 : 512);
  form_->setRowVisible(polygons_, f == Coco);
  form_->setRowVisible(tolerance_, f == GeoPackage || f == GeoJson || f == Shapefile);
  form_->setRowVisible(overwrite_, f != RefSegRs);  // RefSegRS appends and never overwrites
  adjustSize();
}

void ExportDialog::browse() {
  static const char* filters[] = {"",
                                  "",
                                  QT_TR_NOOP("COCO JSON (*.json)"),
                                  "",
                                  "",
                                  QT_TR_NOOP("GeoPackage (*.gpkg)"),
                                  QT_TR_NOOP("GeoJSON (*.geojson *.json)"),
                                  ""};
  QString path;
  if (targetIsFolder())
    path = format() == RefSegRs
               ? QFileDialog::getExistingDirectory(this, tr("RefSegRS Folder (new samples are appended)"))
               : QFileDialog::getSaveFileName(this, tr("New Folder"), target_->text(), QString(), nullptr,
                                              QFileDialog::DontConfirmOverwrite);
  else
    path = QFileDialog::getSaveFileName(this, tr("Export Annotations"), target_->text(), tr(filters[format()]));
  if (!path.isEmpty()) target_->setText(path);
}

QString ExportDialog::exportNow(bool* ok) {
  const QString target = target_->text().trimmed();
  const Format f = format();
  RrsisdExportOptions chips;
  chips.chipSize = chip_->value();
  chips.groundSampleDistance = gsd_->value();
  chips.trainShare = train_->value();
  chips.valShare = val_->value();
  chips.seed = unsigned(seed_->value());
  chips.overwrite = overwrite_->isChecked();
  const bool polygons = polygons_->isChecked();
  const double tolerance = tolerance_->value();
  std::shared_ptr<Project> copy = snapshotProject(*project_);
  bool cancelled = false;
  const auto work = [f, copy, target, chips, polygons,
                     tolerance](const std::function<bool(int, int)>& progress) -> Result<Written> {
    switch (f) {
      case RefSegRs: {
        RefSegRsExportOptions o;
        static_cast<ChipOptions&>(o) = chips;
        auto r = exportRefSegRs(*copy, target, o, progress);
        return written(r, r ? r->samples : 0);
      }
      case Rrsisd: {
        auto r = exportRrsisd(*copy, target, chips, progress);
        return written(r, r ? r->refs : 0);
      }
      case Coco: {
        CocoExportOptions o;
        o.polygons = polygons;
        o.overwrite = chips.overwrite;
        auto r = exportCoco(*copy, target, o, progress);
        return written(r, r ? r->annotations : 0);
      }
      case MaskTiffs:
      case LabelTiffs: {
        GeoRasterExportOptions o;
        o.kind = f == MaskTiffs ? GeoRasterKind::Masks : GeoRasterKind::Labels;
        o.overwrite = chips.overwrite;
        auto r = exportGeoRasters(*copy, target, o, progress);
        return written(r, r ? r->annotations : 0);
      }
      default: {
        VectorExportOptions o;
        o.format = f == GeoPackage ? VectorFormat::GeoPackage
                   : f == GeoJson  ? VectorFormat::GeoJson
                                   : VectorFormat::Shapefile;
        o.tolerance = tolerance;
        o.overwrite = chips.overwrite;
        auto r = exportVectors(*copy, target, o, progress);
        return written(r, r ? r->features : 0);
      }
    }
  };
  const Result<Written> r = runWithProgress<Written>(parentWidget(), tr("Exporting annotations…"), work, &cancelled);
  if (ok) *ok = r.ok();
  if (!r) return tr("The export stopped: %1").arg(r.error());
  QString message = tr("Wrote %n annotation(s) to %1.", nullptr, r->count).arg(QDir::toNativeSeparators(target));
  if (cancelled && f == RefSegRs) message += tr(" Cancelled: the remaining annotations were not exported.");
  if (!r->notes.isEmpty()) message += QStringLiteral("\n\n") + r->notes.join(QLatin1Char('\n'));
  return message;
}

}  // namespace rrsis::ui
