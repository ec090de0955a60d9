// Annotations saved as RefSegRS samples, read back with the project's own reader.
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/core.hpp>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "dataset/refsegrs.h"
#include "dataset/refsegrsexport.h"
#include "testrasters.h"

using namespace rrsis;

namespace {

/** A 2000 x 1500 georeferenced scene (0.5 m pixels) with a gradient, in `dir`. */
QString writeScene(const QString& dir) {
  test::RasterSpec spec;
  spec.width = 2000;
  spec.height = 1500;
  spec.value = [](int b, int x, int y) { return (b * 40 + x / 8 + y / 8) % 256; };
  spec.options = {"TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256"};
  const QString path = dir + "/scene.tif";
  return test::writeRaster(path, spec) ? path : QString();
}

int paintedAnnotation(AnnotationDocument& d, const QString& expression, const QRect& box,
                      Split split = Split::Unassigned) {
  Annotation a;
  a.expression = expression;
  a.split = split;
  const int id = d.addAnnotation(a);
  d.fillPolygon(id,
                {QPointF(box.left(), box.top()), QPointF(box.right() + 1, box.top()),
                 QPointF(box.right() + 1, box.bottom() + 1), QPointF(box.left(), box.bottom() + 1)},
                false);
  return id;
}

}  // namespace

