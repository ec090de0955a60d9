#include "train/trainer.h"

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
#include "model/segmentationnetwork.h"
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

namespace rrsis {

namespace {

QString native(const QString& path) { return QDir::toNativeSeparators(path); }

using train::kMean;
using train::kStd;
using train::Batch;
using train::BatchLoader;
using train::BatchPlan;

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

struct BatchTensors {
  torch::Tensor image, ids, attention, target;
};

BatchTensors toTensors(Batch& b, int size, int maxTokens, const torch::Device& device) {
  BatchTensors t;
  t.image = torch::from_blob(b.image.data(), {b.count, 3, size, size}, torch::kFloat).to(device);
  t.ids = torch::from_blob(b.ids.data(), {b.count, maxTokens}, torch::kLong).to(device);
  t.attention = torch::from_blob(b.attention.data(), {b.count, maxTokens}, torch::kLong).to(device);
  t.target = torch::from_blob(b.target.data(), {b.count, size, size}, torch::kLong).to(device);
  if (device.is_cpu()) {  // from_blob does not own the batch's memory
    t.image = t.image.clone();
    t.ids = t.ids.clone();
    t.attention = t.attention.clone();
    t.target = t.target.clone();
  }
  return t;
}

/** The options that decide the result: a resumed run must match them exactly. */
QJsonObject fingerprint(const TrainOptions& o, const QStringList& dataFolders, const QString& valFolder,
                        int trainSamples, const QString& precision) {
  QJsonObject f;
  f[QStringLiteral("architecture")] = o.architecture;
  f[QStringLiteral("config")] = o.config;
  f[QStringLiteral("data")] = QJsonArray::fromStringList(dataFolders);
  f[QStringLiteral("train_split")] = o.trainSplit;
  f[QStringLiteral("train_samples")] = trainSamples;
  f[QStringLiteral("val")] = valFolder;
  f[QStringLiteral("val_split")] = o.valSplit;
  f[QStringLiteral("input_size")] = o.inputSize;
  f[QStringLiteral("max_tokens")] = o.maxTokens;
  f[QStringLiteral("epochs")] = o.epochs;
  f[QStringLiteral("batch_size")] = o.batchSize;
  f[QStringLiteral("learning_rate")] = o.learningRate;
  f[QStringLiteral("weight_decay")] = o.weightDecay;
  f[QStringLiteral("poly_power")] = o.polyPower;
  f[QStringLiteral("clip_norm")] = o.clipNorm;
  f[QStringLiteral("ce_weight")] = o.ceWeight;
  f[QStringLiteral("dice_weight")] = o.diceWeight;
  f[QStringLiteral("seed")] = QString::number(o.seed);
  f[QStringLiteral("precision")] = precision;
  if (!o.initBundle.isEmpty()) {
    f[QStringLiteral("init")] = QFileInfo(o.initBundle).absoluteFilePath();
    f[QStringLiteral("freeze")] = freezeGroupName(o.freeze);
  }
  if (!o.projectPath.isEmpty()) f[QStringLiteral("project")] = QFileInfo(o.projectPath).absoluteFilePath();
  const AugmentOptions& a = o.augment;
  f[QStringLiteral("augment")] = QJsonArray{a.enabled, a.cropProbability, a.minCropFraction, a.minTargetKept,
                                            a.flipProbability, a.brightness, a.contrast, a.saturation};
  return f;
}

/** The keys whose values differ, for a resume refused because the options changed. */
QStringList differingKeys(const QJsonObject& a, const QJsonObject& b) {
  QStringList keys;
  QStringList all = a.keys() + b.keys();
  all.removeDuplicates();
  for (const QString& k : all)
    if (a.value(k) != b.value(k)) keys << k;
  return keys;
}

/** Metres per network-input pixel, from the first training image's georeferencing. */
double inputGroundSampleDistance(const Sample& first, int inputSize) {
  auto source = GdalRasterSource::open(first.imagePath);
  if (!source) return 0;
  const RasterInfo& info = (*source)->info();
  const std::optional<double> gsd = info.geo.groundSampleDistance();
  if (!gsd || *gsd <= 0) return 0;
  return *gsd * double(std::max(info.width, info.height)) / double(inputSize);
}

// ---------------------------------------------------------------------------------------

class Run {
 public:
  Run(const TrainOptions& o, std::function<bool(const TrainProgress&)> progress)
      : o_(o), progress_(std::move(progress)) {}

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
  nets::TensorMap weights() const { return nets::stateDict(*net_); }
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
  std::optional<train::BaseModel> base_;
  QStringList wordsAdded_;
  int frozen_ = 0;
  std::unique_ptr<WordPieceTokenizer> tokenizer_;
  QByteArray vocabBytes_;
  nets::CompactOptions netOptions_;
  torch::Device device_ = torch::kCPU;
  bool bf16_ = false;
  int threads_ = 1;
  nets::CompactNet net_{nullptr};
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

struct TrainingText {
  Q_DECLARE_TR_FUNCTIONS(Training)
};

Status Run::checkOptions() const {
  if (o_.initBundle.isEmpty() && o_.architecture != QLatin1String("compact"))
    return Status::failure(TrainingText::tr("Unknown architecture “%1”; this build trains: compact.").arg(o_.architecture));
  if (o_.dataFolders.isEmpty() && o_.projectPath.isEmpty())
    return Status::failure(TrainingText::tr("No training data given: name data folders or a project."));
  if (!o_.dataFolders.isEmpty() && !o_.projectPath.isEmpty())
    return Status::failure(TrainingText::tr("Train on data folders or on a project, not both."));
  if (o_.outBundle.trimmed().isEmpty()) return Status::failure(TrainingText::tr("No output bundle given."));
  if (o_.epochs < 0 || o_.epochs > 100000) return Status::failure(TrainingText::tr("The number of epochs must be 1..100000."));
  if (o_.batchSize < 1 || o_.batchSize > 4096) return Status::failure(TrainingText::tr("The batch size must be 1..4096."));
  if (o_.inputSize != 0 && (o_.inputSize < 64 || o_.inputSize > 2048 || o_.inputSize % 32 != 0))
    return Status::failure(TrainingText::tr("The input size must be a multiple of 32 in 64..2048 (got %1).").arg(o_.inputSize));
  if (o_.maxTokens != 0 && (o_.maxTokens < 3 || o_.maxTokens > 512))
    return Status::failure(TrainingText::tr("The token count must be 3..512."));
  if (!(o_.learningRate >= 0) || !std::isfinite(o_.learningRate))
    return Status::failure(TrainingText::tr("The learning rate must be a positive number."));
  if (!(o_.weightDecay >= 0) || !(o_.clipNorm >= 0) || !(o_.polyPower >= 0) || !(o_.ceWeight >= 0) ||
      !(o_.diceWeight >= 0) || o_.ceWeight + o_.diceWeight <= 0)
    return Status::failure(TrainingText::tr("Weight decay, clipping, poly power and loss weights must be non-negative."));
  return {};
}

Status Run::locateOutputs() {
  bundle_ = QFileInfo(o_.outBundle).absoluteFilePath();
  if (o_.checkpointFolder.isEmpty()) {
    QString base = bundle_;
    if (base.endsWith(QLatin1String(".rrsismodel"))) base.chop(int(qstrlen(".rrsismodel")));
    checkpoints_ = base + QStringLiteral(".checkpoints");
  } else {
    checkpoints_ = QFileInfo(o_.checkpointFolder).absoluteFilePath();
  }
  if (!o_.initBundle.isEmpty() && QFileInfo(o_.initBundle).absoluteFilePath() == bundle_)
    return Status::failure(TrainingText::tr("The output is the base model itself; fine-tuning never changes the base model. Choose another output."));
  const QString last = QDir(checkpoints_).filePath(QStringLiteral("last.safetensors"));
  if (o_.resume && !QFileInfo::exists(last))
    return Status::failure(TrainingText::tr("Nothing to resume: there is no checkpoint at %1.").arg(native(last)));
  if (!o_.resume) {
    if (QFileInfo::exists(last))
      return Status::failure(TrainingText::tr("%1 already holds a checkpoint: pass --resume to continue that run, or choose "
                                "another output.").arg(native(checkpoints_)));
    if (QFileInfo::exists(bundle_) && !QDir(bundle_).isEmpty())
      return Status::failure(TrainingText::tr("%1 already exists; training never overwrites a bundle. Choose another output.")
                                 .arg(native(bundle_)));
  }
  for (const QString& folder : {bundle_, checkpoints_})
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isWritable())
      return Status::failure(TrainingText::tr("Cannot write to %1: check that the folder exists and is writable.").arg(native(folder)));
  return {};
}

Status Run::exportProject(const QString& folder) {
  if (o_.resume && QFileInfo::exists(QDir(folder).filePath(QStringLiteral("output_phrase_train.txt")))) return {};
  QDir(folder).removeRecursively();  // an export cut short by a crash starts again
  auto project = projectfile::load(o_.projectPath);
  if (!project) return Status::failure(project.error());
  RefSegRsExportOptions options;
  options.trainShare = 0.8;
  options.valShare = 0.2;
  options.seed = unsigned(o_.seed);
  auto report = exportRefSegRs(**project, folder, options);
  if (!report) return Status::failure(report.error());
  if (report->samples == 0)
    return Status::failure(TrainingText::tr("The project %1 has no annotation with an expression to train on.").arg(native(o_.projectPath)));
  dataNotes_ = report->notes;
  return {};
}

Status Run::openData() {
  if (!o_.projectPath.isEmpty()) {
    const QString folder = QDir(checkpoints_).filePath(QStringLiteral("data"));
    if (Status st = exportProject(folder); !st) return st;
    dataFolders_ << folder;
    valFolder_ = folder;
    auto train = openDatasetSplit(folder, QStringLiteral("train"));
    if (!train)
      return Status::failure(TrainingText::tr("Every annotation of the project is held out (val or test): mark some as train."));
    train_ = std::move(*train);
    if (auto val = openDatasetSplit(folder, QStringLiteral("val")); val) val_ = std::move(*val);
    if (val_.empty()) {
      val_ = train_;
      dataNotes_ << TrainingText::tr("No annotation could be held out (they all overlap): validation uses the training annotations.");
    }
  } else {
    for (const QString& folder : o_.dataFolders) {
      const QString absolute = QFileInfo(folder).absoluteFilePath();
      auto samples = openDatasetSplit(absolute, o_.trainSplit);
      if (!samples) return Status::failure(samples.error());
      dataFolders_ << absolute;
      train_.insert(train_.end(), samples->begin(), samples->end());
    }
    valFolder_ = QFileInfo(o_.valFolder.isEmpty() ? o_.dataFolders.first() : o_.valFolder).absoluteFilePath();
    auto val = openDatasetSplit(valFolder_, o_.valSplit);
    if (!val) return Status::failure(val.error());
    val_ = std::move(*val);
  }
  if (o_.maxTrainSamples > 0 && int(train_.size()) > o_.maxTrainSamples) train_.resize(std::size_t(o_.maxTrainSamples));
  return {};
}

Status Run::checkTargets() const {
  constexpr std::size_t kMaxChecked = 5000;  // fine-tuning sets are small; a large set is read once an epoch anyway
  if (train_.size() > kMaxChecked) return {};
  for (const Sample& s : train_) {
    auto mask = s.loadMask();
    if (!mask) return Status::failure(mask.error());
    if (cv::countNonZero(*mask) > 0) return {};
  }
  return Status::failure(TrainingText::tr("All %n training masks are empty: the model would only learn to mark nothing. Correct or "
                            "add at least one annotation that shows its target.", nullptr, int(train_.size())));
}

Status Run::prepare() {
  if (Status st = checkOptions(); !st) return st;
  if (Status st = locateOutputs(); !st) return st;
  if (!o_.initBundle.isEmpty()) {
    auto base = train::loadBaseModel(o_.initBundle);
    if (!base) return Status::failure(base.error());
    base_ = std::move(*base);
    o_.architecture = base_->manifest.architecture;
  }
  if (Status st = openData(); !st) return st;
  if (base_ || !o_.projectPath.isEmpty())
    if (Status st = checkTargets(); !st) return st;
  o_ = resolvedTrainOptions(o_, int(train_.size()), base_ ? base_->manifest.inputSize.width() : 0,
                            base_ ? base_->manifest.maxTokens : 0);
  if (base_ && o_.inputSize % 32 != 0)
    return Status::failure(TrainingText::tr("The base model's input size %1 is not a multiple of 32.").arg(o_.inputSize));
  if (Status st = loadVocabulary(); !st) return st;
  return buildNetwork();
}

Status Run::buildNetwork() {
  QJsonObject config = base_ ? base_->manifest.config : o_.config;
  if (base_) config.remove(QStringLiteral("vocab_size"));  // the grown vocabulary decides
  auto netOptions = compactOptionsFromConfig(config, tokenizer_->vocabSize(), o_.maxTokens);
  if (!netOptions) return Status::failure(netOptions.error());
  netOptions_ = *netOptions;

  threads_ = nets::applyThreadSettings(o_.threads);
  device_ = nets::selectDevice(o_.forceCpu);
  if (o_.precision == TrainPrecision::Bf16) bf16_ = true;
  // On the CPU, bf16 training of this network measured ~18x slower than fp32 with LibTorch
  // 1.13 (bench_train), so auto means bf16 on a GPU only.
  else if (o_.precision == TrainPrecision::Auto) bf16_ = device_.is_cuda();
  fingerprint_ = fingerprint(o_, dataFolders_, valFolder_, int(train_.size()), bf16_ ? "bf16" : "fp32");
  gsd_ = o_.groundSampleDistance >= 0 ? o_.groundSampleDistance : inputGroundSampleDistance(train_.front(), o_.inputSize);
  if (gsd_ <= 0 && base_) gsd_ = base_->manifest.groundSampleDistance;

  torch::manual_seed(o_.seed);
  net_ = nets::CompactNet(netOptions_);
  if (base_) {
    nets::TensorMap start = base_->weights;
    if (!wordsAdded_.isEmpty()) {
      auto oldTokenizer = WordPieceTokenizer::load(base_->manifest.vocabPath, base_->manifest.lowercase);
      if (!oldTokenizer) return Status::failure(oldTokenizer.error());
      if (Status st = train::extendEmbedding(start, train::embeddingKey(o_.architecture), **oldTokenizer, wordsAdded_); !st)
        return st;
    }
    std::string error;
    if (!nets::loadStateDict(*net_, start, &error))
      return Status::failure(TrainingText::tr("The base model's weights do not fit its network: %1").arg(QString::fromStdString(error)));
    frozen_ = train::freezeParameters(*net_, o_.architecture, o_.freeze);
  }
  net_->to(device_);
  adam_ = std::make_unique<nets::AdamW>(*net_);
  return {};
}

Status Run::loadVocabulary() {
  const QString path = QDir(checkpoints_).filePath(QStringLiteral("vocab.txt"));
  if (!o_.resume) {
    QStringList expressions;
    for (const Sample& s : train_) expressions << s.expression;
    QStringList vocab;
    if (base_) {
      wordsAdded_ = train::missingWords(base_->vocab, expressions);
      vocab = base_->vocab + wordsAdded_;
    } else if (o_.vocabPath.isEmpty()) {
      vocab = buildWordVocabulary(expressions);
    }
    if (!vocab.isEmpty()) {
      vocabBytes_ = (vocab.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    } else {
      QFile f(o_.vocabPath);
      if (!f.open(QIODevice::ReadOnly))
        return Status::failure(TrainingText::tr("Cannot read the vocabulary %1: %2").arg(native(o_.vocabPath), f.errorString()));
      vocabBytes_ = f.readAll();
    }
    if (Status st = safeWriteFile(path, vocabBytes_); !st) return st;
  } else {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
      return Status::failure(TrainingText::tr("Cannot read the checkpoint's vocabulary %1: %2").arg(native(path), f.errorString()));
    vocabBytes_ = f.readAll();
  }
  auto tokenizer = WordPieceTokenizer::load(path, base_ ? base_->manifest.lowercase : true);
  if (!tokenizer) return Status::failure(tokenizer.error());
  tokenizer_ = std::move(*tokenizer);
  if (base_ && o_.resume) {  // the words a resumed run added are the lines after the base's
    const int baseSize = int(base_->vocab.size());
    const QStringList lines = QString::fromUtf8(vocabBytes_).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    wordsAdded_ = lines.mid(baseSize);
  }
  return {};
}

QJsonObject Run::stateJson() const {
  QJsonObject s;
  s[QStringLiteral("epochs_done")] = epochsDone_;
  s[QStringLiteral("best_oIoU")] = bestOIoU_;
  s[QStringLiteral("best_epoch")] = bestEpoch_;
  s[QStringLiteral("bad_epochs")] = badEpochs_;
  s[QStringLiteral("stop_reason")] = stopReason_;
  s[QStringLiteral("adam_step")] = QString::number(adam_->step);
  QJsonArray history;
  for (const EpochRecord& r : history_) history.append(recordToJson(r));
  s[QStringLiteral("history")] = history;
  s[QStringLiteral("fingerprint")] = fingerprint_;
  return s;
}

Status Run::restore() {
  auto checkpoint = train::readCheckpoint(checkpoints_);
  if (!checkpoint) return Status::failure(checkpoint.error());
  const QJsonObject& state = checkpoint->state;
  const QStringList changed = differingKeys(state.value(QStringLiteral("fingerprint")).toObject(), fingerprint_);
  if (!changed.isEmpty())
    return Status::failure(TrainingText::tr("The checkpoint in %1 was made with other settings (%2); resume with the same "
                              "command, or start a new run with another output.")
                               .arg(native(checkpoints_), changed.join(QStringLiteral(", "))));
  std::string error;
  if (!nets::loadStateDict(*net_, checkpoint->model, &error))
    return Status::failure(TrainingText::tr("The checkpoint does not fit the network: %1").arg(QString::fromStdString(error)));
  if (Status st = train::restoreOptimizer(*checkpoint, *adam_); !st) return st;
  adam_->step = state.value(QStringLiteral("adam_step")).toString().toLongLong();
  epochsDone_ = state.value(QStringLiteral("epochs_done")).toInt();
  bestOIoU_ = state.value(QStringLiteral("best_oIoU")).toDouble(-1);
  bestEpoch_ = state.value(QStringLiteral("best_epoch")).toInt();
  badEpochs_ = state.value(QStringLiteral("bad_epochs")).toInt();
  stopReason_ = state.value(QStringLiteral("stop_reason")).toString();
  history_.clear();
  for (const QJsonValue& v : state.value(QStringLiteral("history")).toArray()) history_.push_back(recordFromJson(v.toObject()));
  return {};
}

QJsonObject Run::trainingJson() const {
  QJsonObject training;
  training[QStringLiteral("command")] = o_.command;
  training[QStringLiteral("date")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
  training[QStringLiteral("data")] = QJsonArray::fromStringList(dataFolders_);
  if (!o_.projectPath.isEmpty()) training[QStringLiteral("project")] = QFileInfo(o_.projectPath).absoluteFilePath();
  training[QStringLiteral("val")] = valFolder_;
  training[QStringLiteral("train_samples")] = int(train_.size());
  training[QStringLiteral("val_samples")] = int(val_.size());
  training[QStringLiteral("epochs_run")] = epochsDone_;
  training[QStringLiteral("best_epoch")] = bestEpoch_;
  training[QStringLiteral("stop_reason")] = stopReason_;
  training[QStringLiteral("device")] = QString::fromStdString(nets::deviceName(device_));
  training[QStringLiteral("threads")] = threads_;
  training[QStringLiteral("settings")] = fingerprint_;
  training[QStringLiteral("seconds")] = history_.empty() ? 0.0 : history_.back().seconds;
  if (base_) {
    QJsonObject parent;
    parent[QStringLiteral("name")] = base_->manifest.name;
    parent[QStringLiteral("bundle")] = base_->manifest.bundlePath;
    parent[QStringLiteral("hash")] = base_->hash;
    parent[QStringLiteral("architecture")] = base_->manifest.architecture;
    parent[QStringLiteral("metrics")] = base_->manifest.metrics;
    training[QStringLiteral("parent")] = parent;
    training[QStringLiteral("freeze")] = freezeGroupName(o_.freeze);
    training[QStringLiteral("words_added")] = QJsonArray::fromStringList(wordsAdded_);
  }
  return training;
}

Status Run::saveBundle(const nets::TensorMap* newBest) {
  train::BundleContents c;
  c.folder = bundle_;
  if (!o_.name.isEmpty()) c.name = o_.name;
  else if (base_) c.name = TrainingText::tr("%1, fine-tuned (%2)").arg(base_->manifest.name, QFileInfo(bundle_).completeBaseName());
  else c.name = TrainingText::tr("Compact model (%1)").arg(QFileInfo(bundle_).completeBaseName());
  c.architecture = o_.architecture;
  c.config = compactConfigToJson(netOptions_);
  c.inputSize = o_.inputSize;
  c.maxTokens = o_.maxTokens;
  c.groundSampleDistance = gsd_;
  c.vocab = vocabBytes_;
  QStringList data;
  for (const QString& f : dataFolders_) data << QFileInfo(f).fileName();
  if (!o_.projectPath.isEmpty()) data = QStringList{QFileInfo(o_.projectPath).fileName()};
  c.trainedOn = TrainingText::tr("%1 samples from %2 (%3 split); validated on %4 samples of %5 (%6 split)")
                    .arg(train_.size()).arg(data.join(QStringLiteral(", ")), o_.trainSplit)
                    .arg(val_.size()).arg(QFileInfo(valFolder_).fileName(), o_.valSplit);
  if (base_) c.trainedOn = TrainingText::tr("Fine-tuned from %1 on %2").arg(base_->manifest.name, c.trainedOn);
  c.metrics = train::bundleMetrics(history_, bestEpoch_, o_.valSplit, o_.inputSize, test_);
  c.training = trainingJson();
  c.history = history_;
  return train::writeTrainedBundle(c, newBest);
}

void Run::setTrainMode() {
  net_->train();
  train::holdFrozenNormalisation(*net_, o_.architecture, o_.freeze);
}

/** Every sample in order, unaugmented: the caller shuffles and turns augmentation on. */
BatchPlan Run::planFor(const std::vector<Sample>& samples) const {
  BatchPlan plan;
  plan.samples = &samples;
  plan.tokenizer = tokenizer_.get();
  plan.order.resize(samples.size());
  for (std::size_t i = 0; i < samples.size(); ++i) plan.order[i] = int(i);
  plan.batchSize = o_.batchSize;
  plan.size = o_.inputSize;
  plan.maxTokens = o_.maxTokens;
  return plan;
}

Status Run::evaluateSplit(const std::vector<Sample>& samples, const QString& phase, int epoch,
                          MetricAccumulator* metrics, double* loss, bool* cancelled) {
  torch::NoGradGuard noGrad;
  net_->eval();
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
      logits = net_->forward(t.image, t.ids, t.attention);
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

TrainSummary Run::summary() const {
  TrainSummary summary;
  summary.bundlePath = bundle_;
  summary.checkpointPath = QDir(checkpoints_).filePath(QStringLiteral("last.safetensors"));
  summary.device = QString::fromStdString(nets::deviceName(device_));
  summary.precision = bf16_ ? QStringLiteral("bf16") : QStringLiteral("fp32");
  summary.parameters = nets::parameterCount(*net_);
  summary.trainSamples = int(train_.size());
  summary.valSamples = int(val_.size());
  summary.history = history_;
  summary.bestEpoch = bestEpoch_;
  for (const EpochRecord& r : history_)
    if (r.epoch == bestEpoch_)
      summary.best = r.validation;
  summary.stopReason = stopReason_;
  summary.test = test_;
  summary.epochs = o_.epochs;
  summary.wordsAdded = wordsAdded_;
  summary.frozenTensors = frozen_;
  summary.dataNotes = dataNotes_;
  return summary;
}

QString Run::nonFiniteMessage(double loss, double norm, int epoch, int batch, int sample) const {
  const QString what = std::isfinite(loss) ? QCoreApplication::translate("Training", "the gradient norm")
                                           : QCoreApplication::translate("Training", "the loss");
  return QCoreApplication::translate("Training", "Training stopped: %1 became %2 at epoch %3, batch %4 (samples %5, …). Nothing was saved from "
                                                 "this epoch; the last good checkpoint (%6) is kept in %7. Try a lower learning rate.")
      .arg(what, QString::number(std::isfinite(loss) ? norm : loss))
      .arg(epoch + 1).arg(batch + 1)
      .arg(train_[std::size_t(sample)].id)
      .arg(epochsDone_ ? QCoreApplication::translate("Training", "epoch %1").arg(epochsDone_)
                       : QCoreApplication::translate("Training", "none yet"))
      .arg(native(checkpoints_));
}

bool Run::reportStep(int epoch, int steps, double lossSum) {
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
  const double valPerEpoch =
      epoch > epochsDone_ ? valSeconds_ / (epoch - epochsDone_) : perStep * 0.3 * stepsPerEpoch_;
  p.etaSeconds = perStep * double((stepsPerEpoch_ - steps) + (long long)epochsLeft * stepsPerEpoch_) +
                 valPerEpoch * (epochsLeft + 1);
  return report(p);
}

Status Run::trainEpoch(int epoch, EpochRecord& record, bool* interrupted) {
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
    if (!b->error.isEmpty())
      return Status::failure(b->error);
    BatchTensors t = toTensors(*b, o_.inputSize, o_.maxTokens, device_);
    const double lr = nets::polyLearningRate(o_.learningRate, adam_->step, totalSteps_, o_.polyPower);
    adam_->zeroGrad();
    torch::Tensor logits;
    {
      nets::AutocastScope autocast(bf16_, device_.is_cuda());
      logits = net_->forward(t.image, t.ids, t.attention);
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

bool Run::closeEpoch(int epoch, EpochRecord& record) {
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
    stopReason_ = QCoreApplication::translate("Training", "validation mIoU %1 reached the target %2").arg(record.validation.meanIoU, 0, 'f', 2).arg(o_.targetMiou);
  else if (o_.patience > 0 && badEpochs_ >= o_.patience)
    stopReason_ = QCoreApplication::translate("Training", "early stop: no better validation oIoU for %1 epochs").arg(badEpochs_);
  else if (epochsDone_ == o_.epochs)
    stopReason_ = QCoreApplication::translate("Training", "all %1 epochs done").arg(o_.epochs);
  return improved;
}

Status Run::runEpoch(int epoch, bool* interrupted) {
  const Clock::time_point epochStart = Clock::now();
  EpochRecord record;
  record.epoch = epoch + 1;
  if (Status st = trainEpoch(epoch, record, interrupted); !st || *interrupted)
    return st;
  const Clock::time_point valStart = Clock::now();
  MetricAccumulator metrics(EvalProtocol::Lavt, QSize(o_.inputSize, o_.inputSize));
  if (Status st = evaluateSplit(val_, QStringLiteral("val"), epoch + 1, &metrics, &record.valLoss, interrupted); !st)
    return st;
  valSeconds_ += secondsSince(valStart);
  if (*interrupted)
    return {};
  record.validation = metrics.summary();
  record.meanIoUEmptyAsOne = metrics.summaryCountingEmptyUnionAs(1.0).meanIoU;
  record.seconds = timeBefore_ + secondsSince(runStart_);
  record.samplesPerSecond = double(train_.size()) / std::max(1e-9, secondsSince(epochStart));
  const bool improved = closeEpoch(epoch, record);
  const nets::TensorMap model = weights();
  if (Status st = train::writeCheckpoint(checkpoints_, model, *adam_, stateJson(), improved); !st)
    return Status::failure(QCoreApplication::translate("Training", "Could not write the checkpoint after epoch %1 (%2). The previous checkpoint is intact; "
                           "free some space and run again with --resume.").arg(epoch + 1).arg(st.error()));
  if (Status st = saveBundle(improved ? &model : nullptr); !st)
    return Status::failure(QCoreApplication::translate("Training", "Could not write the bundle after epoch %1: %2").arg(epoch + 1).arg(st.error()));
  TrainProgress done;
  done.phase = QStringLiteral("epoch");
  done.epoch = epoch + 1;
  done.epochs = o_.epochs;
  done.finished = &history_.back();
  if (!report(done) && stopReason_.isEmpty())
    *interrupted = true;
  return {};
}

Status Run::scoreTest() {
  if (o_.testSplit.isEmpty())
    return {};
  auto testSamples = openDatasetSplit(valFolder_, o_.testSplit);
  if (!testSamples)
    return {};
  nets::TensorMap best;
  std::string error;
  if (!nets::readSafetensors(QDir(checkpoints_).filePath(QStringLiteral("best.safetensors")).toStdString(), best,
                             nullptr, &error) ||
      !nets::loadStateDict(*net_, best, &error))
    return Status::failure(QString::fromStdString(error));
  MetricAccumulator metrics(EvalProtocol::Lavt, QSize(o_.inputSize, o_.inputSize));
  double loss = 0;
  bool cancelled = false;
  if (Status st = evaluateSplit(*testSamples, QStringLiteral("test"), epochsDone_, &metrics, &loss, &cancelled); !st)
    return st;
  if (cancelled)
    return {};
  test_ = metrics.toJson();
  test_[QStringLiteral("split")] = o_.testSplit;
  test_[QStringLiteral("epoch")] = bestEpoch_;
  return saveBundle(nullptr);
}

Result<TrainSummary> Run::exec() {
  using R = Result<TrainSummary>;
  if (Status st = prepare(); !st)
    return R::failure(st.error());
  if (o_.resume)
    if (Status st = restore(); !st)
      return R::failure(st.error());
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
    if (Status st = runEpoch(epoch, &interrupted); !st)
      return R::failure(st.error());
    if (interrupted) {
      TrainSummary s = summary();
      s.interrupted = true;
      return s;
    }
    if (!stopReason_.isEmpty())
      break;
  }
  // The best weights, scored once on the held-out split.
  if (Status st = scoreTest(); !st)
    return R::failure(st.error());
  return summary();
}

}  // namespace

Result<TrainSummary> trainModel(const TrainOptions& options, const std::function<bool(const TrainProgress&)>& progress) {
  try {
    Run run(options, progress);
    return run.exec();
  } catch (const c10::Error& e) {
    return Result<TrainSummary>::failure(QCoreApplication::translate("Training", "LibTorch failed during training: %1")
                                             .arg(QString::fromStdString(e.what_without_backtrace())));
  } catch (const std::exception& e) {
    return Result<TrainSummary>::failure(QCoreApplication::translate("Training", "Training failed: %1").arg(QString::fromUtf8(e.what())));
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

QStringList buildWordVocabulary(const QStringList& expressions) {
  QStringList vocab{QStringLiteral("[PAD]"), QStringLiteral("[UNK]"), QStringLiteral("[CLS]"), QStringLiteral("[SEP]"),
                    QStringLiteral("[MASK]")};
  const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
  for (const QChar c : alphabet) vocab << QString(c);
  for (const QChar c : alphabet) vocab << QStringLiteral("##") + c;
  static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
  std::map<QString, int> counts;
  for (const QString& e : expressions) {
    auto it = word.globalMatch(e.toLower());
    while (it.hasNext()) ++counts[it.next().captured(0)];
  }
  std::vector<std::pair<QString, int>> sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [w, n] : sorted)
    if (!vocab.contains(w)) vocab << w;
  return vocab;
}

}  // namespace rrsis
