// FIANet's network in core/nets (LAVT with channel modulation, the object-position alignment
// block in every stage and the text-aware multi-scale enhancement module, BERT run with three
// masks): official names, the published parameter count, a forward pinned by golden values this
// project generated (tests/data/fianet; regenerate with RRSIS_REGENERATE_GOLDEN=1), what the
// object and position masks change, and training steps. Parity with the official FIANet code was
// measured outside the repository (see the issue notes).
#include <QtTest>

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include "dataset/datasetfolder.h"
#include "engine/checkpointconverter.h"
#include "model/fianettextanalysis.h"
#include "engine/lavtnetwork.h"
#include "model/modelmanifest.h"
#include "model/segmenter.h"
#include "synth/datasetsynthesizer.h"
#include "text/wordpiecetokenizer.h"
#include "train/batchloader.h"
#include "train/trainer.h"
#include "nets/compactnet.h"
#include "nets/lavtnet.h"
#include "nets/safetensors.h"
#include "nets/statedict.h"
#include "engine/nativesegmenter.h"
#include "testnets.h"

using namespace rrsis;
using namespace rrsis::nets;

namespace {

const std::string kGolden = RRSIS_SOURCE_DIR "/tests/data/fianet/fianet_tiny_golden.safetensors";

LavtOptions tinyOptions() {
  LavtOptions o = test::tinyOptions(LavtOptions::fianet(2), 8);  // FIANet's channel modulation reduces by 8
  o.swin.mlpRatio = 1.0;                                         // small golden file
  return o;
}

bool writeFile(const QString& path, const QByteArray& data) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

using test::maxDiff;

/** tests/data/fianet/fianet_tiny.pth converted into `out`, as `rrsis convert --arch fianet` does. */
ConvertRequest tinyConversion(const QString& out) {
  ConvertRequest r;
  r.checkpoint = RRSIS_SOURCE_DIR "/tests/data/fianet/fianet_tiny.pth";
  r.architecture = "fianet";
  r.vocab = RRSIS_SOURCE_DIR "/tests/data/lavt/vocab.txt";
  r.out = out;
  return r;
}

torch::Tensor forward(LavtNet& net, const TensorMap& g) {
  return net->forwardFianet(g.at("image"), g.at("ids"), g.at("mask"), g.at("object_mask"), g.at("position_mask"));
}

}  // namespace

