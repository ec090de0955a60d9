// The training loop on real (tiny) synthetic data: a complete bundle that loads and scores as
// the trainer said, checkpoint/resume equality, determinism under a seed, and the bad inputs:
// non-finite loss, disk full while checkpointing, an unwritable output, changed settings on
// resume, empty splits and all-empty masks.
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/core.hpp>

#include <torch/torch.h>

#include "dataset/refsegrs.h"
#include "eval/evaluator.h"
#include "model/modelmanifest.h"
#include "model/segmenter.h"
#include "nets/safetensors.h"
#include "synth/datasetsynthesizer.h"
#include "testmodels.h"
#include "train/trainer.h"
#include "engine/nativesegmenter.h"

using namespace rrsis;

namespace {

TrainOptions tinyOptions(const QString& data, const QString& out) {
  TrainOptions o;
  o.config = test::tinyTrainConfig();
  o.dataFolders = {data};
  o.outBundle = out;
  o.inputSize = 64;
  o.maxTokens = 8;
  o.epochs = 3;
  o.batchSize = 4;
  o.learningRate = 3e-3;
  o.threads = 1;  // bit-exact repeatability needs a fixed thread count
  o.precision = TrainPrecision::Fp32;
  o.seed = 5;
  o.command = QStringLiteral("tst_train");
  return o;
}

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

nets::TensorMap readTensors(const QString& path) {
  nets::TensorMap t;
  std::string error;
  if (!nets::readSafetensors(path.toStdString(), t, nullptr, &error)) qWarning("%s", error.c_str());
  return t;
}

bool sameTensors(const nets::TensorMap& a, const nets::TensorMap& b) {
  if (a.size() != b.size() || a.empty()) return false;
  for (const auto& [k, v] : a) {
    const auto it = b.find(k);
    if (it == b.end() || !torch::equal(v, it->second)) return false;
  }
  return true;
}

/** Stops the run during the given epoch's second batch. */
std::function<bool(const TrainProgress&)> stopIn(int epoch) {
  return [epoch](const TrainProgress& p) { return !(p.phase == "train" && p.epoch == epoch && p.step == 2); };
}

}  // namespace

