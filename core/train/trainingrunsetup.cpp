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
#include "model/fianettextanalysis.h"
#include "model/modelmanifest.h"
#include "engine/segmentationnetwork.h"
#include "nets/adamw.h"
#include "nets/autocastscope.h"
#include "nets/device.h"
#include "nets/losses.h"
#include "nets/safetensors.h"
#include "nets/statedict.h"
#include "nets/tensormemorypool.h"
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
  f[QStringLiteral("augment")] = QJsonArray{a.enabled,         a.cropProbability, a.minCropFraction, a.minTargetKept,
                                            a.flipProbability, a.brightness,      a.contrast,        a.saturation};
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

struct TrainingText {
  Q_DECLARE_TR_FUNCTIONS(Training)
};

}  // namespace

Status TrainingRun::checkOptions() const {
  if (o_.initBundle.isEmpty() && !isTrainableArchitecture(o_.architecture))
    return Status::failure(
        TrainingText::tr("Unknown architecture “%1”; this build trains: compact, lavt, rmsin, fianet, lgce.")
            .arg(o_.architecture));
  if (o_.dataFolders.isEmpty() && o_.projectPath.isEmpty())
    return Status::failure(TrainingText::tr("No training data given: name data folders or a project."));
  if (!o_.dataFolders.isEmpty() && !o_.projectPath.isEmpty())
    return Status::failure(TrainingText::tr("Train on data folders or on a project, not both."));
  if (o_.outBundle.trimmed().isEmpty()) return Status::failure(TrainingText::tr("No output bundle given."));
  if (o_.epochs < 0 || o_.epochs > 100000)
    return Status::failure(TrainingText::tr("The number of epochs must be 1..100000."));
  if (o_.batchSize < 1 || o_.batchSize > 4096)
    return Status::failure(TrainingText::tr("The batch size must be 1..4096."));
  if (o_.inputSize != 0 && (o_.inputSize < 64 || o_.inputSize > 2048 || o_.inputSize % 32 != 0))
    return Status::failure(
        TrainingText::tr("The input size must be a multiple of 32 in 64..2048 (got %1).").arg(o_.inputSize));
  if (o_.maxTokens != 0 && (o_.maxTokens < 3 || o_.maxTokens > 512))
    return Status::failure(TrainingText::tr("The token count must be 3..512."));
  if (!(o_.learningRate >= 0) || !std::isfinite(o_.learningRate))
    return Status::failure(TrainingText::tr("The learning rate must be a positive number."));
  if (!(o_.weightDecay >= 0) || !(o_.clipNorm >= 0) || !(o_.polyPower >= 0) || !(o_.ceWeight >= 0) ||
      !(o_.diceWeight >= 0) || o_.ceWeight + o_.diceWeight <= 0)
    return Status::failure(
        TrainingText::tr("Weight decay, clipping, poly power and loss weights must be non-negative."));
  return {};
}

Status TrainingRun::locateOutputs() {
  bundle_ = QFileInfo(o_.outBundle).absoluteFilePath();
  checkpoints_ =
      o_.checkpointFolder.isEmpty() ? checkpointFolderFor(bundle_) : QFileInfo(o_.checkpointFolder).absoluteFilePath();
  if (!o_.initBundle.isEmpty() && QFileInfo(o_.initBundle).absoluteFilePath() == bundle_)
    return Status::failure(TrainingText::tr(
        "The output is the base model itself; fine-tuning never changes the base model. Choose another output."));
  const QString last = QDir(checkpoints_).filePath(QStringLiteral("last.safetensors"));
  if (o_.resume && !QFileInfo::exists(last))
    return Status::failure(TrainingText::tr("Nothing to resume: there is no checkpoint at %1.").arg(native(last)));
  if (!o_.resume) {
    if (QFileInfo::exists(last))
      return Status::failure(
          TrainingText::tr("%1 already holds a checkpoint: pass --resume to continue that run, or choose "
                           "another output.")
              .arg(native(checkpoints_)));
    if (QFileInfo::exists(bundle_) && !QDir(bundle_).isEmpty())
      return Status::failure(
          TrainingText::tr("%1 already exists; training never overwrites a bundle. Choose another output.")
              .arg(native(bundle_)));
  }
  for (const QString& folder : {bundle_, checkpoints_})
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isWritable())
      return Status::failure(
          TrainingText::tr("Cannot write to %1: check that the folder exists and is writable.").arg(native(folder)));
  return {};
}

Status TrainingRun::exportProject(const QString& folder) {
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
    return Status::failure(TrainingText::tr("The project %1 has no annotation with an expression to train on.")
                               .arg(native(o_.projectPath)));
  dataNotes_ = report->notes;
  return {};
}

