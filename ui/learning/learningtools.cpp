#include "learning/learningtools.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QStatusBar>

#include "annotation/annotationdocument.h"
#include "model/segmenter.h"
#include "inferenceservice.h"
#include "learning/datasetbrowserdock.h"
#include "learning/evaluatedialog.h"
#include "learning/traindialog.h"
#include "mainwindow.h"
#include "querycontroller.h"

namespace rrsis::ui {

LearningTools::LearningTools(MainWindow* window, QMenu* modelMenu, QMenu* viewMenu)
    : QObject(window), window_(window), browser_(new DatasetBrowserDock(window)) {
  window->addDockWidget(Qt::LeftDockWidgetArea, browser_);
  browser_->hide();
  QAction* toggle = browser_->toggleViewAction();
  toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
  viewMenu->addAction(toggle);

  modelMenu->addSeparator();
  evaluate_ = modelMenu->addAction(tr("&Evaluate…"), this, [this] {
    EvaluateDialog* d = evaluateDialog();
    if (d->result() == nullptr && !browser_->folder().isEmpty()) d->setDataset(browser_->folder());
    d->show();
    d->raise();
  });
  evaluate_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
  train_ = modelMenu->addAction(tr("&Train on These Annotations…"), this, [this] {
    TrainDialog* d = trainDialog();
    d->refresh();
    d->show();
    d->raise();
  });
  train_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));

  connect(window->queryController()->service(), &InferenceService::modelLoaded, this, [this](const ModelInfo& info) {
    bundle_ = info.bundlePath;
    modelName_ = info.name;
    onModelChanged();
  });
  connect(browser_, &DatasetBrowserDock::editRequested, this, &LearningTools::editSamples);
  connect(browser_, &DatasetBrowserDock::evaluateRequested, this, [this](const QString& folder) {
    EvaluateDialog* d = evaluateDialog();
    d->setDataset(folder);
    d->show();
    d->raise();
  });
  connect(browser_, &DatasetBrowserDock::statusMessage, this,
          [this](const QString& m) { window_->statusBar()->showMessage(m, 8000); });
  connect(window, &MainWindow::sceneOpened, this, &LearningTools::onSceneOpened);
}

LearningTools::~LearningTools() = default;

EvaluateDialog* LearningTools::evaluateDialog() {
  if (!evaluateDialog_) {
    evaluateDialog_ = new EvaluateDialog(window_);
    evaluateDialog_->setModel(bundle_, modelName_);
    connect(evaluateDialog_, &EvaluateDialog::scored, this,
            [this](const QString& folder, const QString& split, const QHash<QString, double>& ious) {
              if (QDir(folder) == QDir(browser_->folder())) browser_->setScores(split, ious);
            });
    connect(evaluateDialog_, &EvaluateDialog::showSampleRequested, this,
            [this](const QString& folder, const QString& split, const QString& id) {
              browser_->show();
              browser_->raise();
              if (QDir(folder) == QDir(browser_->folder())) {
                browser_->showSample(split, id);
                return;
              }
              browser_->openFolder(folder);
              window_->statusBar()->showMessage(tr("Opening %1 in the Dataset Browser…").arg(folder), 5000);
            });
  }
  return evaluateDialog_;
}

TrainDialog* LearningTools::trainDialog() {
  if (!trainDialog_) {
    trainDialog_ = new TrainDialog(window_->session(), window_);
    trainDialog_->setBaseModel(bundle_, modelName_);
    connect(trainDialog_, &TrainDialog::useModelRequested, window_, &MainWindow::openModel);
  }
  return trainDialog_;
}

bool LearningTools::isTraining() const { return trainDialog_ && trainDialog_->isRunning(); }

void LearningTools::shutdown() {
  if (trainDialog_) trainDialog_->cancel();
}

void LearningTools::onModelChanged() {
  browser_->setModel(bundle_);
  if (evaluateDialog_) evaluateDialog_->setModel(bundle_, modelName_);
  if (trainDialog_ && !trainDialog_->isRunning()) trainDialog_->setBaseModel(bundle_, modelName_);
}

void LearningTools::editSamples(const std::vector<Sample>& samples) {
  const bool idle = !hasPending_ && queue_.empty();
  queue_.insert(queue_.end(), samples.begin(), samples.end());
  if (idle) {
    edited_ = 0;
    openNextSample();
  }
}

void LearningTools::openNextSample() {
  if (queue_.empty()) return;
  pending_ = queue_.front();
  queue_.erase(queue_.begin());
  hasPending_ = true;
  window_->openFile(pending_.imagePath);
}

void LearningTools::onSceneOpened(bool ok) {
  if (!hasPending_) return;
  hasPending_ = false;
  AnnotationDocument* d = window_->document();
  auto mask = ok && d ? pending_.loadMask() : Result<cv::Mat>::failure(tr("The chip could not be opened."));
  if (!mask) {
    window_->statusBar()->showMessage(tr("Sample %1: %2").arg(pending_.id, mask.error()), 10000);
    openNextSample();
    return;
  }
  Annotation a;
  a.expression = pending_.expression;
  a.category = pending_.category;
  a.split = splitFromName(pending_.split);
  a.provenance.mode = QStringLiteral("import");
  a.provenance.region = QRect(0, 0, mask->cols, mask->rows);
  const int id = d->addAnnotation(a);
  d->setMask(id, QRect(0, 0, mask->cols, mask->rows), *mask, tr("Load Sample Mask"));
  ++edited_;
  window_->statusBar()->showMessage(
      queue_.empty() ? tr("%n sample(s) are now annotations: correct them, then export the project to save them as new "
                          "samples.",
                          nullptr, edited_)
                     : tr("Opening samples… %1 left").arg(queue_.size()),
      10000);
  openNextSample();
}

}  // namespace rrsis::ui
