// rrsis info: a raster's metadata, or a model bundle's description, as text or JSON.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli_common.h"
#include "cli_functions.h"
#include "model/segmenter.h"
#include "raster/gdalrastersource.h"

namespace rrsis::cli {

namespace {

/** A bundle's architecture, size, input and tokenizer, loaded on the CPU to count parameters. */
int describeBundle(const QString& bundle, bool json) {
  SegmenterOptions o;
  o.forceCpu = true;
  o.warmUp = false;
  auto segmenter = Segmenter::load(bundle, o);
  if (!segmenter) {
    printErr(QCoreApplication::translate("rrsis", "rrsis info: %1").arg(segmenter.error()));
    return 1;
  }
  const ModelInfo i = (*segmenter)->info();
  if (json) {
    const QJsonObject o{{"name", i.name}, {"bundle", i.bundlePath}, {"hash", i.hash}, {"architecture", i.architecture},
                        {"parameters", double(i.parameters)}, {"input_size", QJsonArray{i.inputSize.width(), i.inputSize.height()}},
                        {"tokenizer", i.tokenizer}, {"vocabulary_size", i.vocabularySize}, {"max_tokens", i.maxTokens},
                        {"output", i.outputKind}, {"ground_sample_distance_m", i.groundSampleDistance},
                        {"trained_on", i.trainedOn}, {"metrics", i.metrics}, {"text_masks", i.textAnalysis},
                        {"implementation", i.provenance}};
    printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
  }
  printOut(QCoreApplication::translate("rrsis", "Model: %1").arg(i.name));
  printOut(QCoreApplication::translate("rrsis", "Architecture: %1, %2 parameters").arg(i.architecture).arg(i.parameters));
  printOut(QCoreApplication::translate("rrsis", "Input: %1 x %2, output %3").arg(i.inputSize.width()).arg(i.inputSize.height()).arg(i.outputKind));
  printOut(QCoreApplication::translate("rrsis", "Tokenizer: %1, %2 entries, %3 tokens").arg(i.tokenizer).arg(i.vocabularySize).arg(i.maxTokens));
  if (!i.provenance.isEmpty()) printOut(QCoreApplication::translate("rrsis", "Implementation: %1").arg(i.provenance));
  if (!i.textAnalysis.isEmpty())
    printOut(QCoreApplication::translate("rrsis", "Object and position words: %1").arg(i.textAnalysis));
  if (i.groundSampleDistance > 0)
    printOut(QCoreApplication::translate("rrsis", "Ground sample distance: %1 m per input pixel").arg(i.groundSampleDistance));
  if (!i.trainedOn.isEmpty()) printOut(QCoreApplication::translate("rrsis", "Trained on: %1").arg(i.trainedOn));
  printOut(QCoreApplication::translate("rrsis", "Files: %1 (hash %2)").arg(QDir::toNativeSeparators(i.bundlePath), i.hash));
  return 0;
}

}  // namespace

int runInfo(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate(
      "rrsis", "Print the metadata of a raster file, or describe a model bundle (NAME.rrsismodel): architecture, "
               "parameter count, input size and tokenizer."));
  p.addHelpOption();
  p.addOption({QStringLiteral("json"), QCoreApplication::translate("rrsis", "Print JSON instead of text.")});
  p.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("rrsis", "The raster or model bundle to describe."));
  if (const int code = parseArguments(p, args); code >= 0) return code;
  if (p.positionalArguments().size() != 1) {
    printErr(QCoreApplication::translate("rrsis", "rrsis info: expected exactly one file."));
    return 2;
  }
  const QString path = p.positionalArguments().front();
  if (QFileInfo(path).isDir() && QFileInfo::exists(QDir(path).filePath(QStringLiteral("model.json"))))
    return describeBundle(path, p.isSet(QStringLiteral("json")));
  auto source = rrsis::GdalRasterSource::open(path);
  if (!source) {
    printErr(QCoreApplication::translate("rrsis", "rrsis info: %1").arg(source.error()));
    return 1;
  }
  const rrsis::RasterInfo& info = (*source)->info();
  if (p.isSet(QStringLiteral("json")))
    printOut(QString::fromUtf8(QJsonDocument(rrsis::rasterInfoToJson(info)).toJson(QJsonDocument::Indented)).trimmed());
  else
    printOut(rrsis::describeRasterInfo(info));
  return 0;
}

}  // namespace rrsis::cli