class TestRefSegRsExport : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void footprint_centresOnTheMask_staysInside_growsForLargeMasks() {
    const QSize scene(2000, 1500);
    QCOMPARE(chipFootprint(QRect(1000, 700, 20, 20), QRect(), scene, 1.0, 512), QRect(1010 - 256, 710 - 256, 512, 512));
    QCOMPARE(chipFootprint(QRect(5, 5, 20, 20), QRect(), scene, 1.0, 512), QRect(0, 0, 512, 512));
    QCOMPARE(chipFootprint(QRect(1990, 1490, 5, 5), QRect(), scene, 1.0, 512), QRect(1488, 988, 512, 512));
    QCOMPARE(chipFootprint(QRect(100, 100, 900, 300), QRect(), scene, 1.0, 512).width(), 900);
    QCOMPARE(chipFootprint(QRect(100, 100, 20, 20), QRect(), scene, 0.26 / 0.5 * 2, 512).width(), 532);
    QCOMPARE(chipFootprint(QRect(), QRect(600, 600, 100, 100), scene, 1.0, 256), QRect(650 - 128, 650 - 128, 256, 256));
  }

  void export_readsBack_withEveryMaskAndExpression() {
    QTemporaryDir dir;
    const QString scene = writeScene(dir.path());
    QVERIFY(!scene.isEmpty());
    Project p;
    AnnotationDocument& d = *p.document(p.addScene(scene, QSize(2000, 1500), SceneFingerprint::of(scene)));
    paintedAnnotation(d, "the small square", QRect(300, 300, 40, 30), Split::Val);
    paintedAnnotation(d, "the long field", QRect(100, 900, 1500, 200));  // larger than a chip
    Annotation empty;
    empty.expression = "no boats here";
    empty.provenance.region = QRect(1500, 200, 300, 300);
    d.addAnnotation(empty);
    Annotation nameless;
    d.addAnnotation(nameless);  // no expression: skipped with a note
    RefSegRsExportOptions o;
    auto report = exportRefSegRs(p, dir.filePath("out"), o);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->samples, 3);
    QCOMPARE(report->notes.size(), 1);
    auto data = RefSegRsDataset::open(dir.filePath("out"));
    QVERIFY2(data, qPrintable(data.error()));
    QCOMPARE(int(data->samples().size()), 3);
    for (const Sample& s : data->samples()) {
      auto pair = s.load();
      QVERIFY2(pair, qPrintable(pair.error()));
      QCOMPARE(pair->first.cols, 512);
      const cv::Mat& mask = pair->second;
      if (s.expression == "the small square") {
        QCOMPARE(s.split, QString("val"));
        QCOMPARE(cv::countNonZero(mask), 40 * 30);  // same resolution: exact
        // Its chip is centred on it: the square sits in the middle.
        QCOMPARE(mask.at<uchar>(256, 256), uchar(255));
      } else if (s.expression == "the long field") {
        // 1500 px wide, resampled into 512: about 512 x 68 pixels set.
        const int n = cv::countNonZero(mask);
        QVERIFY2(std::abs(n - 512 * 68) < 512 * 4, qPrintable(QString::number(n)));
      } else {
        QCOMPARE(s.expression, QString("no boats here"));
        QCOMPARE(cv::countNonZero(mask), 0);
      }
    }
  }

  void overlappingChips_shareASplit_andSeedsRepeat() {
    QTemporaryDir dir;
    const QString scene = writeScene(dir.path());
    Project p;
    AnnotationDocument& d = *p.document(p.addScene(scene, QSize(2000, 1500), SceneFingerprint::of(scene)));
    // Pairs of overlapping footprints spread over the scene, and one pair with a fixed split.
    for (int i = 0; i < 6; ++i) {
      const int x = 100 + (i % 3) * 600, y = 100 + (i / 3) * 700;
      paintedAnnotation(d, QString("car %1").arg(i), QRect(x, y, 20, 20));
      paintedAnnotation(d, QString("tree %1").arg(i), QRect(x + 60, y + 60, 20, 20));
    }
    d.setSplit(d.at(0).id, Split::Test);
    RefSegRsExportOptions o;
    o.seed = 7;
    auto report = exportRefSegRs(p, dir.filePath("a"), o);
    QVERIFY2(report, qPrintable(report.error()));
    auto data = RefSegRsDataset::open(dir.filePath("a"));
    QVERIFY(data);
    std::map<QString, QString> splitOf;
    for (const Sample& s : data->samples()) splitOf[s.expression] = s.split;
    for (int i = 0; i < 6; ++i) QCOMPARE(splitOf[QString("tree %1").arg(i)], splitOf[QString("car %1").arg(i)]);
    QCOMPARE(splitOf["tree 0"], QString("test"));  // follows its overlapping partner's split
    // The same seed gives the same splits.
    auto again = exportRefSegRs(p, dir.filePath("b"), o);
    QVERIFY(again);
    auto second = RefSegRsDataset::open(dir.filePath("b"));
    for (const Sample& s : second->samples()) QCOMPARE(s.split, splitOf[s.expression]);
  }

  void exportAppends_neverOverwrites() {
    QTemporaryDir dir;
    const QString scene = writeScene(dir.path());
    Project p;
    AnnotationDocument& d = *p.document(p.addScene(scene, QSize(2000, 1500), SceneFingerprint::of(scene)));
    paintedAnnotation(d, "a square", QRect(300, 300, 40, 30), Split::Train);
    QVERIFY(exportRefSegRs(p, dir.filePath("out"), RefSegRsExportOptions()));
    auto second = exportRefSegRs(p, dir.filePath("out"), RefSegRsExportOptions());
    QVERIFY(second);
    auto data = RefSegRsDataset::open(dir.filePath("out"));
    QCOMPARE(int(data->samples().size()), 2);
    QVERIFY(data->samples()[0].id != data->samples()[1].id);
  }

  void groundResolution_resamplesTheChip() {
    QTemporaryDir dir;
    const QString scene = writeScene(dir.path());  // 0.5 m pixels
    Project p;
    AnnotationDocument& d = *p.document(p.addScene(scene, QSize(2000, 1500), SceneFingerprint::of(scene)));
    paintedAnnotation(d, "a square", QRect(500, 500, 64, 64), Split::Train);
    RefSegRsExportOptions o;
    o.chipSize = 256;
    o.groundSampleDistance = 1.0;  // 2 scene pixels per chip pixel
    QVERIFY(exportRefSegRs(p, dir.filePath("out"), o));
    auto data = RefSegRsDataset::open(dir.filePath("out"));
    auto pair = data->samples()[0].load();
    QCOMPARE(pair->first.cols, 256);
    QCOMPARE(cv::countNonZero(pair->second), 32 * 32);
  }

  void badFolder_isAClearError() {
    QTemporaryDir dir;
    const QString scene = writeScene(dir.path());
    Project p;
    AnnotationDocument& d = *p.document(p.addScene(scene, QSize(2000, 1500), SceneFingerprint::of(scene)));
    paintedAnnotation(d, "a square", QRect(500, 500, 64, 64));
    auto r = exportRefSegRs(p, scene + "/inside-a-file", RefSegRsExportOptions());
    QVERIFY(!r);
    QVERIFY2(r.error().contains("inside-a-file"), qPrintable(r.error()));
  }
};

QTEST_GUILESS_MAIN(TestRefSegRsExport)
#include "tst_refsegrsexport.moc"
