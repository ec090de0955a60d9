// The model commands of the rrsis CLI: predict and tokenize.
#include "cli_model.h"

#include <unistd.h>

#include <chrono>

#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <opencv2/core.hpp>

#include <QElapsedTimer>
#include <QJsonDocument>

#include "dataset/datasetfolder.h"
#include "eval/evaluator.h"
#include "inference/maskwriter.h"
#include "inference/queryrunner.h"
#include "model/segmenter.h"
#include "raster/scene.h"
#include "util/safesave.h"

namespace rrsis::cli {

void printOut(const QString& text) {
  std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
  std::fflush(stdout);  // progress goes to stderr: keep the two in order
}
void printErr(const QString& text) { std::fputs(qPrintable(text + QLatin1Char('\n')), stderr); }

bool parseInt(const QString& text, int lo, int hi, int* out) {
  bool ok = false;
  const int v = text.toInt(&ok);
  if (!ok || v < lo || v > hi)
    return false;
  *out = v;
  return true;
}

bool parseDouble(const QString& text, double lo, double hi, double* out) {
  bool ok = false;
  const double v = text.toDouble(&ok);
  if (!ok || !(v >= lo) || !(v <= hi))
    return false;
  *out = v;
  return true;
}

bool parseSeed(const QString& text, unsigned long long* out) {
  bool ok = false;
  const qulonglong v = text.toULongLong(&ok);
  if (!ok)
    return false;
  *out = v;
  return true;
}

bool parseAoi(const QString& text, QRect* out) {
  const QStringList parts = text.split(QLatin1Char(','));
  if (parts.size() != 4) return false;
  int v[4];
  for (int i = 0; i < 4; ++i) {
    bool ok = false;
    v[i] = parts[i].trimmed().toInt(&ok);
    if (!ok) return false;
  }
  if (v[0] < 0 || v[1] < 0 || v[2] <= 0 || v[3] <= 0) return false;
  *out = QRect(v[0], v[1], v[2], v[3]);
  return true;
}

/** --cpu and --threads, shared by every command that runs a model. */
void addComputeOptions(QCommandLineParser& p) {
  p.addOption({QStringLiteral("cpu"), QCoreApplication::translate("rrsis", "Run on the CPU even when a GPU is present.")});
  p.addOption({QStringLiteral("threads"), QCoreApplication::translate("rrsis", "Intra-op threads (default: every logical CPU)."), QStringLiteral("n"), QStringLiteral("0")});
}

/** The SegmenterOptions that --cpu and --threads ask for; false when --threads is not a count. */
bool computeOptions(const QCommandLineParser& p, SegmenterOptions* options) {
  options->forceCpu = p.isSet(QStringLiteral("cpu"));
  return parseInt(p.value(QStringLiteral("threads")), 0, 4096, &options->threads);
}

int runPredict(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate(
      "rrsis", "Find what a referring expression describes in an image and write its mask as a "
               "georeferenced GeoTIFF (0 = background, 255 = target)."));
  p.addHelpOption();
  p.addOption({QStringLiteral("model"), QCoreApplication::translate("rrsis", "Model bundle folder."), QStringLiteral("bundle")});
  p.addOption({QStringLiteral("image"), QCoreApplication::translate("rrsis", "Input raster."), QStringLiteral("file")});
  p.addOption({QStringLiteral("text"), QCoreApplication::translate("rrsis", "The referring expression."), QStringLiteral("expression")});
  p.addOption({QStringLiteral("aoi"), QCoreApplication::translate("rrsis", "Region x,y,w,h in pixels (default: the whole image)."), QStringLiteral("x,y,w,h")});
  p.addOption({QStringLiteral("tiled"), QCoreApplication::translate("rrsis", "Sliding windows at the model's native scale, output at source resolution.")});
  p.addOption({QStringLiteral("out"), QCoreApplication::translate("rrsis", "Output mask GeoTIFF."), QStringLiteral("file")});
  p.addOption({QStringLiteral("probability"), QCoreApplication::translate("rrsis", "Also write the probability map (0..255) to FILE."), QStringLiteral("file")});
  p.addOption({QStringLiteral("threshold"), QCoreApplication::translate("rrsis", "Mask threshold 0..1 (default: the bundle's)."), QStringLiteral("t")});
  addComputeOptions(p);
  p.process(args);
  for (const char* required : {"model", "image", "text", "out"})
    if (!p.isSet(QLatin1String(required))) {
      printErr(QCoreApplication::translate("rrsis", "rrsis predict: --%1 is required.").arg(QLatin1String(required)));
      return 2;
    }
  QRect aoi;
  if (p.isSet(QStringLiteral("aoi")) && !parseAoi(p.value(QStringLiteral("aoi")), &aoi)) {
    printErr(QCoreApplication::translate("rrsis", "rrsis predict: --aoi must be x,y,w,h with w and h > 0."));
    return 2;
  }
  SegmenterOptions options;
  options.warmUp = false;  // one query: a warm-up run would only double the time
  const bool okThreads = computeOptions(p, &options);
  double threshold = -1;
  const bool okThreshold =
      !p.isSet(QStringLiteral("threshold")) || parseDouble(p.value(QStringLiteral("threshold")), 0, 1, &threshold);
  if (!okThreads || !okThreshold) {
    printErr(QCoreApplication::translate("rrsis", "rrsis predict: --threads must be >= 0 and --threshold within 0..1."));
    return 2;
  }

