// bench_learning: the figures of the learning loop.
//   1. fine-tuning throughput (samples/s) from each shipped model (rrsis train --init, one epoch)
//   2. time from "Train" to a better model on 50 annotations (held-out mIoU of the base, then
//      the first epoch that beats it, and the last epoch)
//   3. Dataset Browser scrolling over 20,000 samples (frame time, median / p99 / max)
//   4. evaluation throughput (samples/s) of each shipped model
// Data: synthetic chips made here, or with --real FOLDER a RefSegRS folder (e.g. real aerial
// chips made with `rrsis dataset from-classes`) for parts 1 and 4, and for part 2 its first
// 40 train and 10 test samples, or with --fifty FOLDER the first 40 train and 10 val samples
// of that folder (a place the shipped models have not seen makes the fairer test).
//
//   bench_learning [--real FOLDER] [--fifty FOLDER]
#include <chrono>
#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include "dataset/datasetfolder.h"
#include "dataset/refsegrs.h"
#include "eval/evaluator.h"
#include "model/segmenter.h"
#include "synth/datasetsynthesizer.h"
#include "timingstats.h"
#include "train/trainer.h"
#include "learning/datasetsamplemodel.h"
#include "learning/samplefilterproxy.h"
#include "engine/nativesegmenter.h"

using namespace rrsis;

