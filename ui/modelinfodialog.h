#pragma once
#include <QDialog>

#include "model/segmenter.h"

namespace rrsis::ui {

/** Shows what the loaded model is: name, architecture, tokenizer, input, device, size. */
class ModelInfoDialog : public QDialog {
  Q_OBJECT

 public:
  ModelInfoDialog(const ModelInfo& info, QWidget* parent = nullptr);
  /** The dialog's fields as "label: value" lines (also for copying and tests). */
  static QStringList describe(const ModelInfo& info);
};

}  // namespace rrsis::ui
