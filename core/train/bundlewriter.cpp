#include "train/bundlewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "model/modelmanifest.h"
#include "train/batchloader.h"
#include "train/traininghistory.h"
#include "util/safesave.h"

namespace rrsis::train {

namespace {

struct TrainingText {
  Q_DECLARE_TR_FUNCTIONS(Training)
};

}  // namespace

Status writeTrainedBundle(const BundleContents& c, const nets::TensorMap* newWeights) {
  const QDir dir(c.folder);
  std::string error;
  const QString weightsPath = dir.filePath(QStringLiteral("weights.safetensors"));
  if (newWeights && !nets::writeSafetensors(weightsPath.toStdString(), *newWeights, {}, &error))
    return Status::failure(QString::fromStdString(error));
  if (!QFileInfo::exists(weightsPath)) return {};
  if (Status st = safeWriteFile(dir.filePath(QStringLiteral("vocab.txt")), c.vocab); !st) return st;

  ModelManifest m;
  m.bundlePath = c.folder;
  m.name = c.name;
  m.architecture = c.architecture;
  m.config = c.config;
  m.weightsPath = weightsPath;
  m.inputSize = QSize(c.inputSize, c.inputSize);
  m.mean = kMean;
  m.std = kStd;
  m.tokenizer = QStringLiteral("wordpiece");
  m.vocabPath = dir.filePath(QStringLiteral("vocab.txt"));
  m.lowercase = true;
  m.maxTokens = c.maxTokens;
  m.groundSampleDistance = c.groundSampleDistance;
  m.trainedOn = c.trainedOn;
  m.metrics = c.metrics;
  m.extra[QStringLiteral("training")] = c.training;
  if (Status st = writeModelManifest(m); !st) return st;

  const QDir trainingDir(dir.filePath(QStringLiteral("training")));
  QDir().mkpath(trainingDir.path());
  QJsonArray history;
  for (const EpochRecord& r : c.history) history.append(recordToJson(r));
  if (Status st = safeWriteFile(trainingDir.filePath(QStringLiteral("history.json")), QJsonDocument(history).toJson());
      !st)
    return st;
  if (Status st = safeWriteFile(trainingDir.filePath(QStringLiteral("history.csv")), historyCsv(c.history)); !st)
    return st;
  return writeTrainingPlot(c.history, trainingDir.filePath(QStringLiteral("curves.png")));
}

QJsonObject bundleMetrics(const std::vector<EpochRecord>& history, int bestEpoch, const QString& valSplit,
                          int inputSize, const QJsonObject& test) {
  QJsonObject metrics;
  for (const EpochRecord& r : history)
    if (r.epoch == bestEpoch) {
      QJsonObject v = r.validation.toJson();
      v[QStringLiteral("epoch")] = r.epoch;
      v[QStringLiteral("split")] = valSplit;
      v[QStringLiteral("note")] =
          TrainingText::tr("argmax at the %1 x %1 network input, ground truth resized nearest").arg(inputSize);
      metrics[QStringLiteral("validation")] = v;
    }
  if (!test.isEmpty()) metrics[QStringLiteral("test")] = test;
  return metrics;
}

}  // namespace rrsis::train
