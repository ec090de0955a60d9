#pragma once
#include <memory>

#include <QDialog>
#include <QHash>

#include "eval/metrics.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace rrsis::ui {

class BackgroundJob;
class IoUHistogramView;

/**
 * Evaluate: runs the current model over a dataset split in the background (progress and
 * cancel), then shows the field's figures (oIoU, mIoU, Prec@0.5..0.9) overall and per
 * category, an IoU histogram and the worst samples, each a double-click away in the dataset
 * browser; saves the report as JSON, CSV and PNG. Unreadable samples are left out and
 * counted. Owned by the main window; lives as long as it does so results stay.
 */
class EvaluateDialog : public QDialog {
  Q_OBJECT

 public:
  explicit EvaluateDialog(QWidget* parent = nullptr);
  ~EvaluateDialog() override;

  void setModel(const QString& bundle, const QString& name);
  void setDataset(const QString& folder, const QString& split = QStringLiteral("test"));
  /** Starts the evaluation (Evaluate button). */
  void start();
  void cancel();
  bool isRunning() const;
  /** The last finished evaluation, or null. */
  const MetricAccumulator* result() const { return result_.get(); }
  /** Writes report.json, samples.csv and histogram.png into `folder`. */
  bool saveReport(const QString& folder, QString* error) const;
  const QString& lastError() const { return lastError_; }

 Q_SIGNALS:
  /** A worst sample was double-clicked. */
  void showSampleRequested(const QString& folder, const QString& split, const QString& id);
  /** An evaluation finished: IoU by sample id. */
  void scored(const QString& folder, const QString& split, const QHash<QString, double>& iouById);

 private:
  void createWidgets();
  void onFinished(bool ok, bool cancelled, const QString& message);
  void showResult();
  void chooseReportFolder();

  QLineEdit* folder_;
  QComboBox* split_;
  QComboBox* protocol_;
  QLabel* model_;
  QPushButton* run_;
  QPushButton* cancel_;
  QPushButton* save_;
  QProgressBar* progress_;
  QLabel* summary_;
  QTableWidget* categories_;
  IoUHistogramView* histogram_;
  QListWidget* worst_;
  BackgroundJob* job_;
  QString bundle_, modelName_;
  QString runFolder_, runSplit_;
  std::shared_ptr<MetricAccumulator> pending_, result_;
  std::shared_ptr<QStringList> skipped_;
  QHash<QString, QString> expressions_;  ///< id -> expression of the evaluated split
  QString lastError_;
};

}  // namespace rrsis::ui
