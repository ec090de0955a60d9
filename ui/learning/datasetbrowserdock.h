#pragma once
#include <memory>
#include <vector>

#include <QDockWidget>
#include <opencv2/core/mat.hpp>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rrsis {
class Segmenter;
struct Sample;
}  // namespace rrsis

namespace rrsis::ui {

class BackgroundJob;
class DatasetSampleModel;
class SampleFilterProxy;

/**
 * The Dataset Browser: opens a RefSegRS or RRSIS-D folder (or a project's export) and lists
 * its samples (id, expression, split, category, IoU, status) with filter and sort. Broken
 * samples are found by a background scan and listed as broken; the rest stay usable. The
 * selected sample shows its chip with the ground truth and, on demand, the current model's
 * prediction and IoU. "Edit in Project" hands the sample to the main window, which turns it
 * into an annotation. Owned by the main window.
 */
class DatasetBrowserDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit DatasetBrowserDock(QWidget* parent = nullptr);
  ~DatasetBrowserDock() override;

  /** Reads the folder's splits in the background; false when it is not a dataset. */
  void openFolder(const QString& folder);
  const QString& folder() const { return folder_; }
  /** The model that Predict runs (the studio's current one). */
  void setModel(const QString& bundle);
  DatasetSampleModel* sampleModel() const { return model_; }
  QTableView* table() const { return table_; }
  /** Selects and shows a sample (from the evaluation's worst list). */
  bool showSample(const QString& split, const QString& id);
  /** Per-sample IoU from an evaluation of this folder, by "split/id". */
  void setScores(const QString& split, const QHash<QString, double>& iouById);
  /** Runs the current model on the selected sample. */
  void predictSelected();
  bool isBusy() const;
  const QString& lastError() const { return lastError_; }

 Q_SIGNALS:
  /** Open the samples as scenes of the project, each with its mask as an annotation. */
  void editRequested(const std::vector<rrsis::Sample>& samples);
  void evaluateRequested(const QString& folder);
  void statusMessage(const QString& message);

 private:
  void createWidgets();
  void chooseFolder();
  void onLoaded(std::vector<Sample> samples, const QString& folder);
  void scanForBroken();
  void showCurrent();
  void updatePreview();
  void updateFilter();
  int currentRow() const;

  DatasetSampleModel* model_;
  SampleFilterProxy* proxy_;
  QTableView* table_;
  QLineEdit* filter_;
  QComboBox* split_;
  QLabel* folderLabel_;
  QLabel* preview_;
  QLabel* info_;
  QLabel* scanStatus_;  ///< the background check of every sample
  QPushButton* predict_;
  QPushButton* edit_;
  QPushButton* evaluate_;
  BackgroundJob* loader_;
  BackgroundJob* scanner_;
  BackgroundJob* predictor_;
  QString folder_;
  QString bundle_;
  QString lastError_;
  std::shared_ptr<Segmenter> segmenter_;  ///< loaded on the predictor's thread, used there only
  QString segmenterBundle_;
  int shownRow_ = -1;
  cv::Mat shownImage_, shownTruth_, shownPrediction_;
};

}  // namespace rrsis::ui
