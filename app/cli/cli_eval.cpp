// rrsis eval: a model bundle scored on a dataset split.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli_common.h"
#include "cli_functions.h"
#include "cli_modelcommon.h"
#include "dataset/datasetfolder.h"
#include "eval/evaluator.h"
#include "model/segmenter.h"
#include "util/safesave.h"
#include "engine/nativesegmenter.h"

namespace rrsis::cli {

int runEval(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(CliText::tr(
      "Score a model bundle on a split of a dataset (RefSegRS or RRSIS-D layout): oIoU, mIoU and Prec@0.5..0.9 "
      "(percent), overall and per category."));
  p.addHelpOption();
  p.addOption({QStringLiteral("model"), CliText::tr("Model bundle folder."), QStringLiteral("bundle")});
  p.addOption(
      {QStringLiteral("dataset"), CliText::tr("Dataset folder (RefSegRS or RRSIS-D layout)."), QStringLiteral("dir")});
  p.addOption({QStringLiteral("split"), CliText::tr("train, val or test (default test)."), QStringLiteral("name"),
               QStringLiteral("test")});
  p.addOption({QStringLiteral("protocol"),
               CliText::tr("lavt (default: argmax at the model input, truth resized there) or native."),
               QStringLiteral("name"), QStringLiteral("lavt")});
  p.addOption(
      {QStringLiteral("empty-union"),
       CliText::tr("IoU of a sample whose prediction and truth are both empty: zero (default, as LAVT) or one."),
       QStringLiteral("zero|one"), QStringLiteral("zero")});
  p.addOption({QStringLiteral("json"), CliText::tr("Write the metrics as JSON to FILE."), QStringLiteral("file")});
  p.addOption({QStringLiteral("csv"), CliText::tr("Write per-sample scores as CSV to FILE."), QStringLiteral("file")});
  addComputeOptions(p);
  if (const int code = parseArguments(p, args); code >= 0) return code;
  const QString protocolName = p.value(QStringLiteral("protocol"));
  const QString emptyUnion = p.value(QStringLiteral("empty-union"));
  if (!p.isSet(QStringLiteral("model")) || !p.isSet(QStringLiteral("dataset")) ||
      (protocolName != QLatin1String("lavt") && protocolName != QLatin1String("native")) ||
      (emptyUnion != QLatin1String("zero") && emptyUnion != QLatin1String("one"))) {
    printErr(CliText::tr(
        "rrsis eval: --model and --dataset are required; --protocol is lavt or native; --empty-union is zero or one."));
    return 2;
  }
  SegmenterOptions options;
  if (!computeOptions(p, &options)) {
    printErr(CliText::tr("rrsis eval: --threads must be a number >= 0 and --precision auto, fp32 or bf16."));
    return 2;
  }
  const EvalProtocol protocol = protocolName == QLatin1String("lavt") ? EvalProtocol::Lavt : EvalProtocol::Native;
  const QString split = p.value(QStringLiteral("split"));
  const QString datasetFolder = p.value(QStringLiteral("dataset"));
  auto samples = openDatasetSplit(datasetFolder, split);
  if (!samples) {
    printErr(CliText::tr("rrsis eval: %1").arg(samples.error()));
    return 1;
  }
  auto segmenter = loadSegmenter(p.value(QStringLiteral("model")), options);
  if (!segmenter) {
    printErr(CliText::tr("rrsis eval: %1").arg(segmenter.error()));
    return 1;
  }
  QElapsedTimer clock;
  clock.start();
  auto report = evaluate(
      **segmenter, *samples, protocol,
      [&](int done, int total) {
        const double seconds = clock.elapsed() / 1000.0;
        drawProgress(done, total, done > 0 ? seconds / done * (total - done) : 0, {});
        return true;
      },
      emptyUnion == QLatin1String("one") ? 1.0 : 0.0);
  if (!report) {
    printErr(CliText::tr("rrsis eval: %1").arg(report.error()));
    return 1;
  }
  for (const QString& w : report->warnings) printErr(CliText::tr("warning: %1").arg(w));
  const MetricSummary m = report->metrics.summary();
  printOut(
      CliText::tr("%1 samples, %2 protocol: oIoU %3  mIoU %4  Prec@0.5 %5  @0.6 %6  @0.7 %7  @0.8 %8  @0.9 %9")
          .arg(m.samples)
          .arg(emptyUnion == QLatin1String("one") ? protocolName + QStringLiteral(" (empty union = 1)") : protocolName)
          .arg(m.overallIoU, 0, 'f', 2)
          .arg(m.meanIoU, 0, 'f', 2)
          .arg(m.precision[0], 0, 'f', 2)
          .arg(m.precision[1], 0, 'f', 2)
          .arg(m.precision[2], 0, 'f', 2)
          .arg(m.precision[3], 0, 'f', 2)
          .arg(m.precision[4], 0, 'f', 2));
  for (const auto& [category, c] : report->metrics.perCategory())
    printOut(QStringLiteral("  %1: %2 samples, oIoU %3, mIoU %4")
                 .arg(category.isEmpty() ? QStringLiteral("(none)") : category)
                 .arg(c.samples)
                 .arg(c.overallIoU, 0, 'f', 2)
                 .arg(c.meanIoU, 0, 'f', 2));
  if (p.isSet(QStringLiteral("json"))) {
    QJsonObject o = report->metrics.toJson();
    o[QStringLiteral("model")] = (*segmenter)->manifest().name;
    o[QStringLiteral("dataset")] = QFileInfo(datasetFolder).absoluteFilePath();
    o[QStringLiteral("split")] = split;
    o[QStringLiteral("seconds")] = report->totalSeconds;
    if (Status st = safeWriteFile(p.value(QStringLiteral("json")), QJsonDocument(o).toJson()); !st) {
      printErr(CliText::tr("rrsis eval: %1").arg(st.error()));
      return 1;
    }
  }
  if (p.isSet(QStringLiteral("csv"))) {
    QHash<QString, QString> expressions;
    for (const Sample& s : *samples) expressions.insert(s.id, s.expression);
    const QByteArray csv = scoresCsv(report->metrics.samples(), split, expressions);
    if (Status st = safeWriteFile(p.value(QStringLiteral("csv")), csv); !st) {
      printErr(CliText::tr("rrsis eval: %1").arg(st.error()));
      return 1;
    }
  }
  return 0;
}

}  // namespace rrsis::cli
