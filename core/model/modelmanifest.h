#pragma once
#include <array>

#include <QJsonObject>
#include <QSize>
#include <QString>

#include "util/result.h"

namespace rrsis {

/**
 * The parsed and checked `model.json` of a model bundle (a folder NAME.rrsismodel/). Paths
 * are absolute, resolved against the bundle folder. A value type.
 */
struct ModelManifest {
  static constexpr const char* kFormat = "rrsis-model/1";

  QString bundlePath;  ///< the bundle folder
  QString name;
  QString architecture;  ///< "torchscript" or a core/nets architecture ("compact")
  QJsonObject config;    ///< architecture options
  QString weightsPath;   ///< native architectures: safetensors file
  QString modulePath;    ///< torchscript: the module file

  QSize inputSize{480, 480};
  std::array<float, 3> mean{0.485f, 0.456f, 0.406f};
  std::array<float, 3> std{0.229f, 0.224f, 0.225f};

  QString tokenizer;  ///< "wordpiece" or "sentencepiece"
  QString vocabPath;  ///< vocab.txt or .model
  bool lowercase = true;
  int maxTokens = 20;

  QString outputKind = QStringLiteral("logits2");  ///< "logits2" (softmax) or "logit1" (sigmoid)
  double threshold = 0.5;
  double groundSampleDistance = 0;  ///< metres per model-input pixel at native scale; 0 unknown

  QString trainedOn;
  QJsonObject metrics;
  QJsonObject extra;  ///< every other key, kept so a rewrite loses nothing

  /** The manifest as JSON, with paths relative to the bundle. */
  QJsonObject toJson() const;
};

/** The architectures this build can run. */
QStringList knownArchitectures();

/**
 * Reads and validates `<bundle>/model.json`: format version, architecture, every referenced
 * file, input, text and output sections. `bundle` may also be the model.json file itself.
 * Each problem is an error that names the file and the key.
 */
Result<ModelManifest> readModelManifest(const QString& bundle);

/**
 * A fingerprint of the bundle's files (model.json, weights or module, vocabulary): the first
 * 16 hex digits of their SHA-256, so an annotation can say exactly which model made it.
 * Empty when a file cannot be read.
 */
QString bundleHash(const ModelManifest& manifest);

/** Writes `<bundle>/model.json` atomically. */
Status writeModelManifest(const ModelManifest& manifest);

}  // namespace rrsis
