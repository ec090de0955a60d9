// LGCE in core/nets (LAVT whose decoder first enhances stages 3 and 4 with the expression's guide
// tokens, built from the RRSIS paper and the module layout of its authors' code): the state-dict
// names, the full-size parameter count, a forward pinned by golden values this project generated
// (tests/data/lgce; regenerate with RRSIS_REGENERATE_GOLDEN=1), that the words reach the decoder,
// conversion of a checkpoint laid out as the authors' code saves it (with the modules whose
// output never reaches the logits), refusals, model information and training steps. Parity with
// the authors' code was measured outside the repository (see the issue notes).
#include <QtTest>

#include <torch/torch.h>

#include "engine/checkpointconverter.h"
#include "model/modelmanifest.h"
#include "engine/segmentationnetwork.h"
#include "model/segmenter.h"
#include "nets/compactnet.h"
#include "nets/lavtnet.h"
#include "nets/safetensors.h"
#include "nets/statedict.h"
#include "engine/nativesegmenter.h"
#include "testnets.h"

using namespace rrsis;
using namespace rrsis::nets;

namespace {

const QString kData = QStringLiteral(RRSIS_SOURCE_DIR "/tests/data/lgce/");
const QString kVocab = QStringLiteral(RRSIS_SOURCE_DIR "/tests/data/lavt/vocab.txt");

/** Embed 8: stages 3 and 4 are 32 and 64 wide, divisible by LGCE's 8 and 16 heads. */
LavtOptions tinyOptions() {
  LavtOptions o = test::tinyOptions(LavtOptions::withLgce(), 8);
  o.swin.mlpRatio = 1.0;  // small golden file
  return o;
}

using test::maxDiff;

TensorMap readGolden() { return test::readGoldenFile((kData + "lgce_tiny_golden.safetensors").toStdString()); }

}  // namespace

