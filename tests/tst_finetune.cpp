// Fine-tuning from a bundle (`--init`): the vocabulary grows and keeps every old row, the
// parent is recorded, frozen parts stay as they were, a project's annotations train
// directly, and the bad inputs: three annotations, all-empty masks, a vocabulary that
// lacks every word, a cancelled run, a base model that cannot be fine-tuned. The base
// model is never modified.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/core.hpp>

#include <torch/torch.h>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "dataset/refsegrs.h"
#include "model/modelmanifest.h"
#include "model/segmenter.h"
#include "nets/safetensors.h"
#include "synth/datasetsynthesizer.h"
#include "testprojects.h"
#include "text/wordpiecetokenizer.h"
#include "train/finetune.h"
#include "testmodels.h"
#include "train/trainer.h"
#include "engine/nativesegmenter.h"

using namespace rrsis;

namespace {

TrainOptions fineTuneOptions(const QString& base, const QString& out) {
  TrainOptions o;
  o.initBundle = base;
  o.outBundle = out;
  o.epochs = 1;
  o.batchSize = 4;
  o.threads = 1;
  o.precision = TrainPrecision::Fp32;
  o.seed = 3;
  o.command = QStringLiteral("tst_finetune");
  return o;
}

nets::TensorMap readTensors(const QString& path) {
  nets::TensorMap t;
  std::string error;
  if (!nets::readSafetensors(path.toStdString(), t, nullptr, &error)) qWarning("%s", error.c_str());
  return t;
}

QStringList readLines(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/** A copy of a RefSegRS folder's phrase files with `transform` applied to each expression. */
bool rewritePhrases(const QString& folder, const std::function<QString(const QString&)>& transform) {
  for (const QString split : {"train", "val", "test"}) {
    const QString path = folder + "/output_phrase_" + split + ".txt";
    QStringList out;
    for (const QString& line : readLines(path)) {
      const int space = line.indexOf(' ');
      out << line.left(space) + ' ' + transform(line.mid(space + 1));
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    f.write((out.join('\n') + '\n').toUtf8());
  }
  return true;
}

}  // namespace

class TestFineTune : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString data_, base_;

  QString out(const QString& name) const { return dir_.filePath(name + QStringLiteral(".rrsismodel")); }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    data_ = dir_.filePath("synth");
    DatasetSynthesizer synth(21);
    const Status st = synth.writeRefSegRs(data_, 24, 96);
    QVERIFY2(st, qPrintable(st.error()));
    TrainOptions o;
    o.config = test::tinyTrainConfig();
    o.dataFolders = {data_};
    o.outBundle = base_ = out("base");
    o.inputSize = 64;
    o.maxTokens = 8;
    o.epochs = 1;
    o.batchSize = 4;
    o.threads = 1;
    o.precision = TrainPrecision::Fp32;
    auto r = trainModel(o);
    QVERIFY2(r, qPrintable(r.error()));
  }

  void defaults_dependOnFineTuningAndDataSize() {
    TrainOptions scratch;
    TrainOptions s = resolvedTrainOptions(scratch, 500, 0, 0);
    QCOMPARE(s.epochs, 30);
    QCOMPARE(s.learningRate, 1e-3);
    QCOMPARE(s.inputSize, 320);
    TrainOptions fine;
    fine.initBundle = base_;
    TrainOptions f = resolvedTrainOptions(fine, 50, 64, 8);
    QCOMPARE(f.epochs, 60);
    QCOMPARE(f.learningRate, 2e-4);
    QCOMPARE(f.inputSize, 64);
    QCOMPARE(f.maxTokens, 8);
    QCOMPARE(resolvedTrainOptions(fine, 1000, 64, 8).epochs, 10);
    QCOMPARE(resolvedTrainOptions(fine, 3, 64, 8).epochs, 60);
    fine.epochs = 4;
    QCOMPARE(resolvedTrainOptions(fine, 3, 64, 8).epochs, 4);  // what the user asked for wins
  }

