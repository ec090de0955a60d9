// rrsis train: the training loop of core/train behind a command line, with a progress bar,
// a summary per epoch, and Ctrl+C that stops cleanly (the last epoch's checkpoint stays).
#include <atomic>
#include <csignal>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include "cli_common.h"
#include "cli_functions.h"
#include "cli_modelcommon.h"
#include "model/segmenter.h"
#include "train/trainer.h"

namespace rrsis::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int) {
  g_interrupted = true;
  std::signal(SIGINT, SIG_DFL);  // a second Ctrl+C ends the process at once
}

QString metricsLine(const MetricSummary& m) {
  return CliText::tr("oIoU %1  mIoU %2  Prec@0.5 %3  @0.7 %4  @0.9 %5")
      .arg(m.overallIoU, 0, 'f', 2)
      .arg(m.meanIoU, 0, 'f', 2)
      .arg(m.precision[0], 0, 'f', 2)
      .arg(m.precision[2], 0, 'f', 2)
      .arg(m.precision[4], 0, 'f', 2);
}

}  // namespace

int runTrain(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      CliText::tr("Train a referring segmentation network on RefSegRS or RRSIS-D folders and write a model bundle "
                  "(best weights by validation oIoU, model.json with data, command, metrics and date, and "
                  "training/history.csv, history.json, curves.png). A checkpoint is written after every epoch; "
                  "Ctrl+C stops, and --resume continues to the same result."));
  p.addHelpOption();
  const TrainOptions d;
  auto add = [&](const char* name, const char* help, const char* value = nullptr, const QString& def = {}) {
    if (value)
      p.addOption({QString::fromLatin1(name), CliText::tr(help), QString::fromLatin1(value), def});
    else
      p.addOption({QString::fromLatin1(name), CliText::tr(help)});
  };
  add("arch", QT_TRANSLATE_NOOP("rrsis", "Architecture (default compact)."), "name", d.architecture);
  add("data", QT_TRANSLATE_NOOP("rrsis", "Training folders, comma-separated."), "dirs");
  add("project",
      QT_TRANSLATE_NOOP("rrsis",
                        "Train on a project's annotations instead of --data (exported into the checkpoint folder; 20 % "
                        "held out for validation when none is marked val)."),
      "file");
  add("init",
      QT_TRANSLATE_NOOP(
          "rrsis",
          "Fine-tune this model bundle (read only): its weights, sizes and vocabulary, extended by new words."),
      "bundle");
  add("freeze", QT_TRANSLATE_NOOP("rrsis", "With --init: backbone, text or none (default) stay as they are."), "part",
      QStringLiteral("none"));
  add("val", QT_TRANSLATE_NOOP("rrsis", "Validation folder (default: the first --data folder)."), "dir");
  add("train-split", QT_TRANSLATE_NOOP("rrsis", "Split used for training (default train)."), "name", d.trainSplit);
  add("val-split", QT_TRANSLATE_NOOP("rrsis", "Split used for validation (default val)."), "name", d.valSplit);
  add("test-split",
      QT_TRANSLATE_NOOP(
          "rrsis",
          "Split of the validation folder scored with the best weights at the end (default test; \"none\" to skip)."),
      "name", d.testSplit);
  add("out", QT_TRANSLATE_NOOP("rrsis", "Output bundle folder (NAME.rrsismodel)."), "bundle");
  add("checkpoints", QT_TRANSLATE_NOOP("rrsis", "Checkpoint folder (default: NAME.checkpoints beside the bundle)."),
      "dir");
  add("name", QT_TRANSLATE_NOOP("rrsis", "Display name of the model."), "text");
  add("epochs",
      QT_TRANSLATE_NOOP("rrsis", "Epochs (default 30; fine-tuning: about 3,000 samples seen, 10 to 60 epochs)."), "n",
      QStringLiteral("0"));
  add("batch", QT_TRANSLATE_NOOP("rrsis", "Batch size (default 8)."), "n", QString::number(d.batchSize));
  add("lr", QT_TRANSLATE_NOOP("rrsis", "AdamW learning rate, poly-decayed (default 0.001; fine-tuning 0.0002)."), "x",
      QStringLiteral("0"));
  add("weight-decay", QT_TRANSLATE_NOOP("rrsis", "AdamW weight decay (default 0.01)."), "x",
      QString::number(d.weightDecay));
  add("clip", QT_TRANSLATE_NOOP("rrsis", "Gradient clipping norm; 0 = off (default 1)."), "x",
      QString::number(d.clipNorm));
  add("input-size",
      QT_TRANSLATE_NOOP("rrsis", "Square network input, a multiple of 32 (default 320, or the --init model's)."), "px",
      QStringLiteral("0"));
  add("max-tokens", QT_TRANSLATE_NOOP("rrsis", "Token sequence length (default 20, or the --init model's)."), "n",
      QStringLiteral("0"));
  add("vocab", QT_TRANSLATE_NOOP("rrsis", "WordPiece vocab.txt (default: built from the training expressions)."),
      "file");
  add("config",
      QT_TRANSLATE_NOOP("rrsis", "Network sizes as JSON text or a JSON file (e.g. {\"widths\": [32,64,96,160]})."),
      "json");
  add("patience",
      QT_TRANSLATE_NOOP("rrsis", "Stop after N epochs without a better validation oIoU; 0 = never (default)."), "n",
      QStringLiteral("0"));
  add("target-miou", QT_TRANSLATE_NOOP("rrsis", "Stop once the validation mIoU (percent) reaches this; 0 = never."),
      "x", QStringLiteral("0"));
  add("seed", QT_TRANSLATE_NOOP("rrsis", "Random seed (default 1)."), "n", QStringLiteral("1"));
  add("precision", QT_TRANSLATE_NOOP("rrsis", "auto (bf16 on a GPU, fp32 on the CPU), fp32 or bf16."), "name",
      QStringLiteral("auto"));
  add("max-samples", QT_TRANSLATE_NOOP("rrsis", "Use only the first N training samples; 0 = all."), "n",
      QStringLiteral("0"));
  add("gsd",
      QT_TRANSLATE_NOOP("rrsis", "Metres per input pixel for the manifest (default: from the first training image)."),
      "m");
  add("no-augment", QT_TRANSLATE_NOOP("rrsis", "No crops, flips or colour jitter."));
  add("resume", QT_TRANSLATE_NOOP("rrsis", "Continue the run whose checkpoint is in the checkpoint folder."));
  addComputeOptions(p, false);  // training has its own --precision
  if (const int code = parseArguments(p, args); code >= 0) return code;

  TrainOptions o;
  SegmenterOptions compute;
  const QString precision = p.value(QStringLiteral("precision"));
  int seed = 0;
  const bool ok =
      p.isSet(QStringLiteral("data")) != p.isSet(QStringLiteral("project")) && p.isSet(QStringLiteral("out")) &&
      computeOptions(p, &compute) && parseFreezeGroup(p.value(QStringLiteral("freeze")), &o.freeze) &&
      parseInt(p.value(QStringLiteral("epochs")), 0, 100000, &o.epochs) &&
      parseInt(p.value(QStringLiteral("batch")), 1, 4096, &o.batchSize) &&
      parseDouble(p.value(QStringLiteral("lr")), 0, 10.0, &o.learningRate) &&
      parseDouble(p.value(QStringLiteral("weight-decay")), 0, 10.0, &o.weightDecay) &&
      parseDouble(p.value(QStringLiteral("clip")), 0, 1e9, &o.clipNorm) &&
      parseInt(p.value(QStringLiteral("input-size")), 0, 2048, &o.inputSize) &&
      parseInt(p.value(QStringLiteral("max-tokens")), 0, 512, &o.maxTokens) &&
      parseInt(p.value(QStringLiteral("patience")), 0, 100000, &o.patience) &&
      parseDouble(p.value(QStringLiteral("target-miou")), 0, 100, &o.targetMiou) &&
      parseInt(p.value(QStringLiteral("seed")), 0, 2147483647, &seed) &&
      parseInt(p.value(QStringLiteral("max-samples")), 0, 2147483647, &o.maxTrainSamples) &&
      (precision == QLatin1String("auto") || precision == QLatin1String("fp32") ||
       precision == QLatin1String("bf16")) &&
      (!p.isSet(QStringLiteral("gsd")) || parseDouble(p.value(QStringLiteral("gsd")), 0, 1e6, &o.groundSampleDistance));
  if (!ok) {
    printErr(
        CliText::tr("rrsis train: --out and one of --data or --project are required, --freeze is backbone, text or "
                    "none, and every number must be in range (see --help)."));
    return 2;
  }
  o.architecture = p.value(QStringLiteral("arch"));
  o.dataFolders = p.value(QStringLiteral("data")).split(QLatin1Char(','), Qt::SkipEmptyParts);
  o.projectPath = p.value(QStringLiteral("project"));
  o.initBundle = p.value(QStringLiteral("init"));
  o.valFolder = p.value(QStringLiteral("val"));
  o.trainSplit = p.value(QStringLiteral("train-split"));
  o.valSplit = p.value(QStringLiteral("val-split"));
  o.testSplit = p.value(QStringLiteral("test-split")) == QLatin1String("none") ? QString()
                                                                               : p.value(QStringLiteral("test-split"));
  o.outBundle = p.value(QStringLiteral("out"));
  o.checkpointFolder = p.value(QStringLiteral("checkpoints"));
  o.name = p.value(QStringLiteral("name"));
  o.vocabPath = p.value(QStringLiteral("vocab"));
  o.seed = std::uint64_t(seed);
  o.resume = p.isSet(QStringLiteral("resume"));
  o.augment.enabled = !p.isSet(QStringLiteral("no-augment"));
  o.precision = precision == QLatin1String("fp32")   ? TrainPrecision::Fp32
                : precision == QLatin1String("bf16") ? TrainPrecision::Bf16
                                                     : TrainPrecision::Auto;
  o.forceCpu = compute.forceCpu;
  o.threads = compute.threads;
  o.nltkTagger = compute.nltkTagger;
  if (p.isSet(QStringLiteral("config"))) {
    QByteArray json = p.value(QStringLiteral("config")).toUtf8();
    if (!json.trimmed().startsWith('{')) {
      QFile f(p.value(QStringLiteral("config")));
      if (!f.open(QIODevice::ReadOnly)) {
        printErr(CliText::tr("rrsis train: cannot read --config %1: %2").arg(f.fileName(), f.errorString()));
        return 1;
      }
      json = f.readAll();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
      printErr(CliText::tr("rrsis train: --config is not a JSON object (%1).").arg(error.errorString()));
      return 2;
    }
    o.config = doc.object();
  }
  QStringList command = QCoreApplication::arguments();
  command[0] = QStringLiteral("rrsis");
  o.command = command.join(QLatin1Char(' '));

  g_interrupted = false;
  std::signal(SIGINT, onInterrupt);
  QString phase;
  auto result = trainModel(o, [&](const TrainProgress& pr) {
    if (pr.phase == QLatin1String("epoch")) {
      const EpochRecord& r = *pr.finished;
      printOut(CliText::tr("epoch %1/%2  train loss %3  val loss %4  %5  (%6 samples/s, %7 s)")
                   .arg(r.epoch)
                   .arg(pr.epochs)
                   .arg(r.trainLoss, 0, 'f', 4)
                   .arg(r.valLoss, 0, 'f', 4)
                   .arg(metricsLine(r.validation))
                   .arg(r.samplesPerSecond, 0, 'f', 2)
                   .arg(r.seconds, 0, 'f', 0));
    } else {
      const QString label = pr.phase == QLatin1String("train")
                                ? CliText::tr("epoch %1/%2 loss %3 %4/s ")
                                      .arg(pr.epoch)
                                      .arg(pr.epochs)
                                      .arg(pr.loss, 0, 'f', 4)
                                      .arg(pr.samplesPerSecond, 0, 'f', 1)
                                : CliText::tr("%1 %2/%3 ").arg(pr.phase).arg(pr.epoch).arg(pr.epochs);
      drawProgress(pr.step, pr.steps, pr.etaSeconds, label);
    }
    return !g_interrupted.load();
  });
  std::signal(SIGINT, SIG_DFL);
  if (!result) {
    std::fputc('\n', stderr);
    printErr(CliText::tr("rrsis train: %1").arg(result.error()));
    return 1;
  }
  const TrainSummary& s = *result;
  if (s.interrupted) {
    std::fputc('\n', stderr);
    printErr(CliText::tr("Interrupted. %1 epoch(s) are saved in %2; run the same command with --resume to continue.")
                 .arg(s.history.size())
                 .arg(s.checkpointPath));
    return 130;
  }
  if (s.alreadyFinished) printOut(CliText::tr("This run had already finished (%1).").arg(s.stopReason));
  printOut(CliText::tr("%1 parameters, %2, %3; %4 training and %5 validation samples.")
               .arg(s.parameters)
               .arg(s.device, s.precision)
               .arg(s.trainSamples)
               .arg(s.valSamples));
  printOut(CliText::tr("Stopped: %1. Best epoch %2: %3").arg(s.stopReason).arg(s.bestEpoch).arg(metricsLine(s.best)));
  if (!s.test.isEmpty())
    printOut(CliText::tr("Test split (%1 samples): oIoU %2  mIoU %3")
                 .arg(s.test.value(QStringLiteral("samples")).toInt())
                 .arg(s.test.value(QStringLiteral("oIoU")).toDouble(), 0, 'f', 2)
                 .arg(s.test.value(QStringLiteral("mIoU")).toDouble(), 0, 'f', 2));
  for (const QString& note : s.dataNotes) printOut(CliText::tr("Data: %1").arg(note));
  if (!s.wordsAdded.isEmpty())
    printOut(CliText::tr("Vocabulary: %1 new word(s): %2")
                 .arg(s.wordsAdded.size())
                 .arg(s.wordsAdded.mid(0, 20).join(QStringLiteral(", "))));
  if (!s.textAnalysis.isEmpty()) printOut(CliText::tr("FIANet's object and position words: %1").arg(s.textAnalysis));
  if (s.frozenTensors > 0) printOut(CliText::tr("Frozen: %1 parameter tensors.").arg(s.frozenTensors));
  printOut(CliText::tr("Bundle: %1").arg(s.bundlePath));
  return 0;
}

}  // namespace rrsis::cli
