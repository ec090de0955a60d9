#pragma once
#include <array>

#include <QDialog>
#include <QPointer>

#include "raster/displaymapping.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QTimer;

namespace rrsis {
class Scene;
}

namespace rrsis::ui {

/**
 * Chooses which bands feed red, green and blue (or one band as gray) and how they are
 * stretched: by percentiles of the scene's statistics or by explicit min/max. Changes apply
 * to the scene live (after a short pause while typing). Modeless; the main window owns it.
 */
class BandsDialog : public QDialog {
  Q_OBJECT

 public:
  BandsDialog(Scene* scene, const StretchDefaults& defaults, QWidget* parent = nullptr);

  /** Applies the controls' state to the scene now (the live update calls this). */
  void apply();

 private:
  void loadFromScene();
  void recomputePercentiles();
  void updateEnabled();
  void schedule();

  QPointer<Scene> scene_;
  StretchDefaults defaults_;
  QComboBox* mode_;
  std::array<QComboBox*, 3> bands_;
  std::array<QLabel*, 3> bandLabels_;
  QRadioButton* percentile_;
  QRadioButton* manual_;
  QDoubleSpinBox* low_;
  QDoubleSpinBox* high_;
  std::array<QDoubleSpinBox*, 3> min_;
  std::array<QDoubleSpinBox*, 3> max_;
  QLabel* origin_;
  QTimer* timer_;
  bool loading_ = false;
};

}  // namespace rrsis::ui