class TestTrain : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString data_;

  QString out(const QString& name) const { return dir_.filePath(name + QStringLiteral(".rrsismodel")); }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    data_ = dir_.filePath("synth");
    DatasetSynthesizer synth(21);
    const Status st = synth.writeRefSegRs(data_, 40, 96);  // 28 train, 4 val, 8 test
    QVERIFY2(st, qPrintable(st.error()));
  }

  void train_writesACompleteBundleThatScoresAsReported() {
    const QString bundle = out("full");
    std::vector<QString> phases;
    auto result = trainModel(tinyOptions(data_, bundle), [&](const TrainProgress& p) {
      if (phases.empty() || phases.back() != p.phase) phases.push_back(p.phase);
      if (p.phase == "train") {
        if (!(p.loss > 0 && std::isfinite(p.loss) && p.steps == 7 && p.etaSeconds >= 0)) return false;
      }
      return true;
    });
    QVERIFY2(result, qPrintable(result.error()));
    QVERIFY(!result->interrupted);
    QCOMPARE(int(result->history.size()), 3);
    QCOMPARE(result->trainSamples, 28);
    QCOMPARE(result->valSamples, 4);
    QCOMPARE(phases.front(), QStringLiteral("train"));
    QVERIFY(std::find(phases.begin(), phases.end(), QStringLiteral("val")) != phases.end());
    QVERIFY(std::find(phases.begin(), phases.end(), QStringLiteral("epoch")) != phases.end());
    QCOMPARE(phases.back(), QStringLiteral("test"));
    // The loss goes down on this data even in three tiny epochs.
    QVERIFY2(
        result->history.back().trainLoss < result->history.front().trainLoss,
        qPrintable(QString("%1 -> %2").arg(result->history.front().trainLoss).arg(result->history.back().trainLoss)));

    auto manifest = readModelManifest(bundle);
    QVERIFY2(manifest, qPrintable(manifest.error()));
    QCOMPARE(manifest->architecture, QStringLiteral("compact"));
    QCOMPARE(manifest->inputSize, QSize(64, 64));
    QCOMPARE(manifest->maxTokens, 8);
    QVERIFY(qAbs(manifest->groundSampleDistance - 0.13 * 96 / 64) < 1e-9);
    const QJsonObject training = manifest->extra.value("training").toObject();
    QCOMPARE(training.value("command").toString(), QStringLiteral("tst_train"));
    QVERIFY(QDateTime::fromString(training.value("date").toString(), Qt::ISODate).isValid());
    QCOMPARE(training.value("data").toArray().first().toString(), QDir(data_).absolutePath());
    QCOMPARE(training.value("epochs_run").toInt(), 3);
    const QJsonObject val = manifest->metrics.value("validation").toObject();
    QCOMPARE(val.value("epoch").toInt(), result->bestEpoch);
    QCOMPARE(manifest->metrics.value("test").toObject().value("samples").toInt(), 8);

    // The bundle's weights are the best epoch's, and they score on the val split exactly
    // as the trainer recorded (same protocol, fp32).
    SegmenterOptions so;
    so.threads = 1;
    so.warmUp = false;
    auto segmenter = loadSegmenter(bundle, so);
    QVERIFY2(segmenter, qPrintable(segmenter.error()));
    auto valSamples = RefSegRsDataset::open(data_)->split("val");
    auto report = evaluate(**segmenter, *valSamples, EvalProtocol::Lavt);
    QVERIFY2(report, qPrintable(report.error()));
    const MetricSummary m = report->metrics.summary();
    QVERIFY2(qAbs(m.overallIoU - result->best.overallIoU) < 1e-6 && qAbs(m.meanIoU - result->best.meanIoU) < 1e-6,
             qPrintable(QString("eval %1/%2, trainer %3/%4")
                            .arg(m.overallIoU)
                            .arg(m.meanIoU)
                            .arg(result->best.overallIoU)
                            .arg(result->best.meanIoU)));

    // History as CSV (header + 3 rows) and JSON, and a plot.
    const QList<QByteArray> csv = readAll(QDir(bundle).filePath("training/history.csv")).trimmed().split('\n');
    QCOMPARE(csv.size(), 4);
    QVERIFY(csv.front().startsWith("epoch,train_loss,val_loss"));
    QVERIFY(csv.front().endsWith(",mIoU_empty1"));
    // The alternative mIoU differs only by the samples with an empty union, counted as 1.
    for (const EpochRecord& r : result->history) QVERIFY(r.meanIoUEmptyAsOne >= r.validation.meanIoU);
    QCOMPARE(QJsonDocument::fromJson(readAll(QDir(bundle).filePath("training/history.json"))).array().size(), 3);
    const QImage plot(QDir(bundle).filePath("training/curves.png"));
    QCOMPARE(plot.size(), QSize(900, 520));
  }

  void interruptedRun_resumesToTheSameWeights() {
    // Uninterrupted reference.
    const QString a = out("straight");
    auto straight = trainModel(tinyOptions(data_, a));
    QVERIFY2(straight, qPrintable(straight.error()));
    // Stopped in the middle of epoch 2, then resumed.
    const QString b = out("resumed");
    auto first = trainModel(tinyOptions(data_, b), stopIn(2));
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(first->interrupted);
    QCOMPARE(int(first->history.size()), 1);
    TrainOptions again = tinyOptions(data_, b);
    again.resume = true;
    auto second = trainModel(again);
    QVERIFY2(second, qPrintable(second.error()));
    QVERIFY(!second->interrupted);
    QCOMPARE(int(second->history.size()), 3);

    const auto ckptA = readTensors(QDir(dir_.filePath("straight.checkpoints")).filePath("last.safetensors"));
    const auto ckptB = readTensors(QDir(dir_.filePath("resumed.checkpoints")).filePath("last.safetensors"));
    QVERIFY(ckptA.count("rng.cpu"));
    QVERIFY(std::count_if(ckptA.begin(), ckptA.end(), [](const auto& kv) { return kv.first.rfind("adam.", 0) == 0; }) >
            10);
    QVERIFY(sameTensors(ckptA, ckptB));  // weights, AdamW moments and RNG state
    QVERIFY(sameTensors(readTensors(QDir(a).filePath("weights.safetensors")),
                        readTensors(QDir(b).filePath("weights.safetensors"))));
    for (std::size_t i = 0; i < 3; ++i) {
      QCOMPARE(second->history[i].trainLoss, straight->history[i].trainLoss);
      QCOMPARE(second->history[i].validation.overallIoU, straight->history[i].validation.overallIoU);
    }

    // A different seed gives different weights (the comparison above can fail).
    TrainOptions other = tinyOptions(data_, out("otherseed"));
    other.seed = 6;
    other.epochs = 1;
    QVERIFY(trainModel(other));
    TrainOptions one = tinyOptions(data_, out("oneepoch"));
    one.epochs = 1;
    QVERIFY(trainModel(one));
    QVERIFY(!sameTensors(readTensors(QDir(out("otherseed")).filePath("weights.safetensors")),
                         readTensors(QDir(out("oneepoch")).filePath("weights.safetensors"))));
  }

  void finishedRun_resumeChangesNothing() {
    TrainOptions o = tinyOptions(data_, out("done"));
    o.epochs = 1;
    o.testSplit.clear();
    QVERIFY(trainModel(o));
    const QByteArray before = readAll(QDir(dir_.filePath("done.checkpoints")).filePath("last.safetensors"));
    o.resume = true;
    auto again = trainModel(o);
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(again->alreadyFinished);
    QCOMPARE(readAll(QDir(dir_.filePath("done.checkpoints")).filePath("last.safetensors")), before);
  }

  void earlyStopping_endsWhenValidationStopsImproving() {
    // A learning rate too small to change anything: every epoch scores the same, so with a
    // patience of 1 the run ends after epoch 2, and the best epoch stays the first.
    TrainOptions o = tinyOptions(data_, out("patience"));
    o.learningRate = 1e-12;
    o.epochs = 6;
    o.patience = 1;
    o.testSplit.clear();
    auto r = trainModel(o);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(int(r->history.size()), 2);
    QCOMPARE(r->bestEpoch, 1);
    QVERIFY2(r->stopReason.contains("early stop"), qPrintable(r->stopReason));
    auto manifest = readModelManifest(out("patience"));
    QVERIFY(manifest);
    QCOMPARE(manifest->extra.value("training").toObject().value("epochs_run").toInt(), 2);
  }

  void existingOutput_isNeverOverwritten() {
    TrainOptions o = tinyOptions(data_, out("exists"));
    o.epochs = 1;
    QVERIFY(trainModel(o));
    const QByteArray weights = readAll(QDir(out("exists")).filePath("weights.safetensors"));
    auto again = trainModel(o);  // without --resume
    QVERIFY(!again);
    QVERIFY2(again.error().contains("--resume"), qPrintable(again.error()));
    // A bundle folder that is not empty, without a checkpoint beside it.
    QDir().mkpath(out("occupied"));
    QFile f(QDir(out("occupied")).filePath("notes.txt"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto occupied = trainModel(tinyOptions(data_, out("occupied")));
    QVERIFY(!occupied);
    QVERIFY2(occupied.error().contains("never overwrites"), qPrintable(occupied.error()));
    QCOMPARE(readAll(QDir(out("exists")).filePath("weights.safetensors")), weights);
  }

  void resumeWithOtherSettings_isRefusedNamingThem() {
    TrainOptions o = tinyOptions(data_, out("settings"));
    QVERIFY(trainModel(o, stopIn(2))->interrupted);
    o.resume = true;
    o.learningRate = 1e-2;
    o.batchSize = 2;
    auto r = trainModel(o);
    QVERIFY(!r);
    QVERIFY2(r.error().contains("learning_rate") && r.error().contains("batch_size"), qPrintable(r.error()));
    TrainOptions missing = tinyOptions(data_, out("nothing"));
    missing.resume = true;
    auto none = trainModel(missing);
    QVERIFY(!none);
    QVERIFY2(none.error().contains("Nothing to resume"), qPrintable(none.error()));
  }

  void nonFiniteLoss_stopsAndWritesNothing() {
    TrainOptions o = tinyOptions(data_, out("nan"));
    o.learningRate = 1e30;  // AdamW moves every weight by ~1e30: activations overflow at once
    o.clipNorm = 0;
    auto r = trainModel(o);
    QVERIFY(!r);
    QVERIFY2(r.error().contains("became") && r.error().contains("lower learning rate"), qPrintable(r.error()));
    // Whatever epochs finished before are intact; nothing half-written exists.
    const QDir ckpt(dir_.filePath("nan.checkpoints"));
    const QStringList leftovers = ckpt.entryList({"*.tmp*", ".*tmp*"}, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(' ')));
    if (QFile::exists(ckpt.filePath("last.safetensors"))) {
      nets::TensorMap t;
      std::map<std::string, std::string> meta;
      QVERIFY(nets::readSafetensors(ckpt.filePath("last.safetensors").toStdString(), t, &meta, nullptr));
      for (const auto& [k, v] : t)
        if (v.is_floating_point()) QVERIFY2(torch::isfinite(v).all().item<bool>(), k.c_str());
    }
  }

  void diskFullWhileCheckpointing_keepsThePreviousCheckpoint() {
    TrainOptions o = tinyOptions(data_, out("diskfull"));
    QVERIFY(trainModel(o, stopIn(2))->interrupted);
    const QString last = QDir(dir_.filePath("diskfull.checkpoints")).filePath("last.safetensors");
    const QByteArray before = readAll(last);
    QVERIFY(before.size() > 20000);
    o.resume = true;
    rlimit saved{};
    QVERIFY(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    rlimit limited = saved;
    limited.rlim_cur = rlim_t(before.size() / 2);  // the next checkpoint cannot be written
    auto* previous = std::signal(SIGXFSZ, SIG_IGN);
    QVERIFY(setrlimit(RLIMIT_FSIZE, &limited) == 0);
    auto r = trainModel(o);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previous);
    QVERIFY(!r);
    QVERIFY2(r.error().contains("previous checkpoint is intact"), qPrintable(r.error()));
    QCOMPARE(readAll(last), before);
    // And the run still resumes afterwards.
    auto resumed = trainModel(o);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(int(resumed->history.size()), 3);
  }

  void unwritableOutput_isAClearError() {
    QFile file(dir_.filePath("plainfile"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto r = trainModel(tinyOptions(data_, dir_.filePath("plainfile/model.rrsismodel")));
    QVERIFY(!r);
    QVERIFY2(r.error().contains("Cannot write to") && r.error().contains("plainfile"), qPrintable(r.error()));
    if (geteuid() == 0) return;  // root writes into read-only folders; the case above still ran
    const QString ro = dir_.filePath("readonly");
    QDir().mkpath(ro);
    QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner);
    auto r2 = trainModel(tinyOptions(data_, ro + "/model.rrsismodel"));
    QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!r2);
    QVERIFY2(r2.error().contains("Cannot write to"), qPrintable(r2.error()));
  }

  void emptySplit_andBadSettings_areErrors() {
    const QString noVal = dir_.filePath("noval");
    auto writer = RefSegRsWriter::open(noVal);
    QVERIFY(writer);
    cv::Mat rgb(64, 64, CV_8UC3, cv::Scalar(10, 20, 30)), mask(64, 64, CV_8U, cv::Scalar(0));
    for (int i = 0; i < 3; ++i) QVERIFY(writer->append(rgb, mask, "the red car", "train"));
    auto r = trainModel(tinyOptions(noVal, out("noval")));
    QVERIFY(!r);
    QVERIFY2(r.error().contains("val") && r.error().contains("noval"), qPrintable(r.error()));

    TrainOptions bad = tinyOptions(data_, out("bad"));
    bad.inputSize = 100;
    QVERIFY2(trainModel(bad).error().contains("multiple of 32"), "input size");
    bad = tinyOptions(data_, out("bad"));
    bad.architecture = "segformer";
    QVERIFY2(trainModel(bad).error().contains("compact, lavt, rmsin"), "unknown architecture");
    bad = tinyOptions(QString(), out("bad"));
    bad.dataFolders.clear();
    QVERIFY(!trainModel(bad));
    bad = tinyOptions(data_, out("bad"));
    bad.config = QJsonDocument::fromJson(R"({"widths": [8, 16]})").object();
    QVERIFY(!trainModel(bad));
    QVERIFY(!QFile::exists(QDir(out("bad")).filePath("weights.safetensors")));
  }

  void allEmptyMasks_trainWithoutNaN() {
    const QString empty = dir_.filePath("empty");
    auto writer = RefSegRsWriter::open(empty);
    QVERIFY(writer);
    cv::Mat rgb(64, 64, CV_8UC3, cv::Scalar(90, 120, 60)), mask(64, 64, CV_8U, cv::Scalar(0));
    for (int i = 0; i < 8; ++i) QVERIFY(writer->append(rgb, mask, "the yellow bus", i < 6 ? "train" : "val"));
    TrainOptions o = tinyOptions(empty, out("empty"));
    o.epochs = 2;
    auto r = trainModel(o);
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY(std::isfinite(r->history.back().trainLoss));
    // Empty truth and (after training) empty predictions: IoU 0 by the LAVT rule.
    QCOMPARE(r->history.back().validation.samples, 2);
  }

  void cli_trainsAndRejectsBadArguments() {
    QProcess p;
    const QString bundle = out("cli");
    p.start(RRSIS_CLI, {"train", "--data", data_, "--out", bundle, "--epochs", "1", "--batch", "4", "--input-size",
                        "64", "--max-tokens", "8", "--threads", "1", "--config",
                        QString::fromUtf8(QJsonDocument(test::tinyTrainConfig()).toJson(QJsonDocument::Compact))});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QString stdoutText = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(stdoutText.contains("epoch 1/1") && stdoutText.contains("Bundle:"), qPrintable(stdoutText));
    auto manifest = readModelManifest(bundle);
    QVERIFY2(manifest, qPrintable(manifest.error()));
    QVERIFY(manifest->extra.value("training").toObject().value("command").toString().contains("--epochs 1"));

    p.start(RRSIS_CLI, {"train", "--data", data_, "--out", out("cli2"), "--epochs", "zero"});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    p.start(RRSIS_CLI, {"train", "--data", dir_.filePath("missing"), "--out", out("cli3")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains("missing"));
  }
};

QTEST_GUILESS_MAIN(TestTrain)
#include "tst_train.moc"
