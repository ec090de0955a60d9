// The RRSIS-D / RefCOCO layout: instances.json written here, refs(unc).p made once with
// Python's pickle module (kept as hex), images as small GeoTIFFs; samples, categories,
// masks decoded from RLE and polygons, and broken folders.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/core.hpp>

#include "annotation/cocorle.h"
#include "dataset/datasetfolder.h"
#include "dataset/refsegrs.h"
#include "dataset/rrsisd.h"
#include "testrasters.h"

using namespace rrsis;

namespace {

// Two refs: ref 0 (image 1, annotation 10, category 1, train, sentences 0 and 1) and ref 1
// (image 2, annotation 20, category 2, test, sentence 2).
const char* kRefs =
    "80025d7100287d7101285808000000696d6167655f696471024b01580500000073706c697471035805000000747261696e7104580900000073"
    "656e74656e63657371055d7106287d7107285806000000746f6b656e7371085d7109285803000000746865710a5803000000726564710b5803"
    "000000636172710c655803000000726177710d580b0000005468652072656420636172710e580700000073656e745f6964710f4b0058040000"
    "0073656e747110580b00000074686520726564206361727111757d71122868085d711328680c58020000006f6e7114680a58040000006c6566"
    "74711565680d580f000000636172206f6e20746865206c6566747116680f4b01681068167565580900000066696c655f6e616d657117580800"
    "0000315f31302e6a70677118580b00000063617465676f72795f696471194b015806000000616e6e5f6964711a4b0a580800000073656e745f"
    "696473711b5d711c284b004b016558060000007265665f6964711d4b00757d711e2868024b026803580400000074657374711f68055d71207d"
    "71212868085d712228680a58050000007768697465712358080000006275696c64696e67712465680d58120000007468652077686974652062"
    "75696c64696e677125680f4b0268106825756168175808000000325f32302e6a7067712668194b02681a4b14681b5d71274b0261681d4b0175"
    "652e";
// One ref that points at annotation 99, which instances.json does not have.
const char* kRefsBadAnnotation =
    "80025d71007d7101285808000000696d6167655f696471024b01580500000073706c697471035805000000747261696e710458090000007365"
    "6e74656e63657371055d71067d710728580400000073656e7471085801000000787109580700000073656e745f6964710a4b05756158060000"
    "00616e6e5f6964710b4b63580b00000063617465676f72795f6964710c4b0158060000007265665f6964710d4b0375612e";

void writeBytes(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  f.open(QIODevice::WriteOnly);
  f.write(bytes);
}

/** A folder with two 16 x 12 images, one RLE and one polygon annotation, and kRefs. */
QString makeFolder(const QTemporaryDir& dir, const QByteArray& refs = QByteArray::fromHex(kRefs)) {
  const QString root = dir.filePath("rrsisd");
  QDir().mkpath(root + "/JPEGImages");
  test::RasterSpec spec;
  spec.width = 16;
  spec.height = 12;
  test::writeRaster(root + "/JPEGImages/img1.tif", spec);
  test::writeRaster(root + "/JPEGImages/img2.tif", spec);
  cv::Mat mask(12, 16, CV_8U, cv::Scalar(0));
  mask(cv::Rect(3, 2, 5, 4)).setTo(255);
  const QJsonObject rle{{"size", QJsonArray{12, 16}}, {"counts", QString::fromLatin1(rleToString(encodeRle(mask)))}};
  const QJsonObject instances{
      {"images", QJsonArray{QJsonObject{{"id", 1}, {"file_name", "img1.tif"}, {"width", 16}, {"height", 12}},
                            QJsonObject{{"id", 2}, {"file_name", "img2.tif"}, {"width", 16}, {"height", 12}}}},
      {"annotations",
       QJsonArray{QJsonObject{{"id", 10}, {"image_id", 1}, {"categories_id", 1}, {"segmentation", rle}},
                  QJsonObject{{"id", 20},
                              {"image_id", 2},
                              {"categories_id", 2},
                              {"segmentation", QJsonArray{QJsonValue(QJsonArray{0, 0, 9, 0, 9, 9, 0, 9})}}}}},
      {"categories",
       QJsonArray{QJsonObject{{"id", 1}, {"name", "vehicle"}}, QJsonObject{{"id", 2}, {"name", "building"}}}}};
  writeBytes(root + "/instances.json", QJsonDocument(instances).toJson());
  writeBytes(root + "/refs(unc).p", refs);
  return root;
}

}  // namespace

