// Model bundles: manifest validation, the TorchScript and compact paths, expressions, and
// every way a model can misbehave (wrong signature, wrong shape, throwing, NaN).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <opencv2/core.hpp>
#include <torch/torch.h>

#include "model/segmenter.h"
#include "nets/safetensors.h"
#include "nets/statedict.h"
#include "engine/nativesegmenter.h"
#include "testmodels.h"

using namespace rrsis;
using namespace rrsis::test;

Q_DECLARE_METATYPE(std::function<void(const QString&)>)

namespace {

/** Left half red, right half green. */
cv::Mat redGreen(int w, int h) {
  cv::Mat m(h, w, CV_8UC3, cv::Scalar(30, 200, 40));
  m.colRange(0, w / 2).setTo(cv::Scalar(220, 20, 30));
  return m;
}

void setKey(const QString& bundle, const QString& path, const QJsonValue& value) {
  QJsonObject m = readManifestJson(bundle);
  const QStringList parts = path.split('.');
  if (parts.size() == 1) {
    m[path] = value;
  } else {
    QJsonObject inner = m[parts[0]].toObject();
    inner[parts[1]] = value;
    m[parts[0]] = inner;
  }
  writeManifest(bundle, m);
}

}  // namespace

class TestModel : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  SegmenterOptions cpu_ = test::cpuOptions();

  std::unique_ptr<Segmenter> loadOk(const QString& bundle) {
    auto s = loadSegmenter(bundle, cpu_);
    if (!s) qWarning() << s.error();
    return s ? std::move(s.value()) : nullptr;
  }

 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void manifest_badBundles_nameTheProblem_data() {
    QTest::addColumn<std::function<void(const QString&)>>("damage");
    QTest::addColumn<QString>("expected");
    using F = std::function<void(const QString&)>;
    QTest::newRow("no model.json") << F([](const QString& b) { QFile::remove(b + "/model.json"); })
                                   << "has no model.json";
    QTest::newRow("not JSON") << F([](const QString& b) {
      QFile f(b + "/model.json");
      f.open(QIODevice::WriteOnly);
      f.write("{ \"format\": ");
    }) << "not valid JSON";
    QTest::newRow("newer format") << F([](const QString& b) { setKey(b, "format", "rrsis-model/7"); }) << "newer";
    QTest::newRow("foreign format") << F([](const QString& b) { setKey(b, "format", "onnx"); })
                                    << "unknown bundle format";
    QTest::newRow("unknown architecture") << F([](const QString& b) { setKey(b, "architecture", "swin-xxl"); })
                                          << "\"architecture\" is \"swin-xxl\", which this build does not know";
    QTest::newRow("missing module") << F([](const QString& b) { setKey(b, "module", "gone.ts"); })
                                    << "\"module\" names";
    QTest::newRow("module outside bundle")
        << F([](const QString& b) { setKey(b, "module", "../model.ts"); }) << "inside the bundle folder";
    QTest::newRow("missing vocab") << F([](const QString& b) { QFile::remove(b + "/vocab.txt"); }) << "\"text.vocab\"";
    QTest::newRow("unknown tokenizer") << F([](const QString& b) { setKey(b, "text.tokenizer", "bpe"); })
                                       << "\"text.tokenizer\" is \"bpe\"";
    QTest::newRow("input too small") << F([](const QString& b) {
      setKey(b, "input.size", QJsonArray{10, 10});
    }) << "\"input.size\"";
    QTest::newRow("std zero") << F([](const QString& b) {
      setKey(b, "input.std", QJsonArray{0.2, 0, 0.2});
    }) << "must be positive";
    // From fuzz_manifest: 2e65 became infinity as a float, and the manifest wrote back as null.
    QTest::newRow("mean huge") << F([](const QString& b) {
      setKey(b, "input.mean", QJsonArray{0.229, 0.224, 2.2e65});
    }) << "\"input.mean\" must be numbers from -1000 to 1000";
    QTest::newRow("std tiny") << F([](const QString& b) {
      setKey(b, "input.std", QJsonArray{0.2, 1e-300, 0.2});
    }) << "\"input.std\" must be numbers from";
    QTest::newRow("mean not 3") << F([](const QString& b) { setKey(b, "input.mean", QJsonArray{0.5}); })
                                << "array of 3 numbers";
    QTest::newRow("output kind") << F([](const QString& b) { setKey(b, "output.kind", "softmax3"); })
                                 << "\"output.kind\" is \"softmax3\"";
    QTest::newRow("threshold") << F([](const QString& b) { setKey(b, "output.threshold", 3); })
                               << "\"output.threshold\"";
    QTest::newRow("max_tokens") << F([](const QString& b) { setKey(b, "text.max_tokens", 100000); })
                                << "\"text.max_tokens\"";
  }

  void manifest_badBundles_nameTheProblem() {
    QFETCH(std::function<void(const QString&)>, damage);
    QFETCH(QString, expected);
    QTemporaryDir d;
    const QString bundle = makeTorchScriptBundle(d.path(), "colour_logits2.pt");
    QVERIFY(readModelManifest(bundle).ok());
    damage(bundle);
    auto m = readModelManifest(bundle);
    QVERIFY(!m.ok());
    QVERIFY2(m.error().contains(expected), qPrintable(m.error()));
    auto s = loadSegmenter(bundle, cpu_);  // the loader gives the same message, no crash
    QVERIFY(!s.ok());
  }

  void manifest_missingFolder_saysSo() {
    auto m = readModelManifest(dir_.filePath("nowhere.rrsismodel"));
    QVERIFY(!m.ok());
    QVERIFY(m.error().contains("does not exist"));
  }

  void manifest_roundTrip_keepsEveryField() {
    QTemporaryDir d;
    const QString bundle = makeTorchScriptBundle(
        d.path(), "colour_logits2.pt",
        QJsonObject{{"ground_sample_distance_m", 0.5}, {"trained_on", "synthetic"}, {"custom_key", "kept"}});
    auto m = readModelManifest(bundle);
    QVERIFY2(m.ok(), qPrintable(m.error()));
    QCOMPARE(m->groundSampleDistance, 0.5);
    QVERIFY(writeModelManifest(*m).ok());
    auto again = readModelManifest(bundle);
    QVERIFY(again.ok());
    QCOMPARE(again->trainedOn, QString("synthetic"));
    QCOMPARE(again->extra.value("custom_key").toString(), QString("kept"));
    QCOMPARE(again->inputSize, QSize(64, 64));
    QCOMPARE(again->maxTokens, 8);
  }

  void torchscript_logits2_marksTheRedHalf() {
    auto s = loadOk(makeTorchScriptBundle(dir_.path(), "colour_logits2.pt"));
    QVERIFY(s);
    auto text = s->encode("the red car");
    QVERIFY2(text.ok(), qPrintable(text.error()));
    PredictTiming timing;
    auto p = s->predict(redGreen(90, 50), *text, &timing);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    QCOMPARE(p->cols, 90);  // resized back to the region
    QCOMPARE(p->rows, 50);
    QCOMPARE(p->type(), CV_32F);
    QVERIFY(p->at<float>(25, 10) > 0.95f);
    QVERIFY(p->at<float>(25, 80) < 0.05f);
    QVERIFY(timing.forwardMs > 0);
  }

  void torchscript_smallerOutput_isUpsampledToTheInput() {
    auto s = loadOk(makeTorchScriptBundle(dir_.path(), "quarter_logits2.pt"));
    QVERIFY(s);
    auto chips = s->predictChips({redGreen(64, 64)}, *s->encode("red car"));
    QVERIFY2(chips.ok(), qPrintable(chips.error()));
    QCOMPARE(chips->front().cols, 64);
    QCOMPARE(chips->front().rows, 64);
    QVERIFY(chips->front().at<float>(32, 8) > 0.9f);
    QVERIFY(chips->front().at<float>(32, 56) < 0.1f);
  }

  void torchscript_logit1_usesSigmoid() {
    QTemporaryDir d;
    auto s = loadOk(
        makeTorchScriptBundle(d.path(), "colour_logit1.pt", QJsonObject{{"output", QJsonObject{{"kind", "logit1"}}}}));
    QVERIFY(s);
    auto p = s->predict(redGreen(64, 64), *s->encode("red car"));
    QVERIFY(p.ok());
    QVERIFY(p->at<float>(10, 5) > 0.95f);
    QVERIFY(p->at<float>(10, 60) < 0.05f);
  }

  void torchscript_outputKindMismatch_isAClearError() {
    QTemporaryDir d;  // a one-channel module declared as logits2
    auto s = loadSegmenter(makeTorchScriptBundle(d.path(), "colour_logit1.pt"), cpu_);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains("[1, 2, h, w]") && s.error().contains("[1, 1, 64, 64]"), qPrintable(s.error()));
  }

  void torchscript_wrongSignature_isRefusedAtLoad() {
    auto s = loadSegmenter(makeTorchScriptBundle(dir_.path(), "wrong_signature.pt"), cpu_);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains("takes 1 input") && s.error().contains("forward(image, ids, mask)"),
             qPrintable(s.error()));
  }

  void torchscript_wrongOutputShape_isRefusedAtLoad() {
    auto s = loadSegmenter(makeTorchScriptBundle(dir_.path(), "wrong_shape.pt"), cpu_);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains("failed its first run") && s.error().contains("[1, 3, 64, 64]"), qPrintable(s.error()));
  }

  void torchscript_notAModule_isAClearError() {
    QTemporaryDir d;
    const QString bundle = makeTorchScriptBundle(d.path(), "colour_logits2.pt");
    QFile f(bundle + "/model.ts");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("PK\x03\x04 this is not a torchscript archive");
    f.close();
    auto s = loadSegmenter(bundle, cpu_);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains("Cannot load the TorchScript module"), qPrintable(s.error()));
  }

  void torchscript_throwingMidRun_givesMessageAndStaysUsable() {
    auto s = loadOk(makeTorchScriptBundle(dir_.path(), "throws.pt"));
    QVERIFY(s);  // the warm-up ("road") passes
    auto bad = s->predict(redGreen(64, 64), *s->encode("boom"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains("refuses id 9"), qPrintable(bad.error()));
    QVERIFY(!bad.error().contains("Exception raised from"));  // no C++ backtrace for the user
    auto good = s->predict(redGreen(64, 64), *s->encode("red car"));
    QVERIFY(good.ok());
  }

  void torchscript_nanOutput_isRejected() {
    auto s = loadOk(makeTorchScriptBundle(dir_.path(), "nan.pt"));
    QVERIFY(s);
    auto p = s->predict(redGreen(64, 64), *s->encode("boom"));
    QVERIFY(!p.ok());
    QVERIFY2(p.error().contains("NaN"), qPrintable(p.error()));
  }

  void expression_emptyOrBlank_isRefused_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QString("   ");
    QTest::newRow("tabs and newlines") << QString("\t\n \r\n");
    QTest::newRow("no-break space") << QString::fromUtf8("\u00a0\u3000");
  }
  void expression_emptyOrBlank_isRefused() {
    QFETCH(QString, text);
    auto s = loadOk(makeTorchScriptBundle(dir_.path(), "text_logits2.pt"));
    QVERIFY(s);
    auto t = s->encode(text);
    QVERIFY(!t.ok());
    QVERIFY2(t.error().contains("empty"), qPrintable(t.error()));
  }

  void expression_onlyUnknownWords_isRefused() {
    auto s = loadOk(makeTorchScriptBundle(dir_.path(), "text_logits2.pt"));
    auto t = s->encode("xyzzy plugh frobnicate");
    QVERIFY(!t.ok());
    QVERIFY2(t.error().contains("knows none of the words"), qPrintable(t.error()));
  }

  void expression_long_emoji_cjk_run_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("mentionsCar");
    QString longText;
    while (longText.size() < 2000) longText += "the red car on the left ";
    QTest::newRow("2000 characters") << longText.left(2000) << true;
    QTest::newRow("emoji") << QString::fromUtf8("🚗 the car 🚕🚙") << true;
    QTest::newRow("CJK") << QString::fromUtf8("红色的车 car 左边") << true;
    QTest::newRow("mixed known and unknown") << QString("the blorp road") << false;
  }
  void expression_long_emoji_cjk_run() {
    QFETCH(QString, text);
    QFETCH(bool, mentionsCar);
    auto s = loadOk(makeTorchScriptBundle(dir_.path(), "text_logits2.pt"));
    auto t = s->encode(text);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(int(t->ids.size()), 8);
    QCOMPARE(t->ids.front(), int64_t(kCls));
    auto p = s->predict(redGreen(64, 64), *t);
    QVERIFY(p.ok());
    // The text module marks everything when the ids contain "car" (within the 8 tokens).
    QCOMPARE(p->at<float>(5, 5) > 0.5f, mentionsCar);
  }

  void compact_loadsAndPredictsProbabilities() {
    QTemporaryDir d;
    const auto options = smallCompactOptions();
    auto s = loadOk(makeCompactBundle(d.path(), "compact", options));
    QVERIFY(s);
    nets::CompactNet reference(options);
    QCOMPARE(s->info().parameters, nets::parameterCount(*reference));
    QCOMPARE(s->info().architecture, QString("compact"));
    QCOMPARE(s->info().device, QString("CPU"));
    auto t = s->encode("the white car");
    auto a = s->predict(redGreen(100, 70), *t);
    auto b = s->predict(redGreen(100, 70), *t);
    QVERIFY2(a.ok(), qPrintable(a.error()));
    QCOMPARE(a->size(), cv::Size(100, 70));
    double lo = 0, hi = 0;
    cv::minMaxLoc(*a, &lo, &hi);
    QVERIFY(lo >= 0.0 && hi <= 1.0);
    QCOMPARE(cv::norm(*a, *b, cv::NORM_INF), 0.0);  // eval mode: deterministic
  }

  void compact_preparedForInference_keepsTheLogits() {
    torch::manual_seed(7);
    nets::CompactNet net(smallCompactOptions());
    {
      torch::NoGradGuard noGrad;  // batch norms with statistics and scales of their own, as after training
      for (const auto& m : net->modules()) {
        if (auto* bn = m->as<torch::nn::BatchNorm2dImpl>()) {
          bn->running_mean.uniform_(-0.5, 0.5);
          bn->running_var.uniform_(0.5, 2.0);
          bn->weight.uniform_(0.5, 1.5);
          bn->bias.uniform_(-0.5, 0.5);
        }
      }
    }
    net->eval();
    const auto image = torch::randn({1, 3, 64, 96});
    const auto ids = torch::randint(1, kTestVocabSize, {1, 8}, torch::kLong);
    auto mask = torch::ones({1, 8}, torch::kLong);
    mask.slice(1, 5).zero_();
    torch::NoGradGuard noGrad;
    const auto before = net->forward(image, ids, mask);
    net->prepareForInference();
    const auto after = net->forward(image, ids, mask);
    QVERIFY(after.is_contiguous());
    QCOMPARE(after.sizes(), before.sizes());
    const double diff = (after - before).abs().max().item<double>();
    QVERIFY2(diff < 1e-4,
             qPrintable(QStringLiteral("%1 (logits up to %2)").arg(diff).arg(before.abs().max().item<double>())));
    // The batch norms are gone from the stem and the head (conv, BN, ReLU, ... before).
    QCOMPARE(int(net->stem->size()), 4);
    QCOMPARE(int(net->head->size()), 3);
    QVERIFY(net->head[0]->as<torch::nn::Conv2dImpl>()->weight.is_contiguous(at::MemoryFormat::ChannelsLast));
    QVERIFY_THROWS_EXCEPTION(c10::Error, net->train());
  }

  void compact_weightProblems_areAllReported() {
    QTemporaryDir d;
    const QString bundle = makeCompactBundle(d.path(), "broken", smallCompactOptions());
    const std::string weights = (bundle + "/weights.safetensors").toStdString();
    nets::TensorMap tensors;
    std::string error;
    QVERIFY(nets::readSafetensors(weights, tensors, nullptr, &error));
    tensors.erase("head.3.bias");                           // missing
    tensors["decoder.extra.weight"] = torch::zeros({2});    // unexpected
    tensors["stem.0.weight"] = torch::zeros({4, 3, 3, 3});  // wrong shape
    QVERIFY(nets::writeSafetensors(weights, tensors, {}, &error));
    auto s = loadSegmenter(bundle, cpu_);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains("head.3.bias") && s.error().contains("decoder.extra.weight") &&
                 s.error().contains("stem.0.weight"),
             qPrintable(s.error()));
  }

  void compact_tokenizerMismatch_isRefused() {
    QTemporaryDir d;
    auto options = smallCompactOptions();
    options.vocabSize = 50;  // the bundle's vocab.txt has 20 entries
    auto s = loadSegmenter(makeCompactBundle(d.path(), "mismatch", options), cpu_);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains("do not belong together"), qPrintable(s.error()));
  }

  void compact_truncatedWeights_isRefused() {
    QTemporaryDir d;
    const QString bundle = makeCompactBundle(d.path(), "truncated", smallCompactOptions());
    QFile f(bundle + "/weights.safetensors");
    QVERIFY(f.resize(f.size() / 2));
    auto s = loadSegmenter(bundle, cpu_);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains("Cannot read the weights"), qPrintable(s.error()));
  }

  void compact_inputNotMultipleOf32_isRefused() {
    QTemporaryDir d;
    auto s = loadSegmenter(makeCompactBundle(d.path(), "odd", smallCompactOptions(), 70), cpu_);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains("multiple of 32"), qPrintable(s.error()));
  }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