  void extendEmbedding_keepsOldRows_newRowsStartFromTheirPieces() {
    QTemporaryDir dir;
    const QString vocab = dir.filePath("vocab.txt");
    QFile f(vocab);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nred\n##dish\ncar\n");
    f.close();
    auto tokenizer = WordPieceTokenizer::load(vocab, true);
    QVERIFY(tokenizer);
    nets::TensorMap weights{{"text.embed.weight", torch::randn({8, 4})}};
    const torch::Tensor old = weights["text.embed.weight"].clone();
    QVERIFY(train::extendEmbedding(weights, "text.embed.weight", **tokenizer, {"reddish", "zzz"}));
    const torch::Tensor grown = weights["text.embed.weight"];
    QCOMPARE(grown.size(0), 10);
    QVERIFY(torch::equal(grown.slice(0, 0, 8), old));
    QVERIFY(torch::allclose(grown[8], (old[5] + old[6]) / 2));  // red + ##dish
    QVERIFY(torch::allclose(grown[9], old[1]));                 // only [UNK]
    QCOMPARE(train::missingWords({"[PAD]", "red", "car", "the", "a"}, {"the red car", "a Reddish van", "van"}),
             QStringList({"van", "reddish"}));
  }

  void init_growsTheVocabulary_recordsTheParent_andNeverTouchesTheBase() {
    const QString data = dir_.filePath("newwords");
    QVERIFY(QDir().mkpath(data));
    DatasetSynthesizer synth(22);
    QVERIFY(synth.writeRefSegRs(data, 12, 96));
    QVERIFY(rewritePhrases(data, [](const QString& e) { return e + " zorblax"; }));
    const auto before = test::folderDigest(base_);
    TrainOptions o = fineTuneOptions(base_, out("newwords"));
    o.dataFolders = {data};
    auto r = trainModel(o);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(test::folderDigest(base_), before);
    QCOMPARE(r->wordsAdded.front(), QStringLiteral("zorblax"));  // in every expression: the most frequent
    const QStringList baseVocab = readLines(base_ + "/vocab.txt");
    QCOMPARE(readLines(out("newwords") + "/vocab.txt"), baseVocab + r->wordsAdded);
    auto manifest = readModelManifest(out("newwords"));
    QVERIFY2(manifest, qPrintable(manifest.error()));
    const QJsonObject training = manifest->extra.value("training").toObject();
    auto baseManifest = readModelManifest(base_);
    QVERIFY(baseManifest);
    QCOMPARE(training.value("parent").toObject().value("hash").toString(), bundleHash(*baseManifest));
    QCOMPARE(training.value("words_added").toArray().size(), r->wordsAdded.size());
    QCOMPARE(manifest->inputSize, baseManifest->inputSize);
    QVERIFY(manifest->trainedOn.startsWith("Fine-tuned from"));
    // The new model loads and runs with its grown vocabulary.
    auto segmenter = loadSegmenter(out("newwords"));
    QVERIFY2(segmenter, qPrintable(segmenter.error()));
    cv::Mat rgb(96, 96, CV_8UC3, cv::Scalar(30, 90, 60));
    auto text = (*segmenter)->encode("the zorblax car");
    QVERIFY2(text, qPrintable(text.error()));
    QCOMPARE(text->unknownCount, 0);
    auto p = (*segmenter)->predict(rgb, *text);
    QVERIFY2(p, qPrintable(p.error()));
  }

  void freezeBackbone_keepsTheVisualEncoderAndItsStatistics() {
    TrainOptions o = fineTuneOptions(base_, out("frozen"));
    o.dataFolders = {data_};
    o.freeze = FreezeGroup::Backbone;
    o.learningRate = 5e-3;
    auto r = trainModel(o);
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY(r->frozenTensors > 0);
    const nets::TensorMap a = readTensors(base_ + "/weights.safetensors");
    const nets::TensorMap b = readTensors(out("frozen") + "/weights.safetensors");
    int frozen = 0, changed = 0;
    for (const auto& [key, value] : a) {
      QVERIFY(b.count(key));
      const bool backbone = train::inFreezeGroup("compact", key, FreezeGroup::Backbone);
      const bool same = torch::equal(value, b.at(key));
      if (backbone) {
        QVERIFY2(same, key.c_str());  // weights and BatchNorm running statistics alike
        ++frozen;
      } else if (!same) {
        ++changed;
      }
    }
    QVERIFY(frozen > 10);
    QVERIFY(changed > 0);
    QVERIFY(a.count("stem.1.running_mean"));
  }

