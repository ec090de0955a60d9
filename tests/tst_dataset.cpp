// The RefSegRS layout: appending without clobbering, reading back pixels, expressions and
// georeferencing, and every malformed phrase file, mask and folder named in the issue.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/core.hpp>

#include "dataset/refsegrs.h"
#include "raster/gdalrastersource.h"
#include "testrasters.h"

using namespace rrsis;

namespace {

cv::Mat chip(int seed) {
  cv::Mat m(32, 40, CV_8UC3);
  cv::RNG rng{static_cast<uint64_t>(seed)};  // the same pixels for the same seed
  rng.fill(m, cv::RNG::UNIFORM, 0, 256);
  return m;
}

cv::Mat square(int x) {
  cv::Mat m(32, 40, CV_8U, cv::Scalar(0));
  m(cv::Rect(x, 4, 10, 10)).setTo(1);  // non-zero, written as 255
  return m;
}

void writeText(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(bytes);
}

/** A folder with chips 1..3 on disk and `phrases` as the train split. */
QString makeFolder(const QTemporaryDir& dir, const QByteArray& phrases) {
  const QString root = dir.filePath("ds");
  QDir().mkpath(root + "/images");
  QDir().mkpath(root + "/masks");
  for (int id : {1, 2, 3}) {
    test::RasterSpec img;
    img.width = 16;
    img.height = 16;
    test::writeRaster(root + QStringLiteral("/images/%1.tif").arg(id), img);
    test::RasterSpec m = img;
    m.bands = 1;
    m.value = [](int, int x, int) { return x < 8 ? 0 : 255; };
    test::writeRaster(root + QStringLiteral("/masks/%1.tif").arg(id), m);
  }
  writeText(root + "/output_phrase_train.txt", phrases);
  return root;
}

}  // namespace

