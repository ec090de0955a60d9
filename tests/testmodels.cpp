#include "testmodels.h"

#include <QDirIterator>

#include <QCryptographicHash>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <torch/torch.h>

#include "engine/segmentationnetwork.h"
#include "nets/safetensors.h"
#include "nets/statedict.h"

namespace rrsis::test {

bool writeTestVocab(const QString& path) {
  static const char* words[kTestVocabSize] = {"[PAD]", "[UNK]", "[CLS]", "[SEP]",    "[MASK]", "car",  "red",
                                              "the",   "road",  "boom",  "building", "on",     "left", "##s",
                                              "white", "tree",  "right", "near",     "water",  "of"};
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly)) return false;
  for (const char* w : words) f.write(QByteArray(w) + '\n');
  return f.flush();
}

QString testModulesDir() { return QStringLiteral(RRSIS_TEST_DATA_DIR "/models"); }

bool writeManifest(const QString& bundle, const QJsonObject& object) {
  QFile f(QDir(bundle).filePath(QStringLiteral("model.json")));
  return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(object).toJson()) > 0;
}

QJsonObject readManifestJson(const QString& bundle) {
  QFile f(QDir(bundle).filePath(QStringLiteral("model.json")));
  f.open(QIODevice::ReadOnly);
  return QJsonDocument::fromJson(f.readAll()).object();
}

static QJsonObject baseManifest(int inputSize) {
  return QJsonObject{
      {"format", "rrsis-model/1"},
      {"name", "test model"},
      {"input", QJsonObject{{"size", QJsonArray{inputSize, inputSize}},
                            {"mean", QJsonArray{0.485, 0.456, 0.406}},
                            {"std", QJsonArray{0.229, 0.224, 0.225}}}},
      {"text", QJsonObject{{"tokenizer", "wordpiece"}, {"vocab", "vocab.txt"}, {"lowercase", true}, {"max_tokens", 8}}},
      {"output", QJsonObject{{"kind", "logits2"}, {"threshold", 0.5}}}};
}

QString makeTorchScriptBundle(const QString& parent, const QString& module, const QJsonObject& overrides) {
  const QString bundle = QDir(parent).filePath(QFileInfo(module).completeBaseName() + QStringLiteral(".rrsismodel"));
  QDir().mkpath(bundle);
  QFile::remove(QDir(bundle).filePath(QStringLiteral("model.ts")));
  QFile::copy(QDir(testModulesDir()).filePath(module), QDir(bundle).filePath(QStringLiteral("model.ts")));
  writeTestVocab(QDir(bundle).filePath(QStringLiteral("vocab.txt")));
  QJsonObject m = baseManifest(64);
  m["architecture"] = "torchscript";
  m["module"] = "model.ts";
  for (auto it = overrides.begin(); it != overrides.end(); ++it) m[it.key()] = it.value();
  writeManifest(bundle, m);
  return bundle;
}

nets::CompactOptions smallCompactOptions() {
  nets::CompactOptions o;
  o.vocabSize = kTestVocabSize;
  o.maxTokens = 8;
  o.textDim = 32;
  o.textLayers = 1;
  o.textHeads = 2;
  o.widths = {8, 16, 24, 32};
  o.depths = {1, 1, 1, 1};
  o.decoderDim = 16;
  return o;
}

QString makeCompactBundle(const QString& parent, const QString& name, const nets::CompactOptions& options,
                          int inputSize, int seed) {
  const QString bundle = QDir(parent).filePath(name + QStringLiteral(".rrsismodel"));
  QDir().mkpath(bundle);
  torch::manual_seed(seed);
  nets::CompactNet net(options);
  std::string error;
  nets::writeSafetensors(QDir(bundle).filePath(QStringLiteral("weights.safetensors")).toStdString(),
                         nets::stateDict(*net), {}, &error);
  writeTestVocab(QDir(bundle).filePath(QStringLiteral("vocab.txt")));
  QJsonObject m = baseManifest(inputSize);
  m["architecture"] = "compact";
  m["weights"] = "weights.safetensors";
  m["config"] = compactConfigToJson(options);
  QJsonObject text = m["text"].toObject();
  text["max_tokens"] = int(options.maxTokens);
  m["text"] = text;
  writeManifest(bundle, m);
  return bundle;
}

QJsonObject tinyTrainConfig() {
  return QJsonDocument::fromJson(R"({"widths": [8, 16, 16, 24], "depths": [1, 1, 1, 1], "text_dim": 16,
                                     "text_layers": 1, "text_heads": 2, "decoder_dim": 16})")
      .object();
}

QMap<QString, QByteArray> folderDigest(const QString& folder) {
  QMap<QString, QByteArray> digest;
  QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
      digest[QDir(folder).relativeFilePath(path)] = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
  }
  return digest;
}

}  // namespace rrsis::test
