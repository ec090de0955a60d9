#include "train/trainer.h"
#include "train/trainingrun.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <optional>

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "dataset/datasetfolder.h"
#include "model/modelmanifest.h"
#include "engine/segmentationnetwork.h"
#include "nets/adamw.h"
#include "nets/autocastscope.h"
#include "nets/compactnet.h"
#include "nets/device.h"
#include "nets/losses.h"
#include "nets/safetensors.h"
#include "nets/statedict.h"
#include "raster/gdalrastersource.h"
#include "text/wordpiecetokenizer.h"
#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "dataset/refsegrsexport.h"
#include "train/batchloader.h"
#include "train/bundlewriter.h"
#include "train/checkpoint.h"
#include "train/finetune.h"
#include "train/traininghistory.h"
#include "util/safesave.h"

namespace rrsis::train {

namespace {

QString native(const QString& path) { return QDir::toNativeSeparators(path); }

double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

struct BatchTensors {
  torch::Tensor image, ids, attention, target;
  torch::Tensor object, position;  // FIANet's word masks; undefined for other networks
};

BatchTensors toTensors(Batch& b, int size, int maxTokens, const torch::Device& device) {
  BatchTensors t;
  t.image = torch::from_blob(b.image.data(), {b.count, 3, size, size}, torch::kFloat).to(device);
  t.ids = torch::from_blob(b.ids.data(), {b.count, maxTokens}, torch::kLong).to(device);
  t.attention = torch::from_blob(b.attention.data(), {b.count, maxTokens}, torch::kLong).to(device);
  t.target = torch::from_blob(b.target.data(), {b.count, size, size}, torch::kLong).to(device);
  if (!b.objectMask.empty()) {
    t.object = torch::from_blob(b.objectMask.data(), {b.count, maxTokens}, torch::kLong).to(device);
    t.position = torch::from_blob(b.positionMask.data(), {b.count, maxTokens}, torch::kLong).to(device);
  }
  if (device.is_cpu()) {  // from_blob does not own the batch's memory
    if (t.object.defined()) {
      t.object = t.object.clone();
      t.position = t.position.clone();
    }
    t.image = t.image.clone();
    t.ids = t.ids.clone();
    t.attention = t.attention.clone();
    t.target = t.target.clone();
  }
  return t;
}

struct TrainingText {
  Q_DECLARE_TR_FUNCTIONS(Training)
};

}  // namespace

void TrainingRun::setTrainMode() {
  net_->module().train();
  holdFrozenNormalisation(net_->module(), o_.architecture, o_.freeze);
}

/** Every sample in order, unaugmented: the caller shuffles and turns augmentation on. */
BatchPlan TrainingRun::planFor(const std::vector<Sample>& samples) const {
  BatchPlan plan;
  plan.samples = &samples;
  plan.tokenizer = tokenizer_.get();
  plan.textAnalysis = textAnalysis_.get();
  plan.order.resize(samples.size());
  for (std::size_t i = 0; i < samples.size(); ++i) plan.order[i] = int(i);
  plan.batchSize = o_.batchSize;
  plan.size = o_.inputSize;
  plan.maxTokens = o_.maxTokens;
  return plan;
}

Status TrainingRun::evaluateSplit(const std::vector<Sample>& samples, const QString& phase, int epoch,
                                  MetricAccumulator* metrics, double* loss, bool* cancelled) {
  torch::NoGradGuard noGrad;
  net_->module().eval();
  BatchLoader loader(planFor(samples), 3);
  const int s = o_.inputSize;
  double lossSum = 0;
  int batches = 0;
  TrainProgress p;
  p.phase = phase;
  p.epoch = epoch;
  p.epochs = o_.epochs;
  p.steps = loader.batches();
  while (std::optional<Batch> b = loader.next()) {
    if (!b->error.isEmpty()) return Status::failure(b->error);
    BatchTensors t = toTensors(*b, s, o_.maxTokens, device_);
    torch::Tensor logits;
    {
      nets::AutocastScope autocast(bf16_, device_.is_cuda());
      logits = net_->forward(t.image, t.ids, t.attention, t.object, t.position);
    }
    logits = logits.to(torch::kFloat);
    lossSum += nets::segmentationLoss(logits, t.target, o_.ceWeight, o_.diceWeight).item<double>();
    ++batches;
    const torch::Tensor prediction = logits.argmax(1).to(torch::kUInt8).to(torch::kCPU).contiguous();
    const torch::Tensor truth = t.target.to(torch::kUInt8).to(torch::kCPU).contiguous();
    for (int k = 0; k < b->count; ++k) {
      const cv::Mat pred(s, s, CV_8U, prediction[k].data_ptr<uint8_t>());
      const cv::Mat gt(s, s, CV_8U, truth[k].data_ptr<uint8_t>());
      const Sample& sample = samples[std::size_t(b->samples[std::size_t(k)])];
      metrics->add(sample.id, sample.category, pred, gt);
    }
    p.step = batches;
    if (!report(p)) {
      *cancelled = true;
      break;
    }
  }
  setTrainMode();
  *loss = batches ? lossSum / batches : 0;
  return {};
}

TrainSummary TrainingRun::summary() const {
  TrainSummary summary;
  summary.bundlePath = bundle_;
  summary.checkpointPath = QDir(checkpoints_).filePath(QStringLiteral("last.safetensors"));
  summary.device = QString::fromStdString(nets::deviceName(device_));
  summary.precision = bf16_ ? QStringLiteral("bf16") : QStringLiteral("fp32");
  summary.parameters = nets::parameterCount(net_->module());
  summary.trainSamples = int(train_.size());
  summary.valSamples = int(val_.size());
  summary.history = history_;
  summary.bestEpoch = bestEpoch_;
  for (const EpochRecord& r : history_)
    if (r.epoch == bestEpoch_) summary.best = r.validation;
  summary.stopReason = stopReason_;
  summary.test = test_;
  summary.epochs = o_.epochs;
  summary.wordsAdded = wordsAdded_;
  summary.frozenTensors = frozen_;
  summary.dataNotes = dataNotes_;
  if (textAnalysis_) summary.textAnalysis = textAnalysis_->description();
  return summary;
}

QString TrainingRun::nonFiniteMessage(double loss, double norm, int epoch, int batch, int sample) const {
  const QString what = std::isfinite(loss) ? TrainingText::tr("the gradient norm") : TrainingText::tr("the loss");
  return TrainingText::tr(
             "Training stopped: %1 became %2 at epoch %3, batch %4 (samples %5, …). Nothing was saved from "
             "this epoch; the last good checkpoint (%6) is kept in %7. Try a lower learning rate.")
      .arg(what, QString::number(std::isfinite(loss) ? norm : loss))
      .arg(epoch + 1)
      .arg(batch + 1)
      .arg(train_[std::size_t(sample)].id)
      .arg(epochsDone_ ? TrainingText::tr("epoch %1").arg(epochsDone_) : TrainingText::tr("none yet"))
      .arg(native(checkpoints_));
}

bool TrainingRun::reportStep(int epoch, int steps, double lossSum) {
  TrainProgress p;
  p.phase = QStringLiteral("train");
  p.epoch = epoch + 1;
  p.epochs = o_.epochs;
  p.step = steps;
  p.steps = stepsPerEpoch_;
  p.loss = lossSum / steps;
  const double elapsed = secondsSince(runStart_);
  p.samplesPerSecond = double(stepsThisRun_) * o_.batchSize / std::max(1e-9, elapsed - valSeconds_);
  const double perStep = (elapsed - valSeconds_) / double(stepsThisRun_);
  const int epochsLeft = o_.epochs - epoch - 1;
  const double valPerEpoch = epoch > epochsDone_ ? valSeconds_ / (epoch - epochsDone_) : perStep * 0.3 * stepsPerEpoch_;
  p.etaSeconds = perStep * double((stepsPerEpoch_ - steps) + (long long)epochsLeft * stepsPerEpoch_) +
                 valPerEpoch * (epochsLeft + 1);
  return report(p);
}

Status TrainingRun::trainEpoch(int epoch, EpochRecord& record, bool* interrupted) {
  BatchPlan plan = planFor(train_);
  std::mt19937_64 shuffle = sampleGenerator(o_.seed, std::uint64_t(epoch), ~std::uint64_t(0));
  std::shuffle(plan.order.begin(), plan.order.end(), shuffle);
  plan.augment = o_.augment.enabled;
  plan.augmentOptions = o_.augment;
  plan.seed = o_.seed;
  plan.epoch = std::uint64_t(epoch);
  double lossSum = 0;
  int steps = 0;
  BatchLoader loader(plan, 3);
  while (std::optional<Batch> b = loader.next()) {
    if (!b->error.isEmpty()) return Status::failure(b->error);
    BatchTensors t = toTensors(*b, o_.inputSize, o_.maxTokens, device_);
    const double lr = nets::polyLearningRate(o_.learningRate, adam_->step, totalSteps_, o_.polyPower);
    adam_->zeroGrad();
    torch::Tensor logits;
    {
      nets::AutocastScope autocast(bf16_, device_.is_cuda());
      logits = net_->forward(t.image, t.ids, t.attention, t.object, t.position);
    }
    torch::Tensor loss = nets::segmentationLoss(logits.to(torch::kFloat), t.target, o_.ceWeight, o_.diceWeight);
    const double value = loss.item<double>();
    double norm = 0;
    if (std::isfinite(value)) {
      loss.backward();
      norm = o_.clipNorm > 0 ? torch::nn::utils::clip_grad_norm_(adam_->params, o_.clipNorm) : 0.0;
    }
    if (!std::isfinite(value) || !std::isfinite(norm))
      return Status::failure(nonFiniteMessage(value, norm, epoch, steps, b->samples.front()));
    adam_->update(lr, o_.weightDecay);
    lossSum += value;
    ++steps;
    ++stepsThisRun_;
    record.learningRate = lr;
    record.flipsSkipped += b->flipsSkipped;
    if (!reportStep(epoch, steps, lossSum)) {
      *interrupted = true;
      return {};
    }
  }
  record.trainLoss = steps ? lossSum / steps : 0;
  return {};
}

bool TrainingRun::closeEpoch(int epoch, EpochRecord& record) {
  const bool improved = record.validation.overallIoU > bestOIoU_;
  if (improved) {
    bestOIoU_ = record.validation.overallIoU;
    bestEpoch_ = epoch + 1;
    badEpochs_ = 0;
  } else {
    ++badEpochs_;
  }
  history_.push_back(record);
  epochsDone_ = epoch + 1;
  if (o_.targetMiou > 0 && record.validation.meanIoU >= o_.targetMiou)
    stopReason_ = TrainingText::tr("validation mIoU %1 reached the target %2")
                      .arg(record.validation.meanIoU, 0, 'f', 2)
                      .arg(o_.targetMiou);
  else if (o_.patience > 0 && badEpochs_ >= o_.patience)
    stopReason_ = TrainingText::tr("early stop: no better validation oIoU for %1 epochs").arg(badEpochs_);
  else if (epochsDone_ == o_.epochs)
    stopReason_ = TrainingText::tr("all %1 epochs done").arg(o_.epochs);
  return improved;
}

Status TrainingRun::runEpoch(int epoch, bool* interrupted) {
  const Clock::time_point epochStart = Clock::now();
  EpochRecord record;
  record.epoch = epoch + 1;
  if (Status st = trainEpoch(epoch, record, interrupted); !st || *interrupted) return st;
  const Clock::time_point valStart = Clock::now();
  MetricAccumulator metrics(EvalProtocol::Lavt, QSize(o_.inputSize, o_.inputSize));
  if (Status st = evaluateSplit(val_, QStringLiteral("val"), epoch + 1, &metrics, &record.valLoss, interrupted); !st)
    return st;
  valSeconds_ += secondsSince(valStart);
  if (*interrupted) return {};
  record.validation = metrics.summary();
  record.meanIoUEmptyAsOne = metrics.summaryCountingEmptyUnionAs(1.0).meanIoU;
  record.seconds = timeBefore_ + secondsSince(runStart_);
  record.samplesPerSecond = double(train_.size()) / std::max(1e-9, secondsSince(epochStart));
  const bool improved = closeEpoch(epoch, record);
  const nets::TensorMap model = weights();
  if (Status st = writeCheckpoint(checkpoints_, model, *adam_, stateJson(), improved); !st)
    return Status::failure(
        TrainingText::tr("Could not write the checkpoint after epoch %1 (%2). The previous checkpoint is intact; "
                         "free some space and run again with --resume.")
            .arg(epoch + 1)
            .arg(st.error()));
  if (Status st = saveBundle(improved ? &model : nullptr); !st)
    return Status::failure(
        TrainingText::tr("Could not write the bundle after epoch %1: %2").arg(epoch + 1).arg(st.error()));
  TrainProgress done;
  done.phase = QStringLiteral("epoch");
  done.epoch = epoch + 1;
  done.epochs = o_.epochs;
  done.finished = &history_.back();
  if (!report(done) && stopReason_.isEmpty()) *interrupted = true;
  return {};
}

Status TrainingRun::scoreTest() {
  if (o_.testSplit.isEmpty()) return {};
  auto testSamples = openDatasetSplit(valFolder_, o_.testSplit);
  if (!testSamples) return {};
  nets::TensorMap best;
  std::string error;
  if (!nets::readSafetensors(QDir(checkpoints_).filePath(QStringLiteral("best.safetensors")).toStdString(), best,
                             nullptr, &error) ||
      !nets::loadStateDict(net_->module(), best, &error))
    return Status::failure(QString::fromStdString(error));
  MetricAccumulator metrics(EvalProtocol::Lavt, QSize(o_.inputSize, o_.inputSize));
  double loss = 0;
  bool cancelled = false;
  if (Status st = evaluateSplit(*testSamples, QStringLiteral("test"), epochsDone_, &metrics, &loss, &cancelled); !st)
    return st;
  if (cancelled) return {};
  test_ = metrics.toJson();
  test_[QStringLiteral("split")] = o_.testSplit;
  test_[QStringLiteral("epoch")] = bestEpoch_;
  return saveBundle(nullptr);
}

Result<TrainSummary> TrainingRun::exec() {
  using R = Result<TrainSummary>;
  if (Status st = prepare(); !st) return R::failure(st.error());
  if (o_.resume)
    if (Status st = restore(); !st) return R::failure(st.error());
  if (!stopReason_.isEmpty() || epochsDone_ >= o_.epochs) {
    TrainSummary s = summary();
    s.alreadyFinished = true;
    return s;
  }
  stepsPerEpoch_ = int((train_.size() + std::size_t(o_.batchSize) - 1) / std::size_t(o_.batchSize));
  totalSteps_ = (long long)stepsPerEpoch_ * o_.epochs;
  timeBefore_ = history_.empty() ? 0.0 : history_.back().seconds;
  runStart_ = Clock::now();
  setTrainMode();
  for (int epoch = epochsDone_; epoch < o_.epochs; ++epoch) {
    bool interrupted = false;
    if (Status st = runEpoch(epoch, &interrupted); !st) return R::failure(st.error());
    if (interrupted) {
      TrainSummary s = summary();
      s.interrupted = true;
      return s;
    }
    if (!stopReason_.isEmpty()) break;
  }
  // The best weights, scored once on the held-out split.
  if (Status st = scoreTest(); !st) return R::failure(st.error());
  return summary();
}

}  // namespace rrsis::train

