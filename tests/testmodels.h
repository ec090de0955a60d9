#pragma once
// Model bundles for the tests, made in a QTemporaryDir: a small WordPiece vocabulary, the
// tiny TorchScript modules in tests/data/models (exported by tests/make_test_models.py with
// python3-torch) and compact networks with random weights written by the project's own
// safetensors writer.
#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include "model/segmenter.h"
#include "nets/compactnet.h"

namespace rrsis::test {

/** The tests' model options: the CPU, one thread, a warm-up query at load unless `warmUp` is false. */
inline SegmenterOptions cpuOptions(bool warmUp = true) {
  SegmenterOptions o;
  o.forceCpu = true;
  o.threads = 1;
  o.warmUp = warmUp;
  return o;
}

/** The test vocabulary's ids: [PAD] 0, [UNK] 1, [CLS] 2, [SEP] 3, [MASK] 4, car 5, ... */
enum TestVocab { kPad = 0, kUnk = 1, kCls = 2, kSep = 3, kCar = 5, kRoad = 8, kBoom = 9 };
constexpr int kTestVocabSize = 20;

/** Writes the test vocabulary (kTestVocabSize lines). */
bool writeTestVocab(const QString& path);

/** The folder holding the shipped TorchScript test modules. */
QString testModulesDir();

/**
 * A torchscript bundle `<parent>/<name>.rrsismodel` around a shipped module. `manifest`
 * entries replace the defaults (input 64x64, wordpiece, logits2, max_tokens 8).
 */
QString makeTorchScriptBundle(const QString& parent, const QString& module, const QJsonObject& manifest = {});

/** Small compact-network options matching the test vocabulary. */
nets::CompactOptions smallCompactOptions();

/** A compact bundle with random weights (seeded), input `inputSize` square. */
QString makeCompactBundle(const QString& parent, const QString& name, const nets::CompactOptions& options,
                          int inputSize = 64, int seed = 1);

/** Compact-network sizes small enough to train in seconds (a "config" for TrainOptions). */
QJsonObject tinyTrainConfig();

/** SHA-256 of every file under `folder` by relative path: what "never modified" compares. */
QMap<QString, QByteArray> folderDigest(const QString& folder);

/** Writes `object` as `<bundle>/model.json`, replacing it. */
bool writeManifest(const QString& bundle, const QJsonObject& object);
QJsonObject readManifestJson(const QString& bundle);

}  // namespace rrsis::test
