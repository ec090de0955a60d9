#pragma once
#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace rrsis {
class Project;
}

namespace rrsis::ui {

/**
 * File ▸ Save as RefSegRS Samples: asks for the folder, chip size, ground resolution, split
 * shares and seed, then exports a snapshot of the project on a worker thread with a progress
 * dialog that can cancel (samples written until then stay, each complete).
 */
class ExportRefSegRsDialog : public QDialog {
  Q_OBJECT

 public:
  ExportRefSegRsDialog(const Project* project, QWidget* parent = nullptr);
  /** Runs the export with the dialog's settings; returns the message to show. */
  QString exportNow();

 private:
  const Project* project_;
  QLineEdit* folder_;
  QSpinBox* chip_;
  QDoubleSpinBox* gsd_;
  QDoubleSpinBox* train_;
  QDoubleSpinBox* val_;
  QSpinBox* seed_;
};

}  // namespace rrsis::ui