class TestFianet : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    if (qEnvironmentVariableIsSet("RRSIS_REGENERATE_GOLDEN")) writeGolden();
  }

  void names_areTheOfficialStateDictKeys() {
    LavtNet net(tinyOptions());
    const TensorMap sd = stateDict(*net);
    for (const char* key :
         {"backbone.layers.0.fc1.weight", "backbone.layers.0.fc2.bias",
          "backbone.layers.1.context_pixel_attn.image_lang_att.f_query.0.weight",
          "backbone.layers.1.context_tanh_gate.2.weight",
          "backbone.layers.2.object_position_align_blk.go_cross_attn.W.0.weight",
          "backbone.layers.2.object_position_align_blk.go_tanh_gating.0.weight",
          "backbone.layers.2.object_position_align_blk.go_embedding.weight",
          "backbone.layers.3.object_position_align_blk.sp_cross_attn.f_key.0.bias",
          "backbone.layers.3.object_position_align_blk.conv1.weight", "backbone.tmem.down_channel.weight",
          "backbone.tmem.block.1.tma.f_value.0.weight", "backbone.tmem.block.0.ff.net.3.bias",
          "backbone.tmem.block.0.norm2.weight", "backbone.tmem.fusion.2.bn3.running_mean", "classifier.conv2_4.weight"})
      QVERIFY2(sd.count(key), key);
    QVERIFY(!sd.count("backbone.layers.0.fusion.vis_project.0.weight"));
    QVERIFY(!sd.count("backbone.tmem.block.2.norm1.weight"));
  }

  void fullSize_hasThePublishedParameterCount() {
    // FIANet for RefSegRS (one TMEM block) with Swin-B window 12 and BERT-base: 251,918,706.
    LavtNet net(LavtOptions::fianet(1));
    QCOMPARE(nets::parameterCount(*net), int64_t(251918706));
  }

  void forward_matchesTheGoldenValues() {
    const TensorMap golden = test::readGoldenFile(kGolden);
    LavtNet net = test::netFromGolden(tinyOptions(), golden);
    torch::NoGradGuard noGrad;
    const auto out = forward(net, golden);
    QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{2, 2, 64, 48}));
    QVERIFY2(maxDiff(out, golden.at("logits")) < 1e-5, qPrintable(QString::number(maxDiff(out, golden.at("logits")))));
  }

  void textEncoder_runsThreeTimesPerQueryNotPerWindow() {
    // The three word features (expression, object words, position words) are kept for the
    // windows of one query; other masks are another query.
    const TensorMap golden = test::readGoldenFile(kGolden);
    LavtNetwork network(test::netFromGolden(tinyOptions(), golden));
    c10::InferenceMode inference;
    const auto& image = golden.at("image");
    const auto answer = [&](const torch::Tensor& im, const torch::Tensor& position) {
      return network.forwardWithTextMasks(im, golden.at("ids"), golden.at("mask"), golden.at("object_mask"), position);
    };
    const auto first = answer(image, golden.at("position_mask"));
    QVERIFY(maxDiff(first, golden.at("logits")) < 1e-5);
    answer(image.flip(3), golden.at("position_mask"));  // another window, same query
    QCOMPARE(network.textEncodings(), 1);
    answer(image, golden.at("mask"));  // no position phrase: the attention mask
    QCOMPARE(network.textEncodings(), 2);
    QVERIFY(maxDiff(answer(image, golden.at("position_mask")), first) < 1e-6);
  }

  void objectAndPositionMasks_changeTheAnswer() {
    const TensorMap golden = test::readGoldenFile(kGolden);
    LavtNet net = test::netFromGolden(tinyOptions(), golden);
    torch::NoGradGuard noGrad;
    TensorMap other = golden;
    other["position_mask"] = torch::zeros_like(golden.at("position_mask"));
    const double changed = maxDiff(forward(net, other), golden.at("logits"));
    QVERIFY2(changed > 1e-4, qPrintable(QString::number(changed)));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, net->forward(golden.at("image"), golden.at("ids"), golden.at("mask")));
  }

  void convertedBundle_answersWithItsTextMasks() {
    QTemporaryDir dir;
    ConvertRequest r = tinyConversion(dir.filePath("fianet.rrsismodel"));
    const auto report = convertCheckpoint(r);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->architecture, QStringLiteral("fianet"));
    r.architecture = "lavt";
    r.out = dir.filePath("wrong.rrsismodel");
    const auto wrong = convertCheckpoint(r);
    QVERIFY(!wrong.ok() && wrong.error().contains("--arch fianet"));

    // A tagger folder laid out as NLTK's, given explicitly: it makes the masks.
    const QString taggerDir = dir.filePath("nltk_data/taggers/averaged_perceptron_tagger_eng");
    QVERIFY(QDir().mkpath(taggerDir));
    const QString prefix = taggerDir + "/averaged_perceptron_tagger_eng.";
    QVERIFY(writeFile(prefix + "weights.json", "{\"bias\": {\"NN\": 1.0}}"));
    QVERIFY(writeFile(prefix + "tagdict.json", "{\"on\": \"IN\", \"the\": \"DT\", \"left\": \"JJ\"}"));
    QVERIFY(writeFile(prefix + "classes.json", "[\"DT\", \"IN\", \"JJ\", \"NN\"]"));
    SegmenterOptions options;
    options.nltkTagger = taggerDir;
    options.precision = SegmenterOptions::Precision::Fp32;
    auto segmenter = loadSegmenter(report->bundle, options);
    QVERIFY2(segmenter.ok(), qPrintable(segmenter.error()));
    QVERIFY2((*segmenter)->info().textAnalysis.contains("NLTK averaged perceptron"),
             qPrintable((*segmenter)->info().textAnalysis));
    const auto text = (*segmenter)->encode("the red car on the left");
    QVERIFY2(text.ok(), qPrintable(text.error()));
    std::vector<int64_t> object(text->ids.size(), 0), position(text->ids.size(), 0);
    object[3] = 1;                                // "car"
    position[4] = position[5] = position[6] = 1;  // "on the left"
    QCOMPARE(text->objectMask, object);
    QCOMPARE(text->positionMask, position);
    const cv::Mat chip(64, 64, CV_8UC3, cv::Scalar(40, 90, 160));
    const auto probability = (*segmenter)->predict(chip, *text);
    QVERIFY2(probability.ok(), qPrintable(probability.error()));
    QCOMPARE(probability->size(), cv::Size(64, 64));
  }

  void automaticPrecision_keepsFianetInFp32() {
    // FIANet's bf16 masks agree less with fp32 than the rest of the family's: automatic
    // precision stays in fp32 even where the hardware has bf16; asked for, bf16 runs.
    QTemporaryDir dir;
    const ConvertRequest r = tinyConversion(dir.filePath("fianet.rrsismodel"));
    QVERIFY(convertCheckpoint(r).ok());
    SegmenterOptions options;
    options.warmUp = false;
    auto automatic = loadSegmenter(r.out, options);
    QVERIFY2(automatic.ok(), qPrintable(automatic.error()));
    QCOMPARE((*automatic)->info().precision, QStringLiteral("fp32"));
    options.precision = SegmenterOptions::Precision::Bf16;
    auto bf16 = loadSegmenter(r.out, options);
    QVERIFY2(bf16.ok(), qPrintable(bf16.error()));
    QCOMPARE((*bf16)->info().precision, QStringLiteral("bf16"));
    const auto text = (*bf16)->encode("the red car on the left");
    QVERIFY2(text.ok(), qPrintable(text.error()));
    QVERIFY((*bf16)->predict(cv::Mat(64, 64, CV_8UC3, cv::Scalar(40, 90, 160)), *text).ok());
  }

  void training_batchesCarryEachExpressionsTextMasks() {
    // The loader makes FIANet's object and position masks from the (augmented) expression of
    // every sample, with the tagger the run uses.
    QTemporaryDir dir;
    const QString data = dir.filePath("synth");
    QVERIFY(DatasetSynthesizer(4).writeRefSegRs(data, 24, 64));
    const auto samples = openDatasetSplit(data, "train");
    QVERIFY2(samples.ok(), qPrintable(samples.error()));
    const auto tokenizer = WordPieceTokenizer::load(RRSIS_SOURCE_DIR "/tests/data/lavt/vocab.txt", true);
    QVERIFY2(tokenizer.ok(), qPrintable(tokenizer.error()));
    const auto analysis = FianetTextAnalysis::create(QJsonObject{{"dataset", "refsegrs"}}, QString());
    QVERIFY2(analysis.ok(), qPrintable(analysis.error()));
    train::BatchPlan plan;
    plan.samples = &*samples;
    plan.tokenizer = tokenizer->get();
    plan.textAnalysis = analysis->get();
    for (std::size_t i = 0; i < samples->size(); ++i) plan.order.push_back(int(i));
    plan.batchSize = 4;
    plan.size = 64;
    plan.maxTokens = 12;
    train::BatchLoader loader(plan, 2);
    int rows = 0, withObject = 0, withPhrase = 0;
    while (auto b = loader.next()) {
      QVERIFY2(b->error.isEmpty(), qPrintable(b->error));
      QCOMPARE(b->objectMask.size(), b->ids.size());
      QCOMPARE(b->positionMask.size(), b->ids.size());
      for (int k = 0; k < b->count; ++k, ++rows) {
        const QString expression = (*samples)[std::size_t(b->samples[std::size_t(k)])].expression;
        TokenizedText expected = (*tokenizer)->encode(expression, 12);
        (*analysis)->addMasks(expected, expression);
        const auto row = [&](const std::vector<int64_t>& v) {
          return std::vector<int64_t>(v.begin() + k * 12, v.begin() + (k + 1) * 12);
        };
        QCOMPARE(row(b->objectMask), expected.objectMask);
        QCOMPARE(row(b->positionMask), expected.positionMask);
        withObject += std::count(expected.objectMask.begin(), expected.objectMask.end(), 1) > 0;
        withPhrase += expected.positionMask != expected.attentionMask;
      }
    }
    QCOMPARE(rows, int(samples->size()));
    QVERIFY2(withObject > 0 && withPhrase > 0, qPrintable(QStringLiteral("%1 %2").arg(withObject).arg(withPhrase)));
  }

  void fineTune_convertedCheckpoint_trainsWithItsTextMasks() {
    QTemporaryDir dir;
    const ConvertRequest r = tinyConversion(dir.filePath("base.rrsismodel"));
    QVERIFY(convertCheckpoint(r).ok());
    const QString data = dir.filePath("synth");
    QVERIFY(DatasetSynthesizer(22).writeRefSegRs(data, 8, 96));
    const TrainOptions o = test::fineTuneOptions(r.out, data, dir.filePath("tuned.rrsismodel"));
    const auto summary = trainModel(o);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QVERIFY2(summary->textAnalysis.contains("rule"), qPrintable(summary->textAnalysis));  // no NLTK data in tests
    const auto base = readModelManifest(r.out), tuned = readModelManifest(o.outBundle);
    QVERIFY(base.ok() && tuned.ok());
    QCOMPARE(tuned->architecture, QStringLiteral("fianet"));
    QCOMPARE(tuned->config.value("classes"), base->config.value("classes"));
    const TensorMap before = test::readGoldenFile(base->weightsPath.toStdString()),
                    after = test::readGoldenFile(tuned->weightsPath.toStdString());
    int alignChanged = 0;  // the object-position alignment blocks learn
    for (const auto& [key, value] : after)
      if (key.find("object_position_align_blk") != std::string::npos && maxDiff(value, before.at(key)) > 0)
        ++alignChanged;
    QVERIFY(alignChanged > 0);
    QVERIFY(maxDiff(after.at("backbone.layers.0.blocks.0.mlp.fc1.weight"),
                    before.at("backbone.layers.0.blocks.0.mlp.fc1.weight")) == 0);
    auto segmenter = loadSegmenter(o.outBundle);
    QVERIFY2(segmenter.ok(), qPrintable(segmenter.error()));
    QVERIFY(!(*segmenter)->info().textAnalysis.isEmpty());
  }

  void training_fewStepsLowerTheLoss() {
    torch::manual_seed(9);
    LavtNet net(tinyOptions());
    const auto object = torch::tensor({{0, 1, 0, 0}, {0, 1, 0, 0}}, torch::kLong);
    const auto position = torch::tensor({{0, 0, 1, 0}, {0, 0, 0, 0}}, torch::kLong);
    const auto [first, last] = test::trainBriefly(net, 64, object, position);
    QVERIFY2(last < 0.7 * first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(last)));
  }

 private:
  static void writeGolden() {
    TensorMap all;
    LavtNet net = test::perturbedNet(tinyOptions(), 17, &all);
    torch::NoGradGuard noGrad;
    all["image"] = torch::randn({2, 3, 64, 48});
    all["ids"] = torch::tensor({{2, 5, 9, 14, 3, 0, 0}, {2, 20, 11, 3, 0, 0, 0}}, torch::kLong);
    all["mask"] = (all["ids"] != 0).to(torch::kLong);
    // Two object words each: with a single one the official object branch gives nothing (its
    // instance norm of a map that attends to one word everywhere is zero).
    all["object_mask"] = torch::tensor({{0, 1, 1, 0, 0, 0, 0}, {0, 1, 1, 0, 0, 0, 0}}, torch::kLong);
    all["position_mask"] = torch::tensor({{0, 0, 1, 1, 0, 0, 0}, {0, 1, 0, 0, 0, 0, 0}}, torch::kLong);
    all["logits"] = forward(net, all);
    std::string error;
    if (!writeSafetensors(kGolden, all, {}, &error)) qFatal("%s", error.c_str());
  }
};

QTEST_GUILESS_MAIN(TestFianet)
#include "tst_fianet.moc"
