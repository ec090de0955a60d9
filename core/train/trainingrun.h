#pragma once
// Private to core/train: one training run, shared by trainer.cpp (the epochs) and
// trainingrunsetup.cpp (options, data, vocabulary, network, checkpoints, bundle).
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <torch/torch.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "dataset/sample.h"
#include "eval/metrics.h"
#include "model/fianettextanalysis.h"
#include "nets/adamw.h"
#include "train/trainablenetwork.h"
#include "nets/safetensors.h"
#include "nets/statedict.h"
#include "text/wordpiecetokenizer.h"
#include "train/batchloader.h"
#include "train/finetune.h"
#include "train/trainer.h"

namespace rrsis::train {

using Clock = std::chrono::steady_clock;

/**
 * One call of trainModel(): prepares (options, outputs, data, vocabulary, network, a resumed
 * checkpoint), then runs the epochs, writing a checkpoint and the bundle after each. Lives
 * on the calling thread only.
 */
class TrainingRun {
 public:
  TrainingRun(const TrainOptions& o, std::function<bool(const TrainProgress&)> progress)
      : o_(o), progress_(std::move(progress)) {}

  /** The whole run. */
  Result<TrainSummary> exec();

 private:
  Status prepare();
  /** Ranges of the options that are known before the data is read. */
  Status checkOptions() const;
  /** The bundle and checkpoint folders: made, and checked against --resume. */
  Status locateOutputs();
  /** The training and validation samples, from data folders or a project. */
  Status openData();
  Status exportProject(const QString& folder);
  /** Refuses fine-tuning data whose every mask is empty. */
  Status checkTargets() const;
  Status loadVocabulary();
  Status buildNetwork();
  Status restore();
  Status evaluateSplit(const std::vector<Sample>& samples, const QString& phase, int epoch, MetricAccumulator* metrics,
                       double* loss, bool* cancelled);
  /** The bundle; its weights file is rewritten only when `newBest` is given. */
  Status saveBundle(const nets::TensorMap* newBest);
  QJsonObject trainingJson() const;
  BatchPlan planFor(const std::vector<Sample>& samples) const;
  QJsonObject stateJson() const;
  nets::TensorMap weights() const { return nets::stateDict(net_->module()); }
  /** Training mode, with a frozen part's normalisation layers kept in eval mode. */
  void setTrainMode();
  /** What the run has done so far. */
  TrainSummary summary() const;
  /** One epoch: training, validation, checkpoint and bundle. `interrupted` when the caller stopped it. */
  Status runEpoch(int epoch, bool* interrupted);
  /** The training steps of one epoch; the record gets the loss, learning rate and skipped flips. */
  Status trainEpoch(int epoch, EpochRecord& record, bool* interrupted);
  /** Books a finished epoch (best so far, stop reasons); true when it improved. */
  bool closeEpoch(int epoch, EpochRecord& record);
  /** The best weights scored on the test split, into the bundle. */
  Status scoreTest();
  bool reportStep(int epoch, int steps, double lossSum);
  QString nonFiniteMessage(double loss, double norm, int epoch, int batch, int sample) const;
  bool report(const TrainProgress& p) { return !progress_ || progress_(p); }

  TrainOptions o_;
  std::function<bool(const TrainProgress&)> progress_;
  QString bundle_, checkpoints_;
  QStringList dataFolders_;
  QString valFolder_;
  std::vector<Sample> train_, val_;
  QStringList dataNotes_;
  std::optional<BaseModel> base_;
  QStringList wordsAdded_;
  int frozen_ = 0;
  std::unique_ptr<WordPieceTokenizer> tokenizer_;
  QByteArray vocabBytes_;
  torch::Device device_ = torch::kCPU;
  bool bf16_ = false;
  int threads_ = 1;
  std::optional<TrainableNetwork> net_;
  std::shared_ptr<const FianetTextAnalysis> textAnalysis_;  ///< FIANet: makes the batches' word masks
  std::unique_ptr<nets::AdamW> adam_;
  QJsonObject fingerprint_;
  double gsd_ = 0;

  // Progress of the run, saved in checkpoints.
  int epochsDone_ = 0;
  double bestOIoU_ = -1;
  int bestEpoch_ = 0;
  int badEpochs_ = 0;
  QString stopReason_;
  std::vector<EpochRecord> history_;
  QJsonObject test_;

  // Timing of this invocation (not saved).
  Clock::time_point runStart_;
  long long stepsThisRun_ = 0;
  double valSeconds_ = 0;
  double timeBefore_ = 0;
  int stepsPerEpoch_ = 0;
  long long totalSteps_ = 0;
};

}  // namespace rrsis::train