class TestLgce : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    if (qEnvironmentVariableIsSet("RRSIS_REGENERATE_GOLDEN")) writeGolden();
  }

  void names_areTheAuthorsStateDictKeys() {
    LavtNet net(tinyOptions());
    const TensorMap sd = stateDict(*net);
    for (const char* key :
         {"classifier.lg_layer3.weight", "classifier.lg_layer4.bias", "classifier.msb1.msb.blocks.0.0.norm1.weight",
          "classifier.msb1.msb.blocks.0.0.attn.qkv.weight", "classifier.msb1.msb.blocks.0.0.attn.proj.bias",
          "classifier.msb1.msb.blocks.1.2.mlp.fc1.weight", "classifier.msb1.msb.blocks.1.2.mlp.fc2.bias",
          "classifier.msb1.msb.blocks.1.0.norm2.bias", "classifier.conv1_4.weight", "classifier.conv1_1.bias",
          "backbone.layers.3.fusion.vis_project.0.weight"})
      QVERIFY2(sd.count(key), key);
    QCOMPARE(sd.at("classifier.lg_layer3.weight").sizes().vec(), (std::vector<int64_t>{32, 16}));
    QCOMPARE(sd.at("classifier.msb1.msb.blocks.1.0.attn.qkv.weight").sizes().vec(), (std::vector<int64_t>{192, 64}));
    QCOMPARE(sd.at("classifier.msb1.msb.blocks.0.0.mlp.fc1.weight").sizes().vec(), (std::vector<int64_t>{64, 32}));
    QVERIFY(!sd.count("classifier.msb1.msb.blocks.0.0.attn.qkv.bias"));  // qkv_bias=False
    QVERIFY(!sd.count("classifier.msb1.msb.blocks.1.3.norm1.weight"));   // three blocks on stage 4
    QVERIFY(!sd.count("classifier.msb2.msb.blocks.0.0.norm1.weight"));   // built by the reference, never called
  }

  void fullSize_hasTheParametersThatReachTheLogits() {
    // The authors' code builds 276,257,786 parameters with BERT-base; 20,045,440 of them (msb2,
    // msb3, two guide projections, msb1's patch embeddings and CLS cross-attention) never reach
    // the logits and are not built here (measured in the parity run, see the issue notes).
    LavtNet net(LavtOptions::withLgce());
    QCOMPARE(nets::parameterCount(*net), int64_t(276257786 - 20045440));
  }

  void forward_matchesTheGoldenValues() {
    const TensorMap golden = readGolden();
    torch::NoGradGuard noGrad;
    LavtNet net = test::netFromGolden(tinyOptions(), golden);
    const auto out = net->forward(golden.at("image"), golden.at("ids"), golden.at("mask"));
    QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{2, 2, 64, 48}));
    QVERIFY2(maxDiff(out, golden.at("logits")) < 1e-5, qPrintable(QString::number(maxDiff(out, golden.at("logits")))));
  }

  void decoder_readsTheWords() {
    // The guide tokens carry the expression into the decoder: other words, same backbone maps,
    // other logits; and without words LGCE's decoder refuses to run.
    const TensorMap golden = readGolden();
    torch::NoGradGuard noGrad;
    LavtNet net = test::netFromGolden(tinyOptions(), golden);
    const auto words = net->encodeText(golden.at("ids"), golden.at("mask"));
    const auto features =
        net->backbone->forward(golden.at("image"), words, golden.at("mask").unsqueeze(-1).to(torch::kFloat));
    const auto a = net->decode(golden.at("image"), features, words);
    const auto b = net->decode(golden.at("image"), features, words.flip(0));
    QVERIFY(maxDiff(a, golden.at("logits")) < 1e-5);
    QVERIFY2(maxDiff(a, b) > 1e-3, qPrintable(QString::number(maxDiff(a, b))));
    QVERIFY_THROWS_EXCEPTION(std::exception, net->decode(golden.at("image"), features, torch::Tensor()));
  }

  void convert_authorsLayout_leavesOutWhatNeverReachesTheLogits() {
    QTemporaryDir dir;
    ConvertRequest r;
    r.checkpoint = kData + "lgce_tiny.pth";
    r.architecture = "lgce";
    r.vocab = kVocab;
    r.out = dir.filePath("lgce.rrsismodel");
    const auto report = convertCheckpoint(r);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->architecture, QStringLiteral("lgce"));
    QCOMPARE(report->layout, QStringLiteral("lavt"));  // BERT apart, as LAVT's training script saves it
    QVERIFY2(report->notes.join('\n').contains("left out"), qPrintable(report->notes.join('\n')));
    const auto manifest = readModelManifest(r.out);
    QVERIFY2(manifest.ok(), qPrintable(manifest.error()));
    QCOMPARE(manifest->architecture, QStringLiteral("lgce"));
    auto network = loadSegmentationNetwork(*manifest, 24, torch::kCPU);
    QVERIFY2(network.ok(), qPrintable(network.error()));
    const TensorMap golden = readGolden();
    torch::NoGradGuard noGrad;
    const auto out = (*network)->forward(golden.at("image"), golden.at("ids"), golden.at("mask"));
    QVERIFY2(maxDiff(out, golden.at("logits")) < 1e-5, qPrintable(QString::number(maxDiff(out, golden.at("logits")))));
    auto segmenter = loadSegmenter(r.out);
    QVERIFY2(segmenter.ok(), qPrintable(segmenter.error()));
    QVERIFY2((*segmenter)->info().provenance.contains("paper"), qPrintable((*segmenter)->info().provenance));
  }

  void convert_refusesAMismatch_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("arch");
    QTest::addColumn<QString>("expected");
    QTest::newRow("LGCE weights as LAVT") << kData + "lgce_tiny.pth"
                                          << "lavt"
                                          << "--arch lgce";
    QTest::newRow("LAVT weights as LGCE") << QStringLiteral(RRSIS_SOURCE_DIR "/tests/data/lavt/lavt_tiny.pth") << "lgce"
                                          << "--arch lavt";
  }
  void convert_refusesAMismatch() {
    QFETCH(QString, file);
    QFETCH(QString, arch);
    QFETCH(QString, expected);
    const QString refusal = test::conversionRefusal(file, arch);
    QVERIFY2(refusal.contains(expected), qPrintable(refusal));
  }

  void training_fewStepsLowerTheLoss() {
    torch::manual_seed(11);
    LavtNet net(tinyOptions());
    const auto [first, last] = test::trainBriefly(net, 64);
    QVERIFY2(last < 0.7 * first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(last)));
  }

 private:
  /** Writes tests/data/lgce/lgce_tiny_golden.safetensors: random weights, two inputs, the logits. */
  static void writeGolden() {
    QDir().mkpath(kData);
    test::writeGoldenFile(tinyOptions(), 19, 64, 48, (kData + "lgce_tiny_golden.safetensors").toStdString());
  }
};

QTEST_GUILESS_MAIN(TestLgce)
#include "tst_lgce.moc"