Status TrainingRun::openData() {
  if (!o_.projectPath.isEmpty()) {
    const QString folder = QDir(checkpoints_).filePath(QStringLiteral("data"));
    if (Status st = exportProject(folder); !st) return st;
    dataFolders_ << folder;
    valFolder_ = folder;
    auto train = openDatasetSplit(folder, QStringLiteral("train"));
    if (!train)
      return Status::failure(
          TrainingText::tr("Every annotation of the project is held out (val or test): mark some as train."));
    train_ = std::move(*train);
    if (auto val = openDatasetSplit(folder, QStringLiteral("val")); val) val_ = std::move(*val);
    if (val_.empty()) {
      val_ = train_;
      dataNotes_ << TrainingText::tr(
          "No annotation could be held out (they all overlap): validation uses the training annotations.");
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

Status TrainingRun::checkTargets() const {
  constexpr std::size_t kMaxChecked = 5000;  // fine-tuning sets are small; a large set is read once an epoch anyway
  if (train_.size() > kMaxChecked) return {};
  for (const Sample& s : train_) {
    auto mask = s.loadMask();
    if (!mask) return Status::failure(mask.error());
    if (cv::countNonZero(*mask) > 0) return {};
  }
  return Status::failure(
      TrainingText::tr("All %n training masks are empty: the model would only learn to mark nothing. Correct or "
                       "add at least one annotation that shows its target.",
                       nullptr, int(train_.size())));
}

Status TrainingRun::prepare() {
  if (Status st = checkOptions(); !st) return st;
  if (Status st = locateOutputs(); !st) return st;
  if (!o_.initBundle.isEmpty()) {
    auto base = loadBaseModel(o_.initBundle);
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
    return Status::failure(
        TrainingText::tr("The base model's input size %1 is not a multiple of 32.").arg(o_.inputSize));
  if (Status st = loadVocabulary(); !st) return st;
  return buildNetwork();
}

Status TrainingRun::buildNetwork() {
  const QJsonObject config = base_ ? base_->manifest.config : o_.config;

  threads_ = nets::applyThreadSettings(o_.threads);
  device_ = nets::selectDevice(o_.forceCpu);
  nets::TensorMemoryPool::install();  // activations and gradients reuse memory between steps
  if (o_.precision == TrainPrecision::Bf16) bf16_ = true;
  // On the CPU, bf16 training measured ~18x slower than fp32 with LibTorch 1.13 before the
  // tensor memory pool and about as fast since (bench_train): auto keeps fp32's accuracy there
  // and means bf16 on a GPU only.
  else if (o_.precision == TrainPrecision::Auto)
    bf16_ = device_.is_cuda();
  fingerprint_ = fingerprint(o_, dataFolders_, valFolder_, int(train_.size()), bf16_ ? "bf16" : "fp32");
  gsd_ =
      o_.groundSampleDistance >= 0 ? o_.groundSampleDistance : inputGroundSampleDistance(train_.front(), o_.inputSize);
  if (gsd_ <= 0 && base_) gsd_ = base_->manifest.groundSampleDistance;

  torch::manual_seed(o_.seed);
  // The grown vocabulary decides the embedding size (a compact config's vocab_size gives way).
  auto net = TrainableNetwork::build(o_.architecture, config, tokenizer_->vocabSize(), o_.maxTokens, o_.inputSize);
  if (!net) return Status::failure(net.error());
  net_ = std::move(*net);
  auto analysis = FianetTextAnalysis::forArchitecture(o_.architecture, net_->config(), o_.nltkTagger);
  if (!analysis) return Status::failure(analysis.error());
  textAnalysis_ = std::move(*analysis);
  if (base_) {
    nets::TensorMap start = base_->weights;
    if (!wordsAdded_.isEmpty()) {
      auto oldTokenizer = WordPieceTokenizer::load(base_->manifest.vocabPath, base_->manifest.lowercase);
      if (!oldTokenizer) return Status::failure(oldTokenizer.error());
      if (Status st = extendEmbedding(start, embeddingKey(o_.architecture), **oldTokenizer, wordsAdded_); !st)
        return st;
    }
    std::string error;
    if (!nets::loadStateDict(net_->module(), start, &error))
      return Status::failure(
          TrainingText::tr("The base model's weights do not fit its network: %1").arg(QString::fromStdString(error)));
    frozen_ = freezeParameters(net_->module(), o_.architecture, o_.freeze);
  }
  net_->module().to(device_);
  adam_ = std::make_unique<nets::AdamW>(net_->module());
  return {};
}

Status TrainingRun::loadVocabulary() {
  const QString path = QDir(checkpoints_).filePath(QStringLiteral("vocab.txt"));
  if (!o_.resume) {
    QStringList expressions;
    for (const Sample& s : train_) expressions << s.expression;
    QStringList vocab;
    if (base_) {
      wordsAdded_ = missingWords(base_->vocab, expressions);
      vocab = base_->vocab + wordsAdded_;
    } else if (o_.vocabPath.isEmpty()) {
      vocab = buildWordVocabulary(expressions);
    }
    if (!vocab.isEmpty()) {
      vocabBytes_ = (vocab.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    } else {
      QFile f(o_.vocabPath);
      if (!f.open(QIODevice::ReadOnly))
        return Status::failure(
            TrainingText::tr("Cannot read the vocabulary %1: %2").arg(native(o_.vocabPath), f.errorString()));
      vocabBytes_ = f.readAll();
    }
    if (Status st = safeWriteFile(path, vocabBytes_); !st) return st;
  } else {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
      return Status::failure(
          TrainingText::tr("Cannot read the checkpoint's vocabulary %1: %2").arg(native(path), f.errorString()));
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

QJsonObject TrainingRun::stateJson() const {
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

Status TrainingRun::restore() {
  auto checkpoint = readCheckpoint(checkpoints_);
  if (!checkpoint) return Status::failure(checkpoint.error());
  const QJsonObject& state = checkpoint->state;
  const QStringList changed = differingKeys(state.value(QStringLiteral("fingerprint")).toObject(), fingerprint_);
  if (!changed.isEmpty())
    return Status::failure(
        TrainingText::tr("The checkpoint in %1 was made with other settings (%2); resume with the same "
                         "command, or start a new run with another output.")
            .arg(native(checkpoints_), changed.join(QStringLiteral(", "))));
  std::string error;
  if (!nets::loadStateDict(net_->module(), checkpoint->model, &error))
    return Status::failure(
        TrainingText::tr("The checkpoint does not fit the network: %1").arg(QString::fromStdString(error)));
  if (Status st = restoreOptimizer(*checkpoint, *adam_); !st) return st;
  adam_->step = state.value(QStringLiteral("adam_step")).toString().toLongLong();
  epochsDone_ = state.value(QStringLiteral("epochs_done")).toInt();
  bestOIoU_ = state.value(QStringLiteral("best_oIoU")).toDouble(-1);
  bestEpoch_ = state.value(QStringLiteral("best_epoch")).toInt();
  badEpochs_ = state.value(QStringLiteral("bad_epochs")).toInt();
  stopReason_ = state.value(QStringLiteral("stop_reason")).toString();
  history_.clear();
  for (const QJsonValue& v : state.value(QStringLiteral("history")).toArray())
    history_.push_back(recordFromJson(v.toObject()));
  return {};
}

QJsonObject TrainingRun::trainingJson() const {
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

Status TrainingRun::saveBundle(const nets::TensorMap* newBest) {
  BundleContents c;
  c.folder = bundle_;
  if (!o_.name.isEmpty())
    c.name = o_.name;
  else if (base_)
    c.name = TrainingText::tr("%1, fine-tuned (%2)").arg(base_->manifest.name, QFileInfo(bundle_).completeBaseName());
  else
    c.name = TrainingText::tr("Compact model (%1)").arg(QFileInfo(bundle_).completeBaseName());
  c.architecture = o_.architecture;
  c.config = net_->config();
  c.inputSize = o_.inputSize;
  c.maxTokens = o_.maxTokens;
  c.groundSampleDistance = gsd_;
  c.vocab = vocabBytes_;
  QStringList data;
  for (const QString& f : dataFolders_) data << QFileInfo(f).fileName();
  if (!o_.projectPath.isEmpty()) data = QStringList{QFileInfo(o_.projectPath).fileName()};
  c.trainedOn = TrainingText::tr("%1 samples from %2 (%3 split); validated on %4 samples of %5 (%6 split)")
                    .arg(train_.size())
                    .arg(data.join(QStringLiteral(", ")), o_.trainSplit)
                    .arg(val_.size())
                    .arg(QFileInfo(valFolder_).fileName(), o_.valSplit);
  if (base_) c.trainedOn = TrainingText::tr("Fine-tuned from %1 on %2").arg(base_->manifest.name, c.trainedOn);
  c.metrics = bundleMetrics(history_, bestEpoch_, o_.valSplit, o_.inputSize, test_);
  c.training = trainingJson();
  c.history = history_;
  return writeTrainedBundle(c, newBest);
}

}  // namespace rrsis::train
