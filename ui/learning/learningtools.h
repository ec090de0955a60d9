#pragma once
#include <QObject>
#include <QString>
#include <vector>

#include "dataset/sample.h"

class QAction;
class QMenu;

namespace rrsis::ui {

class DatasetBrowserDock;
class EvaluateDialog;
class MainWindow;
class TrainDialog;

/**
 * The learning loop in the studio: the Dataset Browser dock, Model ▸ Evaluate… and Model ▸
 * Train on These Annotations…, kept in step with the current model, and wired to the main
 * window (a sample to edit becomes a scene and an annotation of the project; a trained
 * model can be loaded at once). Owned by the main window; holds no data of its own.
 */
class LearningTools : public QObject {
  Q_OBJECT

 public:
  LearningTools(MainWindow* window, QMenu* modelMenu, QMenu* viewMenu);
  ~LearningTools() override;

  DatasetBrowserDock* browser() const { return browser_; }
  EvaluateDialog* evaluateDialog();
  TrainDialog* trainDialog();
  QAction* evaluateAction() const { return evaluate_; }
  QAction* trainAction() const { return train_; }
  bool isTraining() const;
  /** Stops a running training run (the studio is closing): its finished epochs stay. */
  void shutdown();

 private:
  void onModelChanged();
  /** Queues samples to open one after another (each waits for the previous scene). */
  void editSamples(const std::vector<Sample>& samples);
  void openNextSample();
  void onSceneOpened(bool ok);

  MainWindow* window_;
  DatasetBrowserDock* browser_;
  EvaluateDialog* evaluateDialog_ = nullptr;
  TrainDialog* trainDialog_ = nullptr;
  QAction* evaluate_;
  QAction* train_;
  QString bundle_, modelName_;
  bool hasPending_ = false;
  Sample pending_;             ///< the sample being opened for editing
  std::vector<Sample> queue_;  ///< the samples still to open
  int edited_ = 0;
};

}  // namespace rrsis::ui
