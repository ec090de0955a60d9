#pragma once
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace rrsis {
class Project;
}

namespace rrsis::ui {

/**
 * File ▸ Export Annotations: the format (RefSegRS, RRSIS-D, COCO, mask or label GeoTIFFs,
 * GeoPackage, GeoJSON, Shapefile), where to write it and the options that format has (chip
 * size, ground resolution, split shares and seed for datasets; polygons for COCO; the
 * simplification tolerance for vectors; overwriting). exportNow() writes a snapshot of the
 * project on a worker thread behind a progress dialog that can cancel.
 */
class ExportDialog : public QDialog {
  Q_OBJECT

 public:
  /** The formats, in the order of the combo box. */
  enum Format { RefSegRs, Rrsisd, Coco, MaskTiffs, LabelTiffs, GeoPackage, GeoJson, Shapefile };

  ExportDialog(const Project* project, QWidget* parent = nullptr);
  void setFormat(Format format);
  void setTarget(const QString& path);
  /** Runs the export with the dialog's settings; returns the message to show, `*ok` false when it failed. */
  QString exportNow(bool* ok = nullptr);

 private:
  Format format() const;
  bool targetIsFolder() const;
  void formatChanged();
  void browse();

  const Project* project_;
  QFormLayout* form_;
  QComboBox* format_;
  QLineEdit* target_;
  QSpinBox* chip_;
  QDoubleSpinBox* gsd_;
  QDoubleSpinBox* train_;
  QDoubleSpinBox* val_;
  QSpinBox* seed_;
  QCheckBox* polygons_;
  QDoubleSpinBox* tolerance_;
  QCheckBox* overwrite_;
};

}  // namespace rrsis::ui
