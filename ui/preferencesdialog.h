#pragma once
#include <QDialog>

#include "preferences.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace rrsis::ui {

/** Edits the Preferences; the caller saves and applies them when the dialog is accepted. */
class PreferencesDialog : public QDialog {
  Q_OBJECT

 public:
  explicit PreferencesDialog(const Preferences& prefs, QWidget* parent = nullptr);
  Preferences preferences() const;

 private:
  Preferences prefs_;
  QSpinBox* cache_;
  QSpinBox* threads_;
  QSpinBox* modelThreads_;
  QCheckBox* forceCpu_;
  QComboBox* precision_;
  QDoubleSpinBox* low_;
  QDoubleSpinBox* high_;
  QCheckBox* stretchByte_;
  QComboBox* language_;
};

}  // namespace rrsis::ui