class TestRrsisd : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void open_givesOneSamplePerSentence_withMasks() {
    QTemporaryDir dir;
    auto d = RrsisdDataset::open(makeFolder(dir));
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QCOMPARE(int(d->samples().size()), 3);
    auto train = d->split("train");
    QVERIFY(train.ok());
    QCOMPARE(int(train->size()), 2);
    QCOMPARE(train->at(0).id, QString("0_0"));
    QCOMPARE(train->at(1).id, QString("0_1"));
    QCOMPARE(train->at(1).expression, QString("car on the left"));
    QCOMPARE(train->at(0).category, QString("vehicle"));
    auto pair = train->at(0).load();
    QVERIFY2(pair.ok(), qPrintable(pair.error()));
    QCOMPARE(pair->first.size(), cv::Size(16, 12));
    QCOMPARE(cv::countNonZero(pair->second), 20);  // the 5 x 4 RLE rectangle
    QCOMPARE(int(pair->second.at<uchar>(2, 3)), 255);
    QCOMPARE(int(pair->second.at<uchar>(1, 3)), 0);
    auto test = d->split("test");
    QVERIFY(test.ok());
    QCOMPARE(test->front().category, QString("building"));
    QCOMPARE(cv::countNonZero(*test->front().loadMask()), 100);  // the 10 x 10 polygon
    QVERIFY(!d->split("val").ok());
  }

  void eitherFormat_opensThroughOneEntryPoint() {
    // What rrsis eval and rrsis train use: the format follows from the folder.
    QTemporaryDir dir;
    const QString rrsisd = makeFolder(dir);
    QCOMPARE(datasetFormat(rrsisd), QString("rrsisd"));
    auto train = openDatasetSplit(rrsisd, "train");
    QVERIFY2(train.ok(), qPrintable(train.error()));
    QCOMPARE(int(train->size()), 2);
    QVERIFY(!openDatasetSplit(rrsisd, "val").ok());

    const QString refsegrs = dir.filePath("refsegrs");
    auto writer = RefSegRsWriter::open(refsegrs);
    QVERIFY(writer.ok());
    QVERIFY(writer
                ->append(cv::Mat(8, 8, CV_8UC3, cv::Scalar(1, 2, 3)), cv::Mat(8, 8, CV_8U, cv::Scalar(255)), "the road",
                         "val")
                .ok());
    QCOMPARE(datasetFormat(refsegrs), QString("refsegrs"));
    auto val = openDatasetSplit(refsegrs, "val");
    QVERIFY2(val.ok(), qPrintable(val.error()));
    QCOMPARE(val->front().expression, QString("the road"));
    auto missing = openDatasetSplit(dir.filePath("nothing"), "test");
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains("nothing"), qPrintable(missing.error()));
  }

  void brokenFolders_nameTheProblem_data() {
    QTest::addColumn<int>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated JSON") << 0 << "is not valid JSON";
    QTest::newRow("truncated pickle") << 1 << "Malformed pickle";
    QTest::newRow("unknown annotation") << 2 << "ref 0: annotation 99 is not in instances.json";
    QTest::newRow("missing image") << 3 << "img2.tif is missing";
    QTest::newRow("no refs file") << 4 << "has no refs(unc).p";
  }
  void brokenFolders_nameTheProblem() {
    QFETCH(int, damage);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString root =
        makeFolder(dir, damage == 2 ? QByteArray::fromHex(kRefsBadAnnotation) : QByteArray::fromHex(kRefs));
    if (damage == 0) {
      QFile f(root + "/instances.json");
      QVERIFY(f.resize(f.size() / 2));
    } else if (damage == 1) {
      QFile f(root + "/refs(unc).p");
      QVERIFY(f.resize(f.size() - 7));
    } else if (damage == 3) {
      QFile::remove(root + "/JPEGImages/img2.tif");
    } else if (damage == 4) {
      QFile::remove(root + "/refs(unc).p");
    }
    auto d = RrsisdDataset::open(root);
    QVERIFY(!d.ok());
    QVERIFY2(d.error().contains(expected), qPrintable(d.error()));
  }
};

QTEST_GUILESS_MAIN(TestRrsisd)
#include "tst_rrsisd.moc"
