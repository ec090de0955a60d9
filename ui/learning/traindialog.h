#pragma once
#include <memory>

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace rrsis {
class Project;
}

namespace rrsis::ui {

class BackgroundJob;
class ProjectSession;
class TrainingCurvesView;

/**
 * Train on These Annotations: fine-tunes the current model on the project's annotations in
 * the background, with live loss and validation curves, cancel, and resume of a run that
 * was cut short (cancelled, or the studio closed). Annotations marked val are held out;
 * when none is, a fifth of the others is. At the end it scores the base and the new model
 * on the held-out annotations and offers "Use This Model". Runs live in the project's data
 * folder (NAME.rrsisdata/training/); the base model is never changed. Owned by the main
 * window; closing the studio stops the run after the current batch (the last finished
 * epoch stays and resumes).
 */
class TrainDialog : public QDialog {
  Q_OBJECT

 public:
  TrainDialog(ProjectSession* session, QWidget* parent = nullptr);
  ~TrainDialog() override;

  void setBaseModel(const QString& bundle, const QString& name);
  /** Saves the project if needed, then trains (Train button). */
  void start();
  /** Continues the newest unfinished run of this project. */
  void resume();
  void cancel();
  bool isRunning() const;
  /** The finished run's bundle, or "". */
  const QString& trainedBundle() const { return trainedBundle_; }
  /** Held-out scores of the last finished run: "before" and "after" MetricSummary JSON. */
  const QJsonObject& comparison() const { return comparison_; }
  const QString& lastError() const { return lastError_; }
  /** Annotation counts and what will be held out, refreshed from the project. */
  void refresh();

 Q_SIGNALS:
  void useModelRequested(const QString& bundle);

 private:
  void createWidgets();
  void run(const QJsonObject& settings, bool resuming);
  void onFinished(bool ok, bool cancelled, const QString& message);
  QString trainingFolder() const;
  /** The newest run of this project whose settings say it did not finish, or {}. */
  QJsonObject unfinishedRun() const;
  void showComparison();

  ProjectSession* session_;
  QString baseBundle_, baseName_;
  QLabel* base_;
  QLabel* annotations_;
  QSpinBox* epochs_;
  QComboBox* freeze_;
  QPushButton* train_;
  QPushButton* resume_;
  QPushButton* cancel_;
  QPushButton* use_;
  QProgressBar* progress_;
  QLabel* status_;
  QLabel* result_;
  TrainingCurvesView* curves_;
  BackgroundJob* job_;
  QJsonObject settings_;  ///< the run in progress (also in its run file)
  QJsonObject comparison_;
  std::shared_ptr<QJsonObject> pendingComparison_;  ///< filled by the run's thread
  QString trainedBundle_;
  QString lastError_;
};

}  // namespace rrsis::ui