class TestDataset : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void writer_appendsAndReadsBack_withGeoreferencing() {
    QTemporaryDir dir;
    auto w = RefSegRsWriter::open(dir.filePath("new"));
    QVERIFY2(w.ok(), qPrintable(w.error()));
    const GeoReference geo({500000, 0.13, 0, 5400000, 0, -0.13}, QString());
    QCOMPARE(*w->append(chip(1), square(2), "the red car on the left", "train", geo), QString("0"));
    QCOMPARE(*w->append(chip(2), square(20), "building  along\\tthe road", "train"), QString("1"));
    QCOMPARE(*w->append(chip(3), square(5), "trees near the water", "test"), QString("2"));
    auto d = RefSegRsDataset::open(dir.filePath("new"));
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QCOMPARE(int(d->samples().size()), 3);
    auto train = d->split("train");
    QVERIFY(train.ok());
    QCOMPARE(int(train->size()), 2);
    const Sample& s = train->front();
    QCOMPARE(s.expression, QString("the red car on the left"));
    QCOMPARE(s.category, QString("car"));
    auto pair = s.load();
    QVERIFY2(pair.ok(), qPrintable(pair.error()));
    QCOMPARE(cv::norm(pair->first, chip(1), cv::NORM_INF), 0.0);
    QCOMPARE(cv::countNonZero(pair->second == 255), 100);
    QCOMPARE(cv::countNonZero(pair->second == 0), 32 * 40 - 100);
    auto src = GdalRasterSource::open(s.imagePath);
    QVERIFY(src.ok());
    QCOMPARE((*src)->info().geo.transform()[1], 0.13);
    QCOMPARE(d->split("test")->front().category, QString("tree"));
    QVERIFY(!d->split("val").ok());  // empty split: a clear error
    QVERIFY(d->split("val").error().contains("empty"));
  }

  void categoryFromExpression_findsCategoriesAndTheirCommonSynonyms_data() {
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("category");
    QTest::newRow("category") << "the white van near the bus"
                              << "van";
    QTest::newRow("plural") << "all buildings"
                            << "building";
    QTest::newRow("longest first") << "the road markings"
                                   << "road marking";
    QTest::newRow("houses") << "the houses"
                            << "building";
    QTest::newRow("rooftops") << "rooftops"
                              << "building";
    QTest::newRow("street") << "the streets"
                            << "road";
    QTest::newRow("forest") << "the forest"
                            << "tree";
    QTest::newRow("part of a word") << "the roofless shed"
                                    << "";
    QTest::newRow("none") << "the water"
                          << "";
  }
  void categoryFromExpression_findsCategoriesAndTheirCommonSynonyms() {
    QFETCH(QString, expression);
    QFETCH(QString, category);
    QCOMPARE(categoryFromExpression(expression), category);
  }

  void writer_neverOverwrites_andTakesFreshIds() {
    QTemporaryDir dir;
    const QString root = makeFolder(dir, "1 the car\n3 a road\n");
    QFile::copy(root + "/images/3.tif", root + "/images/9.tif");  // a stray chip
    const QByteArray before = [&] {
      QFile f(root + "/images/3.tif");
      f.open(QIODevice::ReadOnly);
      return f.readAll();
    }();
    auto w = RefSegRsWriter::open(root);
    QVERIFY(w.ok());
    QCOMPARE(*w->append(chip(4), square(1), "white van", "train"), QString("10"));
    QFile f(root + "/images/3.tif");
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QFile p(root + "/output_phrase_train.txt");
    QVERIFY(p.open(QIODevice::ReadOnly));
    QCOMPARE(p.readAll(), QByteArray("1 the car\n3 a road\n10 white van\n"));
  }

  void writer_refusesBadInput_andUnwritableFolders() {
    QTemporaryDir dir;
    writeText(dir.filePath("blocked"), "a file where a folder should be");
    auto blocked = RefSegRsWriter::open(dir.filePath("blocked"));
    QVERIFY(!blocked.ok());
    QVERIFY2(blocked.error().contains("Cannot create"), qPrintable(blocked.error()));
    auto w = RefSegRsWriter::open(dir.filePath("ok"));
    QVERIFY(w.ok());
    QVERIFY(!w->append(chip(1), square(1), "   ", "train").ok());
    QVERIFY(!w->append(chip(1), square(1), "car", "holdout").ok());
    QVERIFY(!w->append(chip(1), cv::Mat(8, 8, CV_8U, cv::Scalar(0)), "car", "train").ok());
    QCOMPARE(QDir(dir.filePath("ok/images")).entryList(QDir::Files).size(), 0);  // nothing half-written
  }

  void reader_acceptsBlankLinesCrlfAndTabs() {
    QTemporaryDir dir;
    const QString root = makeFolder(dir, "\r\n1\tthe car on the left\r\n\n   \n2  a   road \r\n");
    auto d = RefSegRsDataset::open(root);
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QCOMPARE(int(d->samples().size()), 2);
    QCOMPARE(d->samples()[0].expression, QString("the car on the left"));
    QCOMPARE(d->samples()[1].expression, QString("a road"));
    QCOMPARE(d->samples()[1].sourceId, QString("output_phrase_train.txt:5"));
  }

  void reader_badPhraseFiles_nameFileAndLine_data() {
    QTest::addColumn<QByteArray>("phrases");
    QTest::addColumn<QString>("expected");
    QTest::newRow("non-UTF-8") << QByteArray("1 the car\n2 caf\xe9 roof\n") << "line 2: the text is not valid UTF-8";
    QTest::newRow("no expression") << QByteArray("1 the car\n2\n") << "line 2: the id “2” has no expression";
    QTest::newRow("escaping id") << QByteArray("../1 the car\n") << "line 1: the id “../1” would lead outside";
    QTest::newRow("absolute id") << QByteArray("/etc/passwd x\n") << "would lead outside";
    QTest::newRow("duplicate id") << QByteArray("1 the car\n2 a road\n1 again\n")
                                  << "line 3: the id “1” is already used at output_phrase_train.txt:1";
    QTest::newRow("missing image") << QByteArray("1 the car\n7 a road\n") << "line 2:";
    QTest::newRow("odd id") << QByteArray("1 the car\n*x a road\n") << "not a valid id";
  }
  void reader_badPhraseFiles_nameFileAndLine() {
    QFETCH(QByteArray, phrases);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto d = RefSegRsDataset::open(makeFolder(dir, phrases));
    QVERIFY(!d.ok());
    QVERIFY2(d.error().contains(expected) && d.error().contains("output_phrase_train.txt"), qPrintable(d.error()));
  }

  void reader_noPhraseFiles_orMissingSplit_isAnError() {
    QTemporaryDir dir;
    QVERIFY(!RefSegRsDataset::open(dir.path()).ok());
    QVERIFY(RefSegRsDataset::open(dir.path()).error().contains("no output_phrase"));
    const QString root = makeFolder(dir, "1 the car\n");
    auto d = RefSegRsDataset::open(root, {"test"});
    QVERIFY(!d.ok());
    QVERIFY(d.error().contains("no test split"));
  }

  void masks_wrongValuesOrSize_areErrors() {
    QTemporaryDir dir;
    const QString root = makeFolder(dir, "1 the car\n2 a road\n");
    test::RasterSpec gray;  // values 0..: not a 0/255 mask
    gray.width = 16;
    gray.height = 16;
    gray.bands = 1;
    QFile::remove(root + "/masks/1.tif");
    QVERIFY(test::writeRaster(root + "/masks/1.tif", gray));
    test::RasterSpec small = gray;
    small.width = 8;
    small.value = [](int, int, int) { return 255; };
    QFile::remove(root + "/masks/2.tif");
    QVERIFY(test::writeRaster(root + "/masks/2.tif", small));
    auto d = RefSegRsDataset::open(root);
    QVERIFY(d.ok());
    auto one = d->samples()[0].load();
    QVERIFY(!one.ok());
    QVERIFY2(one.error().contains("neither 0 nor 255") && one.error().contains("1.tif"), qPrintable(one.error()));
    auto two = d->samples()[1].load();
    QVERIFY(!two.ok());
    QVERIFY2(two.error().contains("8 x 16") && two.error().contains("16 x 16"), qPrintable(two.error()));
  }
};

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