namespace {

QStringList shippedModels() {
  QStringList models;
  for (const char* name : {"demo.rrsismodel", "aerial.rrsismodel"}) {
    const QString path = QStringLiteral(RRSIS_SOURCE_DIR "/resources/") + QLatin1String(name);
    if (QFileInfo::exists(path + QStringLiteral("/model.json"))) models << path;
  }
  return models;
}

/** The first `count` samples of `split` copied into a new RefSegRS folder as `asSplit`. */
bool copySamples(const QString& from, const QString& split, int count, const QString& to, const QString& asSplit) {
  auto samples = openDatasetSplit(from, split);
  if (!samples) return false;
  auto writer = RefSegRsWriter::open(to);
  if (!writer) return false;
  for (int i = 0; i < count && i < int(samples->size()); ++i) {
    auto pair = (*samples)[size_t(i)].load();
    if (!pair) continue;
    cv::Mat rgb = pair->first;
    if (!writer->append(rgb, pair->second, (*samples)[size_t(i)].expression, asSplit)) return false;
  }
  return true;
}

double evaluateMiou(const QString& bundle, const QString& folder, const QString& split, double* samplesPerSecond) {
  auto segmenter = loadSegmenter(bundle);
  auto samples = openDatasetSplit(folder, split);
  if (!segmenter || !samples) return -1;
  QElapsedTimer t;
  t.start();
  auto report = evaluate(**segmenter, *samples, EvalProtocol::Lavt);
  if (!report) return -1;
  if (samplesPerSecond) *samplesPerSecond = double(samples->size()) / (t.nsecsElapsed() / 1e9);
  return report->metrics.summary().meanIoU;
}

void fineTuneThroughput(const QString& data, const QString& work) {
  std::printf("\n1. Fine-tuning throughput (one epoch, batch 8, fp32, all cores)\n");
  std::printf("%-22s %10s %12s\n", "model", "samples", "samples/s");
  for (const QString& model : shippedModels()) {
    TrainOptions o;
    o.initBundle = model;
    o.dataFolders = {data};
    o.outBundle = QDir(work).filePath(QFileInfo(model).completeBaseName() + QStringLiteral("-tput.rrsismodel"));
    o.epochs = 1;
    o.precision = TrainPrecision::Fp32;
    auto r = trainModel(o);
    if (!r) {
      std::printf("%-22s %s\n", qPrintable(QFileInfo(model).fileName()), qPrintable(r.error()));
      continue;
    }
    std::printf("%-22s %10d %12.2f\n", qPrintable(QFileInfo(model).fileName()), r->trainSamples,
                r->history.back().samplesPerSecond);
  }
}

void trainToBetter(const QString& data, const QString& work) {
  std::printf("\n2. From Train to a better model: 50 annotations (40 train, 10 held out), automatic settings\n");
  std::printf("%-22s %9s %9s %14s %9s %9s\n", "model", "base mIoU", "best mIoU", "first better s", "total s", "epochs");
  for (const QString& model : shippedModels()) {
    const double base = evaluateMiou(model, data, QStringLiteral("val"), nullptr);
    double firstBetter = -1;
    TrainOptions o;
    o.initBundle = model;
    o.dataFolders = {data};
    o.outBundle = QDir(work).filePath(QFileInfo(model).completeBaseName() + QStringLiteral("-50.rrsismodel"));
    o.precision = TrainPrecision::Fp32;
    auto r = trainModel(o, [&](const TrainProgress& p) {
      if (p.finished && firstBetter < 0 && p.finished->validation.meanIoU > base) firstBetter = p.finished->seconds;
      return true;
    });
    if (!r) {
      std::printf("%-22s %s\n", qPrintable(QFileInfo(model).fileName()), qPrintable(r.error()));
      continue;
    }
    std::printf("%-22s %9.2f %9.2f %14.1f %9.1f %9d\n", qPrintable(QFileInfo(model).fileName()), base, r->best.meanIoU,
                firstBetter, r->history.back().seconds, int(r->history.size()));
  }
}

void browserScrolling() {
  std::printf("\n3. Dataset Browser: scrolling a table of 20,000 samples (offscreen, 1200 x 800)\n");
  std::vector<Sample> samples(20000);
  for (int i = 0; i < 20000; ++i) {
    Sample& s = samples[size_t(i)];
    s.id = QString::number(i);
    s.expression =
        QStringLiteral("the %1 building to the left of the road number %2").arg(i % 7 ? "white" : "grey").arg(i);
    s.split = i % 10 < 7 ? QStringLiteral("train") : i % 10 < 8 ? QStringLiteral("val") : QStringLiteral("test");
    s.category = QStringLiteral("building");
  }
  ui::DatasetSampleModel model;
  model.setSamples(std::move(samples));
  for (int i = 0; i < 20000; i += 3) model.setIoU(i, (i % 100) / 100.0);
  ui::SampleFilterProxy proxy;
  proxy.setSourceModel(&model);
  QTableView view;
  view.setModel(&proxy);
  view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  // As the Dataset Browser sets it up.
  view.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  view.horizontalHeader()->setSectionResizeMode(ui::DatasetSampleModel::Expression, QHeaderView::Stretch);
  view.resize(1200, 800);
  view.show();
  QElapsedTimer sortTimer;
  sortTimer.start();
  view.setSortingEnabled(true);
  view.sortByColumn(ui::DatasetSampleModel::IoU, Qt::DescendingOrder);
  const double sortMs = sortTimer.nsecsElapsed() / 1e6;
  std::vector<double> frames;
  QScrollBar* bar = view.verticalScrollBar();
  for (int step = 0; step < 400; ++step) {
    QElapsedTimer t;
    t.start();
    bar->setValue(step % 2 ? bar->value() + bar->pageStep() : bar->value() + 3 * bar->singleStep());
    QApplication::processEvents();      // layout and header updates the scroll causes
    const QPixmap frame = view.grab();  // paints the whole table, exposed or not
    frames.push_back(t.nsecsElapsed() / 1e6);
  }
  QElapsedTimer filterTimer;
  filterTimer.start();
  proxy.setText(QStringLiteral("grey"));
  const double filterMs = filterTimer.nsecsElapsed() / 1e6;
  const bench::Stats s = bench::summarize(frames);
  std::printf(
      "frame ms (scroll + full repaint): median %.2f  p99 %.2f  max %.2f (400 steps); sort by IoU %.0f ms; "
      "filter %.0f ms\n",
      s.median, s.p99, s.max, sortMs, filterMs);
}

void evaluationThroughput(const QString& data) {
  std::printf("\n4. Evaluation throughput (test split, LAVT protocol)\n");
  std::printf("%-22s %12s %9s\n", "model", "samples/s", "mIoU");
  for (const QString& model : shippedModels()) {
    double rate = 0;
    const double miou = evaluateMiou(model, data, QStringLiteral("test"), &rate);
    std::printf("%-22s %12.2f %9.2f\n", qPrintable(QFileInfo(model).fileName()), rate, miou);
  }
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QString real, fiftyFrom;
  for (int i = 1; i + 1 < argc; ++i) {
    if (QLatin1String(argv[i]) == QLatin1String("--real")) real = QString::fromLocal8Bit(argv[i + 1]);
    if (QLatin1String(argv[i]) == QLatin1String("--fifty")) fiftyFrom = QString::fromLocal8Bit(argv[i + 1]);
  }
  QTemporaryDir work;
  QString data = work.filePath(QStringLiteral("data"));
  const QString fifty = work.filePath(QStringLiteral("fifty"));
  if (real.isEmpty()) {
    DatasetSynthesizer synth(404);
    if (!synth.writeRefSegRs(data, 300, 256)) return 1;
  } else {
    data = real;
  }
  const QString from = fiftyFrom.isEmpty() ? data : fiftyFrom;
  const QString heldOut = fiftyFrom.isEmpty() ? QStringLiteral("test") : QStringLiteral("val");
  if (!copySamples(from, QStringLiteral("train"), 40, fifty, QStringLiteral("train")) ||
      !copySamples(from, heldOut, 10, fifty, QStringLiteral("val"))) {
    std::fprintf(stderr, "cannot prepare the 50 annotations from %s\n", qPrintable(data));
    return 1;
  }
  std::printf("bench_learning: data %s; 50 annotations from %s\n",
              real.isEmpty() ? "synthetic (300 chips, 256 px)" : qPrintable(real), qPrintable(from));
  fineTuneThroughput(data, work.path());
  trainToBetter(fifty, work.path());
  browserScrolling();
  evaluationThroughput(data);
  return 0;
}