  auto content = loadSceneContent(p.value(QStringLiteral("image")), StretchDefaults{});
  if (!content) {
    printErr(QCoreApplication::translate("rrsis", "rrsis predict: %1").arg(content.error()));
    return 1;
  }
  auto segmenter = Segmenter::load(p.value(QStringLiteral("model")), options);
  if (!segmenter) {
    printErr(QCoreApplication::translate("rrsis", "rrsis predict: %1").arg(segmenter.error()));
    return 1;
  }
  const RasterInfo& info = content->source->info();
  QueryRequest request;
  request.expression = p.value(QStringLiteral("text"));
  request.region = aoi.isEmpty() ? QRect(0, 0, info.width, info.height) : aoi;
  request.tiled = p.isSet(QStringLiteral("tiled"));
  request.maxOutputSide = std::max(request.region.width(), request.region.height());  // full resolution
  if (!QRect(0, 0, info.width, info.height).contains(request.region)) {
    printErr(QCoreApplication::translate("rrsis", "rrsis predict: the area %1,%2,%3,%4 is not inside the %5 x %6 image.")
                 .arg(aoi.x()).arg(aoi.y()).arg(aoi.width()).arg(aoi.height()).arg(info.width).arg(info.height));
    return 2;
  }
  auto result = runQuery(*content->source, content->mapping, **segmenter, request, [&](int done, int total) {
    if (request.tiled)
      drawProgress(done, total, -1, QCoreApplication::translate("rrsis", "windows "));
    return true;
  });
  if (!result) {
    printErr(QCoreApplication::translate("rrsis", "rrsis predict: %1").arg(result.error()));
    return 1;
  }
  if (threshold < 0) threshold = (*segmenter)->manifest().threshold;
  const cv::Mat mask = result->map.mask(threshold);
  Status st = writeRegionGeoTiff(p.value(QStringLiteral("out")), mask, result->map, info.geo);
  if (st && p.isSet(QStringLiteral("probability")))
    st = writeRegionGeoTiff(p.value(QStringLiteral("probability")), result->map.probability, result->map, info.geo);
  if (!st) {
    printErr(QCoreApplication::translate("rrsis", "rrsis predict: %1").arg(st.error()));
    return 1;
  }
  const int foreground = cv::countNonZero(mask);
  printOut(QCoreApplication::translate("rrsis", "Wrote %1: %2 x %3 pixels, %4 % target (threshold %5); %6 window(s), %7 s "
                                                "(model %8 ms) on %9.")
               .arg(p.value(QStringLiteral("out")))
               .arg(mask.cols)
               .arg(mask.rows)
               .arg(100.0 * foreground / std::max<double>(1.0, double(mask.total())), 0, 'f', 2)
               .arg(threshold)
               .arg(result->windows)
               .arg(result->seconds, 0, 'f', 2)
               .arg(result->timing.forwardMs, 0, 'f', 0)
               .arg((*segmenter)->info().device));
  return 0;
}

