#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "eval/metrics.h"
#include "train/augment.h"
#include "util/result.h"

namespace rrsis {

enum class TrainPrecision { Auto, Fp32, Bf16 };

/** Which parameters fine-tuning leaves as they are. */
enum class FreezeGroup { None, Backbone, Text };
// The option helpers below are inline: the studio uses them without linking the training code
// (ui/modelengine.h).

/** "none", "backbone" or "text" (any case); false for anything else. */
inline bool parseFreezeGroup(const QString& text, FreezeGroup* out) {
  const QString t = text.trimmed().toLower();
  if (t == QLatin1String("none"))
    *out = FreezeGroup::None;
  else if (t == QLatin1String("backbone"))
    *out = FreezeGroup::Backbone;
  else if (t == QLatin1String("text"))
    *out = FreezeGroup::Text;
  else
    return false;
  return true;
}

inline QString freezeGroupName(FreezeGroup group) {
  switch (group) {
    case FreezeGroup::Backbone:
      return QStringLiteral("backbone");
    case FreezeGroup::Text:
      return QStringLiteral("text");
    case FreezeGroup::None:
      break;
  }
  return QStringLiteral("none");
}

/**
 * Everything `rrsis train` can set. The defaults train the compact network from scratch;
 * with `initBundle` they fine-tune that model.
 */
struct TrainOptions {
  QString architecture = QStringLiteral("compact");
  QJsonObject config;                      ///< network sizes; missing keys keep the defaults (ignored with initBundle)
  QString initBundle;                      ///< start from this bundle's weights and vocabulary; it is only read
  FreezeGroup freeze = FreezeGroup::None;  ///< with initBundle: parameters that do not learn
  QStringList dataFolders;                 ///< RefSegRS or RRSIS-D folders, read in order
  /**
   * A project whose annotations are the training data: exported as RefSegRS chips into the
   * checkpoint folder first (once; a resumed run reuses them). Annotations without a split
   * are shared out with a held-out part; when none is marked val, 20 % (at least one) is.
   */
  QString projectPath;
  QString trainSplit = QStringLiteral("train");
  QString valFolder;  ///< empty: the first data folder
  QString valSplit = QStringLiteral("val");
  QString testSplit = QStringLiteral("test");  ///< of valFolder, scored at the end; "" = none
  QString outBundle;                           ///< NAME.rrsismodel, written after every epoch
  QString checkpointFolder;                    ///< empty: next to the bundle, NAME.checkpoints
  QString name;                                ///< the bundle's display name
  QString vocabPath;                           ///< a WordPiece vocab.txt; empty: built from the training expressions
  int inputSize = 0;                           ///< square network input, a multiple of 32; 0: 320, or the base model's
  int maxTokens = 0;                           ///< 0: 20, or the base model's
  int epochs = 0;                              ///< 0: 30; fine-tuning: about 3,000 samples seen, 10..60 epochs
  int batchSize = 8;
  double learningRate = 0;    ///< AdamW, poly-decayed over the run; 0: 1e-3, fine-tuning 2e-4
  double weightDecay = 1e-2;  ///< not applied to biases and normalisation weights
  double polyPower = 0.9;
  double clipNorm = 1.0;  ///< gradient clipping by global L2 norm; 0 = off
  double ceWeight = 0.9;  ///< loss = ceWeight x weighted CE + diceWeight x Dice
  double diceWeight = 0.1;
  int patience = 0;       ///< stop after this many epochs without a better val oIoU; 0 = never
  double targetMiou = 0;  ///< percent; stop once the val mIoU reaches it; 0 = never
  std::uint64_t seed = 1;
  bool resume = false;
  TrainPrecision precision = TrainPrecision::Auto;
  bool forceCpu = false;
  int threads = 0;          ///< intra-op threads; 0 = every logical CPU
  int maxTrainSamples = 0;  ///< use the first N training samples; 0 = all
  AugmentOptions augment;
  double groundSampleDistance = -1;  ///< metres per input pixel; < 0: derived from the first training image
  QString command;                   ///< the command line, recorded in model.json
  QString nltkTagger;                ///< FIANet: NLTK's tagger folder; empty: where NLTK looks, else the rules
};

/** The checkpoint folder of a run writing `bundle` when none is given: NAME.checkpoints beside it. */
inline QString checkpointFolderFor(const QString& bundle) {
  QString base = bundle;
  if (base.endsWith(QLatin1String(".rrsismodel"))) base.chop(int(qstrlen(".rrsismodel")));
  return base + QStringLiteral(".checkpoints");
}

/** `options` with every "0 = automatic" value decided, for `trainSamples` training samples. */
TrainOptions resolvedTrainOptions(const TrainOptions& options, int trainSamples, int baseInputSize, int baseMaxTokens);

/** One finished epoch. */
struct EpochRecord {
  int epoch = 0;         ///< 1-based
  double trainLoss = 0;  ///< mean over the epoch's batches
  double valLoss = 0;
  double learningRate = 0;       ///< at the epoch's last step
  MetricSummary validation;      ///< at the network input size, argmax (the LAVT protocol at that size)
  double meanIoUEmptyAsOne = 0;  ///< val mIoU (percent) with a correct "nothing there" as IoU 1
  double seconds = 0;            ///< training time so far, validation included
  double samplesPerSecond = 0;
  int flipsSkipped = 0;  ///< flips not done because the expression could not be rewritten
};

/** What a progress callback sees. */
struct TrainProgress {
  QString phase;  ///< "train", "val", "test", or "epoch" once an epoch is saved (then `finished` is set)
  int epoch = 0;  ///< 1-based
  int epochs = 0;
  int step = 0;  ///< batches done in this phase
  int steps = 0;
  double loss = 0;  ///< running mean of the epoch's training loss
  double samplesPerSecond = 0;
  double etaSeconds = -1;  ///< < 0 while unknown
  const EpochRecord* finished = nullptr;
};

/** How a run ended. */
struct TrainSummary {
  QString bundlePath;
  QString checkpointPath;
  std::vector<EpochRecord> history;
  int bestEpoch = 0;
  MetricSummary best;  ///< validation figures of the best epoch
  QJsonObject test;    ///< MetricAccumulator JSON on the test split, when scored
  QString stopReason;
  bool interrupted = false;  ///< the callback asked to stop; --resume continues
  bool alreadyFinished = false;
  QString device;
  QString precision;  ///< "fp32" or "bf16"
  qint64 parameters = 0;
  int trainSamples = 0;
  int valSamples = 0;
  int epochs = 0;          ///< the run's epoch count, once decided
  QStringList wordsAdded;  ///< fine-tuning: words the base vocabulary lacked
  int frozenTensors = 0;
  QStringList dataNotes;  ///< a project's export notes (annotations skipped, splits assigned)
  QString textAnalysis;   ///< FIANet: the tagger that made the object and position masks
};

/**
 * Trains a network on referring segmentation data and writes a complete model bundle after
 * every epoch (best weights by validation oIoU, model.json with the data, command, metrics
 * and date, training/history.csv, history.json and curves.png). A checkpoint (weights,
 * AdamW moments, step, RNG state, history) is written atomically after every epoch, so an
 * interrupted run resumes to the same weights as an uninterrupted one with the same seed
 * and thread count. A non-finite loss stops the run with a message and leaves the last good
 * checkpoint as it was; so does a checkpoint that cannot be written.
 *
 * `progress` is called from the calling thread after every batch; returning false stops
 * the run at once (the last epoch's checkpoint stays; the result says interrupted).
 */
Result<TrainSummary> trainModel(const TrainOptions& options,
                                const std::function<bool(const TrainProgress&)>& progress = {});

/** The lower-cased words of an expression (runs of letters and digits), in order. */
QStringList expressionWords(const QString& expression);

/**
 * A WordPiece vocabulary for training from scratch: [PAD] [UNK] [CLS] [SEP] [MASK], every
 * ASCII letter and digit alone and as a "##" continuation (so no word is unknown), then
 * the lower-cased words of the expressions, most frequent first.
 */
QStringList buildWordVocabulary(const QStringList& expressions);

/** The loss and validation curves as a PNG (text labels need a QGuiApplication). */
Status writeTrainingPlot(const std::vector<EpochRecord>& history, const QString& path);

}  // namespace rrsis
