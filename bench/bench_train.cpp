// Training throughput of the compact network, fp32 against bf16 autocast, on this machine:
// real `trainModel` runs over synthetic chips on disk (loader thread, augmentation, AdamW),
// timing every optimiser step after a warm-up. With --history, also reads a finished run's
// training/history.csv and prints when its validation mIoU first reached a target.
//
//   bench_train [--size 256] [--batch 8] [--steps 24] [--threads 0] [--history FILE] [--target 70]
//               [--column mIoU|mIoU_empty1]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include "synth/datasetsynthesizer.h"
#include "train/trainer.h"

using namespace rrsis;

namespace {

struct Throughput {
  double median = 0;  // samples per second, median over steps
  double p10 = 0, p90 = 0;
  QString error;
};

Throughput measure(const QString& data, const QString& out, TrainPrecision precision, int size, int batch, int steps,
                   int threads) {
  TrainOptions o;
  o.dataFolders = {data};
  o.outBundle = out;
  o.inputSize = size;
  o.batchSize = batch;
  o.epochs = 1;
  o.maxTrainSamples = batch * (steps + 2);
  o.precision = precision;
  o.threads = threads;
  o.testSplit.clear();
  std::vector<double> rates;
  auto last = std::chrono::steady_clock::now();
  auto r = trainModel(o, [&](const TrainProgress& p) {
    const auto now = std::chrono::steady_clock::now();
    if (p.phase == QLatin1String("train") && p.step > 2)  // the first steps warm up oneDNN
      rates.push_back(batch / std::chrono::duration<double>(now - last).count());
    last = now;
    return p.phase == QLatin1String("train");  // stop before validation
  });
  Throughput t;
  if (!r) {
    t.error = r.error();
    return t;
  }
  std::sort(rates.begin(), rates.end());
  if (rates.empty()) return t;
  t.median = rates[rates.size() / 2];
  t.p10 = rates[rates.size() / 10];
  t.p90 = rates[rates.size() * 9 / 10];
  return t;
}

void timeToTarget(const QString& historyCsv, double target, const QByteArray& column) {
  QFile f(historyCsv);
  if (!f.open(QIODevice::ReadOnly)) {
    std::printf("cannot read %s\n", qPrintable(historyCsv));
    return;
  }
  const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
  const QList<QByteArray> header = lines.value(0).split(',');
  const int mIoU = int(header.indexOf(column)), seconds = int(header.indexOf("seconds")),
            epoch = int(header.indexOf("epoch"));
  if (mIoU < 0) {
    std::printf("%s has no column %s\n", qPrintable(historyCsv), column.constData());
    return;
  }
  std::printf("\nvalidation %s per epoch (%s):\n", column.constData(), qPrintable(historyCsv));
  bool reached = false;
  for (int i = 1; i < lines.size(); ++i) {
    const QList<QByteArray> cells = lines[i].split(',');
    const double m = cells.value(mIoU).toDouble(), s = cells.value(seconds).toDouble();
    std::printf("  epoch %2s  %6.2f  at %7.0f s\n", cells.value(epoch).constData(), m, s);
    if (!reached && m >= target) {
      reached = true;
      std::printf("  -> reached %.1f after %.0f s (%.1f min)\n", target, s, s / 60);
    }
  }
  if (!reached) std::printf("  -> never reached %.1f\n", target);
}

}  // namespace

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  QCommandLineParser p;
  p.addHelpOption();
  p.addOption({"size", "network input", "px", "256"});
  p.addOption({"batch", "batch size", "n", "8"});
  p.addOption({"steps", "timed steps per precision", "n", "24"});
  p.addOption({"threads", "intra-op threads (0 = all)", "n", "0"});
  p.addOption({"history", "history.csv of a finished run", "file"});
  p.addOption({"target", "mIoU target in percent", "x", "70"});
  p.addOption({"column", "history column to follow (mIoU, or mIoU_empty1: empty union = 1)", "name", "mIoU"});
  p.process(app);
  const int size = p.value("size").toInt(), batch = p.value("batch").toInt(), steps = p.value("steps").toInt();
  const int threads = p.value("threads").toInt();

  QTemporaryDir dir;
  const QString data = dir.filePath("data");
  DatasetSynthesizer synth(99);
  // Enough train samples for the timed steps (70 % of the chips are train).
  const int count = (batch * (steps + 2)) * 10 / 7 + 10;
  if (Status st = synth.writeRefSegRs(data, count, 512); !st) {
    std::printf("%s\n", qPrintable(st.error()));
    return 1;
  }
  std::printf(
      "compact network training throughput, input %dx%d, batch %d, 512 px chips from disk,\n"
      "augmentation on, median of %d steps after 2 warm-up steps (p10..p90)\n",
      size, size, batch, steps);
  std::printf("%-6s %14s %20s\n", "", "samples/s", "p10..p90");
  int i = 0;
  for (const TrainPrecision precision : {TrainPrecision::Fp32, TrainPrecision::Bf16}) {
    const char* name = precision == TrainPrecision::Fp32 ? "fp32" : "bf16";
    const Throughput t = measure(data, dir.filePath(QString("out%1.rrsismodel").arg(i++)), precision, size, batch,
                                 precision == TrainPrecision::Bf16 ? std::min(steps, 6) : steps, threads);
    if (!t.error.isEmpty()) {
      std::printf("%-6s %s\n", name, qPrintable(t.error));
      continue;
    }
    std::printf("%-6s %14.2f %11.2f..%-8.2f\n", name, t.median, t.p10, t.p90);
  }
  if (p.isSet("history")) timeToTarget(p.value("history"), p.value("target").toDouble(), p.value("column").toUtf8());
  return 0;
}