namespace {

QByteArray csvField(QString text) {
  text.replace(QLatin1Char('"'), QLatin1String("\"\""));
  return (QLatin1Char('"') + text + QLatin1Char('"')).toUtf8();
}

}  // namespace

/** A one-line progress bar with an ETA on stderr. */
void drawProgress(int done, int total, double etaSeconds, const QString& label) {
  // On a terminal the bar is redrawn in place. Into a log (a file, a pipe) it is a whole line
  // every few seconds and at the end, so the log stays readable.
  using Clock = std::chrono::steady_clock;
  static const bool terminal = ::isatty(::fileno(stderr)) == 1;
  static Clock::time_point lastLine;
  static bool printed = false;
  const bool last = done >= total;
  if (!terminal && printed && !last && Clock::now() - lastLine < std::chrono::seconds(5))
    return;
  const int width = label.isEmpty() ? 30 : 16;  // a labelled line still fits 80 columns
  const int filled = total > 0 ? std::min(width, done * width / total) : width;
  const int eta = int(std::max(0.0, etaSeconds));
  std::fprintf(stderr, "%s%s[%s%s] %3d %% %d/%d", terminal ? "\r" : "", qPrintable(label),
               std::string(size_t(filled), '#').c_str(), std::string(size_t(width - filled), ' ').c_str(),
               total > 0 ? done * 100 / total : 100, done, total);
  if (etaSeconds >= 0)
    std::fprintf(stderr, "  ETA %d:%02d:%02d ", eta / 3600, eta / 60 % 60, eta % 60);
  if (last || !terminal)
    std::fputc('\n', stderr);
  std::fflush(stderr);
  lastLine = Clock::now();
  printed = !last;  // the next bar starts with a line of its own
}

