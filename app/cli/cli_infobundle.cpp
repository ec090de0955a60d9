// rrsis info BUNDLE: a model bundle's description, as text or JSON. Loads the network (LibTorch).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli_common.h"
#include "cli_functions.h"
#include "model/segmenter.h"
#include "engine/nativesegmenter.h"

namespace rrsis::cli {

namespace {

/** A bundle's architecture, size, input and tokenizer, loaded on the CPU to count parameters. */
int describeBundle(const QString& bundle, bool json) {
  SegmenterOptions o;
  o.forceCpu = true;
  o.warmUp = false;
  auto segmenter = loadSegmenter(bundle, o);
  if (!segmenter) {
    printErr(CliText::tr("rrsis info: %1").arg(segmenter.error()));
    return 1;
  }
  const ModelInfo i = (*segmenter)->info();
  if (json) {
    const QJsonObject o{{"name", i.name},
                        {"bundle", i.bundlePath},
                        {"hash", i.hash},
                        {"architecture", i.architecture},
                        {"parameters", double(i.parameters)},
                        {"input_size", QJsonArray{i.inputSize.width(), i.inputSize.height()}},
                        {"tokenizer", i.tokenizer},
                        {"vocabulary_size", i.vocabularySize},
                        {"max_tokens", i.maxTokens},
                        {"output", i.outputKind},
                        {"ground_sample_distance_m", i.groundSampleDistance},
                        {"trained_on", i.trainedOn},
                        {"metrics", i.metrics},
                        {"text_masks", i.textAnalysis},
                        {"implementation", i.provenance}};
    printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
  }
  printOut(CliText::tr("Model: %1").arg(i.name));
  printOut(CliText::tr("Architecture: %1, %2 parameters").arg(i.architecture).arg(i.parameters));
  printOut(
      CliText::tr("Input: %1 x %2, output %3").arg(i.inputSize.width()).arg(i.inputSize.height()).arg(i.outputKind));
  printOut(CliText::tr("Tokenizer: %1, %2 entries, %3 tokens").arg(i.tokenizer).arg(i.vocabularySize).arg(i.maxTokens));
  if (!i.provenance.isEmpty()) printOut(CliText::tr("Implementation: %1").arg(i.provenance));
  if (!i.textAnalysis.isEmpty()) printOut(CliText::tr("Object and position words: %1").arg(i.textAnalysis));
  if (i.groundSampleDistance > 0)
    printOut(CliText::tr("Ground sample distance: %1 m per input pixel").arg(i.groundSampleDistance));
  if (!i.trainedOn.isEmpty()) printOut(CliText::tr("Trained on: %1").arg(i.trainedOn));
  printOut(CliText::tr("Files: %1 (hash %2)").arg(QDir::toNativeSeparators(i.bundlePath), i.hash));
  return 0;
}

}  // namespace

int runInfoBundle(const QStringList& args) {
  QCommandLineParser p;
  p.addOption({QStringLiteral("json"), QString()});
  p.addPositionalArgument(QStringLiteral("bundle"), QString());
  if (const int code = parseArguments(p, args); code >= 0) return code;
  if (p.positionalArguments().size() != 1) {
    printErr(CliText::tr("rrsis info: expected exactly one file."));
    return 2;
  }
  return describeBundle(p.positionalArguments().front(), p.isSet(QStringLiteral("json")));
}

}  // namespace rrsis::cli
