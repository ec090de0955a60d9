// The shipped default model on real imagery: a complete bundle under the size limit whose
// vocabulary covers the words analysts use, and which finds buildings and water on a real
// aerial chip of Dubai that it never saw in training (CC0, see tests/data/aerial/README.md),
// scored against that chip's own labels.
#include <QDirIterator>
#include <QJsonObject>
#include <QtTest>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "dataset/sample.h"
#include "eval/evaluator.h"
#include "eval/metrics.h"
#include "model/modelmanifest.h"
#include "model/segmenter.h"
#include "engine/nativesegmenter.h"

using namespace rrsis;

namespace {
// Well below what the shipped model scores on this chip (0.50 and 0.71), so only a broken
// bundle or inference path fails, not a retrained model that is a little different. Roads
// (0.02 here: narrow lanes between villas) and vegetation (0.13) are its weak classes
// (README), so they are not asserted.
constexpr double MIN_BUILDINGS = 0.35, MIN_WATER = 0.5;

const QString kBundle = QStringLiteral(RRSIS_SOURCE_DIR "/resources/aerial.rrsismodel");
const QString kChip = QStringLiteral(RRSIS_SOURCE_DIR "/tests/data/aerial/dubai_chip.jpg");
const QString kClasses = QStringLiteral(RRSIS_SOURCE_DIR "/tests/data/aerial/dubai_chip_classes.png");

/** An RGB file as one 3-channel Mat (red first), through GDAL. */
cv::Mat readRgb(const QString& path) {
  auto bands = readByteBands(path);
  if (!bands || bands->size() < 3) return {};
  cv::Mat rgb;
  cv::merge(std::vector<cv::Mat>{(*bands)[0], (*bands)[1], (*bands)[2]}, rgb);
  return rgb;
}

/** The pixels of one class colour in the class picture (RGB). */
cv::Mat classMask(const cv::Mat& classesRgb, int r, int g, int b) {
  cv::Mat mask;
  cv::inRange(classesRgb, cv::Scalar(r, g, b), cv::Scalar(r, g, b), mask);
  return mask;
}

}  // namespace

class TestAerialModel : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<Segmenter> segmenter_;
  cv::Mat chip_, classes_;

  /** IoU (LAVT protocol at the model input) of `expression` against `truth`. */
  double iou(const QString& expression, const cv::Mat& truth) {
    auto text = segmenter_->encode(expression);
    if (!text) qWarning("%s", qPrintable(text.error()));
    if (!text) return -1;
    auto probs = predictAtInput(*segmenter_, chip_, *text);
    if (!probs) return -1;
    return MetricAccumulator(EvalProtocol::Lavt, segmenter_->inputSize()).score(*probs > 0.5f, truth).iou;
  }

 private Q_SLOTS:
  void initTestCase() {
    SegmenterOptions o;
    o.warmUp = false;
    auto s = loadSegmenter(kBundle, o);
    QVERIFY2(s, qPrintable(s.error()));
    segmenter_ = std::move(*s);
    chip_ = readRgb(kChip);
    QVERIFY(!chip_.empty());
    classes_ = readRgb(kClasses);
    QVERIFY(!classes_.empty());
  }

  void bundle_isCompleteSmallAndRecordsItsData() {
    auto m = readModelManifest(kBundle);
    QVERIFY2(m, qPrintable(m.error()));
    QCOMPARE(m->architecture, QStringLiteral("compact"));
    const QJsonObject training = m->extra.value("training").toObject();
    QVERIFY(training.value("parent").toObject().value("name").toString().contains("Demo"));
    QVERIFY(m->metrics.value("test").toObject().value("samples").toInt() > 50);
    qint64 bytes = 0;
    QDirIterator it(kBundle, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) bytes += QFileInfo(it.next()).size();
    QVERIFY2(bytes < 50 * 1024 * 1024, qPrintable(QString::number(bytes)));
  }

  void vocabulary_coversTheWordsAnalystsUse() {
    for (const char* e : {"the buildings", "houses", "rooftops", "the road", "streets", "the water", "the river",
                          "the pond", "vegetation", "the trees", "greenery", "grass", "bare land", "sand"}) {
      auto text = segmenter_->encode(QString::fromLatin1(e));
      QVERIFY2(text, e);
      QCOMPARE(text->unknownCount, 0);
    }
  }

  void realChip_classesAreFound_data() {
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("r");
    QTest::addColumn<int>("g");
    QTest::addColumn<int>("b");
    QTest::addColumn<double>("minimum");
    QTest::newRow("buildings") << "the buildings" << 0x3C << 0x10 << 0x98 << MIN_BUILDINGS;
    QTest::newRow("houses") << "houses" << 0x3C << 0x10 << 0x98 << MIN_BUILDINGS;
    QTest::newRow("water") << "the water" << 0xE2 << 0xA9 << 0x29 << MIN_WATER;
    QTest::newRow("pond") << "the pond" << 0xE2 << 0xA9 << 0x29 << MIN_WATER;
  }
  void realChip_classesAreFound() {
    QFETCH(QString, expression);
    QFETCH(int, r);
    QFETCH(int, g);
    QFETCH(int, b);
    QFETCH(double, minimum);
    const double value = iou(expression, classMask(classes_, r, g, b));
    qInfo("%s: IoU %.3f", qPrintable(expression), value);
    QVERIFY2(value >= minimum, qPrintable(QStringLiteral("IoU %1 < %2").arg(value).arg(minimum)));
  }
};

QTEST_GUILESS_MAIN(TestAerialModel)
#include "tst_aerialmodel.moc"
