#pragma once
// Private to core: includes LibTorch.
#include <vector>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "nets/safetensors.h"
#include "train/trainer.h"
#include "util/result.h"

namespace rrsis::train {

/** Everything a training run writes into its bundle besides the weights. A value type. */
struct BundleContents {
  QString folder;  ///< absolute path of NAME.rrsismodel
  QString name;
  QString architecture;
  QJsonObject config;
  int inputSize = 320;
  int maxTokens = 20;
  double groundSampleDistance = 0;
  QByteArray vocab;  ///< vocab.txt
  QString trainedOn;
  QJsonObject metrics;
  QJsonObject training;  ///< model.json "training": command, data, settings, parent model
  std::vector<EpochRecord> history;
};

/**
 * Writes a trained model bundle: weights.safetensors when `newWeights` is given (otherwise
 * the file already there is kept), vocab.txt, model.json, and training/history.json,
 * history.csv and curves.png. Every file is written atomically. Does nothing until a weights
 * file exists (no epoch finished yet).
 */
Status writeTrainedBundle(const BundleContents& contents, const nets::TensorMap* newWeights);

/**
 * model.json's "metrics": the best epoch's validation figures (noting the protocol at the
 * network input size) and, when not empty, the test split's.
 */
QJsonObject bundleMetrics(const std::vector<EpochRecord>& history, int bestEpoch, const QString& valSplit,
                          int inputSize, const QJsonObject& test);

}  // namespace rrsis::train