int runEval(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate(
      "rrsis", "Score a model bundle on a split of a dataset (RefSegRS or RRSIS-D layout): oIoU, mIoU and Prec@0.5..0.9 "
               "(percent), overall and per category."));
  p.addHelpOption();
  p.addOption({QStringLiteral("model"), QCoreApplication::translate("rrsis", "Model bundle folder."), QStringLiteral("bundle")});
  p.addOption({QStringLiteral("dataset"), QCoreApplication::translate("rrsis", "Dataset folder (RefSegRS or RRSIS-D layout)."), QStringLiteral("dir")});
  p.addOption({QStringLiteral("split"), QCoreApplication::translate("rrsis", "train, val or test (default test)."), QStringLiteral("name"), QStringLiteral("test")});
  p.addOption({QStringLiteral("protocol"), QCoreApplication::translate("rrsis", "lavt (default: argmax at the model input, truth resized there) or native."), QStringLiteral("name"), QStringLiteral("lavt")});
  p.addOption({QStringLiteral("empty-union"), QCoreApplication::translate("rrsis", "IoU of a sample whose prediction and truth are both empty: zero (default, as LAVT) or one."), QStringLiteral("zero|one"), QStringLiteral("zero")});
  p.addOption({QStringLiteral("json"), QCoreApplication::translate("rrsis", "Write the metrics as JSON to FILE."), QStringLiteral("file")});
  p.addOption({QStringLiteral("csv"), QCoreApplication::translate("rrsis", "Write per-sample scores as CSV to FILE."), QStringLiteral("file")});
  addComputeOptions(p);
  p.process(args);
  const QString protocolName = p.value(QStringLiteral("protocol"));
  const QString emptyUnion = p.value(QStringLiteral("empty-union"));
  if (!p.isSet(QStringLiteral("model")) || !p.isSet(QStringLiteral("dataset")) ||
      (protocolName != QLatin1String("lavt") && protocolName != QLatin1String("native")) ||
      (emptyUnion != QLatin1String("zero") && emptyUnion != QLatin1String("one"))) {
    printErr(QCoreApplication::translate("rrsis", "rrsis eval: --model and --dataset are required; --protocol is lavt or native; --empty-union is zero or one."));
    return 2;
  }
  SegmenterOptions options;
  if (!computeOptions(p, &options)) {
    printErr(QCoreApplication::translate("rrsis", "rrsis eval: --threads must be a number >= 0."));
    return 2;
  }
  const EvalProtocol protocol = protocolName == QLatin1String("lavt") ? EvalProtocol::Lavt : EvalProtocol::Native;
  const QString split = p.value(QStringLiteral("split"));
  const QString datasetFolder = p.value(QStringLiteral("dataset"));
  auto samples = openDatasetSplit(datasetFolder, split);
  if (!samples) {
    printErr(QCoreApplication::translate("rrsis", "rrsis eval: %1").arg(samples.error()));
    return 1;
  }
  auto segmenter = Segmenter::load(p.value(QStringLiteral("model")), options);
  if (!segmenter) {
    printErr(QCoreApplication::translate("rrsis", "rrsis eval: %1").arg(segmenter.error()));
    return 1;
  }
  QElapsedTimer clock;
  clock.start();
  auto report = evaluate(**segmenter, *samples, protocol, [&](int done, int total) {
    const double seconds = clock.elapsed() / 1000.0;
    drawProgress(done, total, done > 0 ? seconds / done * (total - done) : 0, {});
    return true;
  }, emptyUnion == QLatin1String("one") ? 1.0 : 0.0);
  if (!report) {
    printErr(QCoreApplication::translate("rrsis", "rrsis eval: %1").arg(report.error()));
    return 1;
  }
  for (const QString& w : report->warnings) printErr(QCoreApplication::translate("rrsis", "warning: %1").arg(w));
  const MetricSummary m = report->metrics.summary();
  printOut(QCoreApplication::translate("rrsis", "%1 samples, %2 protocol: oIoU %3  mIoU %4  Prec@0.5 %5  @0.6 %6  @0.7 %7  @0.8 %8  @0.9 %9")
               .arg(m.samples).arg(emptyUnion == QLatin1String("one") ? protocolName + QStringLiteral(" (empty union = 1)") : protocolName)
               .arg(m.overallIoU, 0, 'f', 2).arg(m.meanIoU, 0, 'f', 2)
               .arg(m.precision[0], 0, 'f', 2).arg(m.precision[1], 0, 'f', 2).arg(m.precision[2], 0, 'f', 2)
               .arg(m.precision[3], 0, 'f', 2).arg(m.precision[4], 0, 'f', 2));
  for (const auto& [category, c] : report->metrics.perCategory())
    printOut(QStringLiteral("  %1: %2 samples, oIoU %3, mIoU %4")
                 .arg(category.isEmpty() ? QStringLiteral("(none)") : category)
                 .arg(c.samples).arg(c.overallIoU, 0, 'f', 2).arg(c.meanIoU, 0, 'f', 2));
  if (p.isSet(QStringLiteral("json"))) {
    QJsonObject o = report->metrics.toJson();
    o[QStringLiteral("model")] = (*segmenter)->manifest().name;
    o[QStringLiteral("dataset")] = QFileInfo(datasetFolder).absoluteFilePath();
    o[QStringLiteral("split")] = split;
    o[QStringLiteral("seconds")] = report->totalSeconds;
    if (Status st = safeWriteFile(p.value(QStringLiteral("json")), QJsonDocument(o).toJson()); !st) {
      printErr(QCoreApplication::translate("rrsis", "rrsis eval: %1").arg(st.error()));
      return 1;
    }
  }
  if (p.isSet(QStringLiteral("csv"))) {
    QByteArray csv = "id,split,category,expression,intersection,union,iou\n";
    const std::vector<SampleScore>& scores = report->metrics.samples();
    for (size_t i = 0; i < scores.size(); ++i)
      csv += csvField(scores[i].id) + ',' + split.toUtf8() + ',' + csvField(scores[i].category) + ',' +
             csvField((*samples)[i].expression) + ',' + QByteArray::number(qint64(scores[i].intersection)) + ',' +
             QByteArray::number(qint64(scores[i].unionArea)) + ',' + QByteArray::number(scores[i].iou, 'f', 6) + '\n';
    if (Status st = safeWriteFile(p.value(QStringLiteral("csv")), csv); !st) {
      printErr(QCoreApplication::translate("rrsis", "rrsis eval: %1").arg(st.error()));
      return 1;
    }
  }
  return 0;
}