namespace rrsis {

Result<TrainSummary> trainModel(const TrainOptions& options,
                                const std::function<bool(const TrainProgress&)>& progress) {
  try {
    train::TrainingRun run(options, progress);
    return run.exec();
  } catch (const c10::Error& e) {
    return Result<TrainSummary>::failure(train::TrainingText::tr("LibTorch failed during training: %1")
                                             .arg(QString::fromStdString(e.what_without_backtrace())));
  } catch (const std::exception& e) {
    return Result<TrainSummary>::failure(
        train::TrainingText::tr("Training failed: %1").arg(QString::fromUtf8(e.what())));
  }
}

TrainOptions resolvedTrainOptions(const TrainOptions& options, int trainSamples, int baseInputSize, int baseMaxTokens) {
  TrainOptions o = options;
  const bool fineTune = !o.initBundle.isEmpty();
  if (o.inputSize == 0) o.inputSize = fineTune && baseInputSize > 0 ? baseInputSize : 320;
  if (o.maxTokens == 0) o.maxTokens = fineTune && baseMaxTokens > 0 ? baseMaxTokens : 20;
  if (o.learningRate == 0) o.learningRate = fineTune ? 2e-4 : 1e-3;
  if (o.epochs == 0) {
    // Fine-tuning: about 3,000 samples seen (so 50 annotations get 60 epochs, 1,000 get 10).
    o.epochs = fineTune ? std::clamp((3000 + std::max(1, trainSamples) - 1) / std::max(1, trainSamples), 10, 60) : 30;
  }
  return o;
}

QStringList expressionWords(const QString& expression) {
  static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
  QStringList words;
  auto it = word.globalMatch(expression.toLower());
  while (it.hasNext()) words << it.next().captured(0);
  return words;
}

QStringList buildWordVocabulary(const QStringList& expressions) {
  QStringList vocab{QStringLiteral("[PAD]"), QStringLiteral("[UNK]"), QStringLiteral("[CLS]"), QStringLiteral("[SEP]"),
                    QStringLiteral("[MASK]")};
  const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
  for (const QChar c : alphabet) vocab << QString(c);
  for (const QChar c : alphabet) vocab << QStringLiteral("##") + c;
  std::map<QString, int> counts;
  for (const QString& e : expressions)
    for (const QString& w : expressionWords(e)) ++counts[w];
  std::vector<std::pair<QString, int>> sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [w, n] : sorted)
    if (!vocab.contains(w)) vocab << w;
  return vocab;
}

}  // namespace rrsis