  void project_threeAnnotations_trainWithOneHeldOut() {
    QTemporaryDir dir;
    const QString project = test::writeSquaresProject(dir.path(), 3, true, true);
    QVERIFY(!project.isEmpty());
    TrainOptions o = fineTuneOptions(base_, dir.filePath("three.rrsismodel"));
    o.projectPath = project;
    o.epochs = 2;
    auto r = trainModel(o);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->trainSamples + r->valSamples, 3);
    QVERIFY(r->trainSamples >= 1);
    QVERIFY(r->valSamples >= 1);
    QVERIFY(QFileInfo::exists(dir.filePath("three.rrsismodel/weights.safetensors")));
    QVERIFY(QFileInfo::exists(dir.filePath("three.checkpoints/data/output_phrase_train.txt")));
  }

  void project_overlappingAnnotations_validateOnTrainingDataWithANote() {
    QTemporaryDir dir;
    const QString project = test::writeSquaresProject(dir.path(), 3, true, false);
    QVERIFY(!project.isEmpty());
    TrainOptions o = fineTuneOptions(base_, dir.filePath("overlap.rrsismodel"));
    o.projectPath = project;
    auto r = trainModel(o);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->trainSamples, 3);
    QCOMPARE(r->valSamples, 3);
    QVERIFY(r->dataNotes.join(' ').contains("overlap"));
  }

  void project_allEmptyAnnotations_areRefusedClearly() {
    QTemporaryDir dir;
    const QString project = test::writeSquaresProject(dir.path(), 4, false, true);
    QVERIFY(!project.isEmpty());
    TrainOptions o = fineTuneOptions(base_, dir.filePath("empty.rrsismodel"));
    o.projectPath = project;
    auto r = trainModel(o);
    QVERIFY(!r);
    QVERIFY2(r.error().contains("empty"), qPrintable(r.error()));
  }

  void vocabularyLackingEveryWord_stillTrains() {
    const QString data = dir_.filePath("strangewords");
    QVERIFY(QDir().mkpath(data));
    DatasetSynthesizer synth(23);
    QVERIFY(synth.writeRefSegRs(data, 12, 96));
    int n = 0;
    QVERIFY(rewritePhrases(data, [&n](const QString&) { return QStringLiteral("qqx%1 vvw").arg(n++ % 3); }));
    TrainOptions o = fineTuneOptions(base_, out("strange"));
    o.dataFolders = {data};
    auto r = trainModel(o);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->wordsAdded.size(), 4);  // qqx0, qqx1, qqx2, vvw
    QVERIFY(std::isfinite(r->history.back().trainLoss));
  }

  void cancelledFineTuning_resumes_andLeavesTheBase() {
    const auto before = test::folderDigest(base_);
    TrainOptions o = fineTuneOptions(base_, out("cancel"));
    o.dataFolders = {data_};
    o.epochs = 2;
    auto first =
        trainModel(o, [](const TrainProgress& p) { return !(p.phase == "train" && p.epoch == 2 && p.step == 2); });
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(first->interrupted);
    QCOMPARE(test::folderDigest(base_), before);
    o.resume = true;
    auto second = trainModel(o);
    QVERIFY2(second, qPrintable(second.error()));
    QVERIFY(!second->interrupted);
    QCOMPARE(int(second->history.size()), 2);
    QCOMPARE(test::folderDigest(base_), before);
  }

  void unusableBase_isAClearError() {
    TrainOptions o = fineTuneOptions(dir_.filePath("missing.rrsismodel"), out("nobase"));
    o.dataFolders = {data_};
    auto r = trainModel(o);
    QVERIFY(!r);
    QVERIFY2(r.error().contains("missing.rrsismodel"), qPrintable(r.error()));
    TrainOptions self = fineTuneOptions(base_, base_);
    self.dataFolders = {data_};
    auto s = trainModel(self);
    QVERIFY(!s);
    QVERIFY2(s.error().contains("base model"), qPrintable(s.error()));
  }
};

QTEST_GUILESS_MAIN(TestFineTune)
#include "tst_finetune.moc"