int runTokenize(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate(
      "rrsis", "Print the token ids (first line) and the attention mask (second line) that a "
               "tokenizer gives for a text, padded to --max-tokens, as the LAVT family's loaders do."));
  p.addHelpOption();
  p.addOption({QStringLiteral("vocab"), QCoreApplication::translate("rrsis", "A BERT WordPiece vocab.txt."), QStringLiteral("file")});
  p.addOption({QStringLiteral("spm"), QCoreApplication::translate("rrsis", "A SentencePiece .model."), QStringLiteral("file")});
  p.addOption({QStringLiteral("max-tokens"), QCoreApplication::translate("rrsis", "Sequence length (default 20)."), QStringLiteral("n"), QStringLiteral("20")});
  p.addOption({QStringLiteral("cased"), QCoreApplication::translate("rrsis", "WordPiece: do not lower-case.")});
  p.addOption({QStringLiteral("pieces"), QCoreApplication::translate("rrsis", "Also print the pieces (third line).")});
  p.addPositionalArgument(QStringLiteral("text"), QCoreApplication::translate("rrsis", "The text to encode."));
  p.process(args);
  int maxTokens = 0;
  if (p.isSet(QStringLiteral("vocab")) == p.isSet(QStringLiteral("spm")) || p.positionalArguments().size() != 1 ||
      !parseInt(p.value(QStringLiteral("max-tokens")), 1, 4096, &maxTokens)) {
    printErr(QCoreApplication::translate("rrsis", "rrsis tokenize: give either --vocab or --spm, one text, and --max-tokens 1..4096."));
    return 2;
  }
  const bool wordpiece = p.isSet(QStringLiteral("vocab"));
  auto tokenizer = loadTokenizer(wordpiece ? QStringLiteral("wordpiece") : QStringLiteral("sentencepiece"),
                                 p.value(wordpiece ? QStringLiteral("vocab") : QStringLiteral("spm")),
                                 !p.isSet(QStringLiteral("cased")));
  if (!tokenizer) {
    printErr(QCoreApplication::translate("rrsis", "rrsis tokenize: %1").arg(tokenizer.error()));
    return 1;
  }
  const QString text = p.positionalArguments().front();
  const TokenizedText encoded = (*tokenizer)->encode(text, maxTokens);
  QStringList ids, mask;
  for (int64_t id : encoded.ids) ids << QString::number(id);
  for (int64_t m : encoded.attentionMask) mask << QString::number(m);
  printOut(ids.join(QLatin1Char(' ')));
  printOut(mask.join(QLatin1Char(' ')));
  if (p.isSet(QStringLiteral("pieces"))) printOut((*tokenizer)->pieces(text).join(QLatin1Char(' ')));
  return 0;
}

}  // namespace rrsis::cli
