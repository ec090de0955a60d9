// The annotation document and its undo commands, without widgets.
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "annotation/annotationdocument.h"

using namespace rrsis;

namespace {

/** A prediction: probability 200/255 inside `box`, 20/255 elsewhere in `region`. */
ProbabilityMap prediction(const QRect& region, const QRect& box) {
  ProbabilityMap m;
  m.region = region;
  m.probability = cv::Mat(region.height(), region.width(), CV_8U, cv::Scalar(20));
  m.probability(cv::Rect(box.x() - region.x(), box.y() - region.y(), box.width(), box.height())).setTo(200);
  return m;
}

Annotation predicted(const QRect& region, const QRect& box) {
  Annotation a;
  a.expression = QStringLiteral("the red car");
  a.probability = prediction(region, box);
  a.threshold = 0.5;
  return a;
}

bool set(const AnnotationDocument& d, int id, int x, int y) {
  return d.find(id)->mask(QRect(x, y, 1, 1)).at<uchar>(0, 0) != 0;
}

}  // namespace

class TestAnnotationDocument : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void tiledMask_storesOnlyTheTilesItTouches() {
    TiledMask m(QSize(30000, 30000));
    cv::Mat dot(10, 10, CV_8U, cv::Scalar(255));
    m.write(QRect(1000, 1000, 10, 10), dot);
    QCOMPARE(int(m.tiles().size()), 1);
    QCOMPARE(m.bytes(), std::size_t(256 * 256 / 8));  // one bit per pixel
    QCOMPARE(m.count(), std::int64_t(100));
    QCOMPARE(m.bounds(), QRect(1000, 1000, 10, 10));
    // Across a tile corner: four tiles.
    m.write(QRect(1020, 1020, 10, 10), dot);
    m.write(QRect(255 * 4, 255, 10, 10), dot);
    QCOMPARE(m.read(QRect(1000, 1000, 30, 30)).at<uchar>(25, 25), uchar(255));
    m.write(QRect(1000, 1000, 10, 10), cv::Mat(10, 10, CV_8U, cv::Scalar(0)));
    QCOMPARE(m.read(QRect(1000, 1000, 10, 10)).at<uchar>(5, 5), uchar(0));
  }

  void tiledMask_insideOfALargeMaskCostsNothing() {
    TiledMask m(QSize(30000, 30000));
    // A 5000 x 5000 square: 400 tiles, only those on its edge hold bits.
    m.write(QRect(1000, 1000, 5000, 5000), cv::Mat(5000, 5000, CV_8U, cv::Scalar(255)));
    QCOMPARE(m.count(), std::int64_t(5000) * 5000);
    QVERIFY2(m.bytes() < std::size_t(90) * 8192, qPrintable(QString::number(m.bytes())));
    QCOMPARE(m.bounds(), QRect(1000, 1000, 5000, 5000));
    QCOMPARE(m.read(QRect(3000, 3000, 2, 2)).at<uchar>(1, 1), uchar(255));
    // Clearing a hole in a full tile gives it bits of its own; the others stay shared.
    m.write(QRect(3000, 3000, 10, 10), cv::Mat(10, 10, CV_8U, cv::Scalar(0)));
    QCOMPARE(m.count(), std::int64_t(5000) * 5000 - 100);
    QCOMPARE(m.read(QRect(3005, 3005, 1, 1)).at<uchar>(0, 0), uchar(0));
  }

  void tiledMask_copyIsSharedUntilWritten() {
    TiledMask a(QSize(1000, 1000));
    a.write(QRect(10, 10, 5, 5), cv::Mat(5, 5, CV_8U, cv::Scalar(255)));
    a.write(QRect(600, 600, 5, 5), cv::Mat(5, 5, CV_8U, cv::Scalar(255)));
    TiledMask b = a;
    const std::vector<int> changed = b.write(QRect(12, 12, 20, 20), cv::Mat(20, 20, CV_8U, cv::Scalar(255)));
    QCOMPARE(int(changed.size()), 1);
    QCOMPARE(a.count(), std::int64_t(50));  // the original is untouched
    QVERIFY(b.count() > 50);
    const int far = b.tilesIn(QRect(600, 600, 1, 1)).front();
    QCOMPARE(a.tile(far).get(), b.tile(far).get());  // the untouched tile is the same storage
    // Writing what is already there changes nothing and copies nothing.
    QVERIFY(b.write(QRect(600, 600, 5, 5), cv::Mat(5, 5, CV_8U, cv::Scalar(255))).empty());
  }

  void tiledMask_sampleShowsPixelsAtAnyZoom() {
    TiledMask m(QSize(2000, 2000));
    m.write(QRect(512, 512, 512, 512), cv::Mat(512, 512, CV_8U, cv::Scalar(255)));
    const cv::Mat s = m.sample(QRectF(0, 0, 2000, 2000), QSize(200, 200));  // 10 px per output pixel
    QCOMPARE(cv::countNonZero(s), 51 * 51);  // output pixels whose centres (x*10+5) fall in 512..1023
    const cv::Mat up = m.sample(QRectF(510, 510, 4, 4), QSize(8, 8));  // 2 output px per scene px
    QCOMPARE(up.at<uchar>(3, 3), uchar(0));
    QCOMPARE(up.at<uchar>(4, 4), uchar(255));
  }

  void mask_isPredictionPlusPaintedMinusErased() {
    AnnotationDocument d(QSize(400, 300));
    const int id = d.addAnnotation(predicted(QRect(0, 0, 200, 200), QRect(50, 50, 40, 40)));
    QVERIFY(set(d, id, 60, 60));
    QVERIFY(!set(d, id, 150, 150));
    d.paintStroke(id, {QPointF(150.5, 150.5)}, 3, false);
    d.paintStroke(id, {QPointF(60.5, 60.5)}, 2, true);
    QVERIFY(set(d, id, 150, 150));
    QVERIFY(!set(d, id, 60, 60));
    QVERIFY(set(d, id, 80, 80));
    // A new threshold re-cuts the prediction; the hand edits stay.
    d.setThreshold(id, 0.05);
    QVERIFY(set(d, id, 10, 10));
    QVERIFY(!set(d, id, 60, 60));
    d.setThreshold(id, 0.9);
    QVERIFY(!set(d, id, 80, 80));
    QVERIFY(set(d, id, 150, 150));
    // Hand edits are stored as the difference from the prediction only.
    QVERIFY(d.find(id)->added.count() > 0);
    QCOMPARE(d.find(id)->added.count(), std::int64_t(29));  // centres within 3 px of (150.5, 150.5)
  }

  void rerun_keepsHandEdits() {
    AnnotationDocument d(QSize(400, 300));
    const int id = d.addAnnotation(predicted(QRect(0, 0, 200, 200), QRect(50, 50, 40, 40)));
    d.paintStroke(id, {QPointF(150.5, 150.5)}, 3, false);
    d.paintStroke(id, {QPointF(60.5, 60.5)}, 2, true);
    Provenance p;
    p.model = QStringLiteral("other");
    d.replacePrediction(id, prediction(QRect(0, 0, 400, 300), QRect(55, 55, 100, 20)), p);
    QVERIFY(set(d, id, 150, 150));  // painted
    QVERIFY(!set(d, id, 60, 60));   // erased
    QVERIFY(set(d, id, 120, 60));   // the new model's
    QVERIFY(!set(d, id, 80, 85));   // the old model's only
    QCOMPARE(d.find(id)->provenance.model, QStringLiteral("other"));
    QCOMPARE(d.find(id)->provenance.handEdits, 2);
    d.undoStack()->undo();
    QVERIFY(set(d, id, 80, 85));
    QVERIFY(!set(d, id, 120, 60));
  }

  void brushDrag_isOneUndoStep_andMergingStopsAtRelease() {
    AnnotationDocument d(QSize(3000, 3000));
    const int id = d.addAnnotation(Annotation());
    const int base = d.undoStack()->count();
    d.beginGesture();
    for (int i = 0; i < 20; ++i) d.paintStroke(id, {QPointF(100 + i * 30, 100), QPointF(130 + i * 30, 100)}, 5, false);
    d.endGesture();
    QCOMPARE(d.undoStack()->count(), base + 1);
    QCOMPARE(d.find(id)->provenance.handEdits, 1);
    QVERIFY(set(d, id, 400, 100));
    d.beginGesture();
    d.paintStroke(id, {QPointF(100, 500)}, 5, false);
    d.endGesture();
    QCOMPARE(d.undoStack()->count(), base + 2);  // a second drag is a second step
    QCOMPARE(d.find(id)->provenance.handEdits, 2);
    d.undoStack()->undo();
    QVERIFY(!set(d, id, 100, 500));
    QVERIFY(set(d, id, 400, 100));
    d.undoStack()->undo();
    QVERIFY(!set(d, id, 400, 100));
    QVERIFY(d.find(id)->added.isEmpty());
    QCOMPARE(d.find(id)->provenance.handEdits, 0);
    d.undoStack()->redo();
    QVERIFY(set(d, id, 700, 100));
  }

  void thresholdDrag_merges_onlyWithinTheGesture() {
    AnnotationDocument d(QSize(300, 300));
    const int id = d.addAnnotation(predicted(QRect(0, 0, 200, 200), QRect(50, 50, 40, 40)));
    const int base = d.undoStack()->count();
    d.beginGesture();
    for (double t : {0.4, 0.3, 0.2}) d.setThreshold(id, t);
    d.endGesture();
    QCOMPARE(d.undoStack()->count(), base + 1);
    d.setThreshold(id, 0.6);  // keyboard steps outside a drag are steps of their own
    d.setThreshold(id, 0.7);
    QCOMPARE(d.undoStack()->count(), base + 3);
    d.undoStack()->undo();
    d.undoStack()->undo();
    d.undoStack()->undo();
    QCOMPARE(d.find(id)->threshold, 0.5);
    // A drag that ends where it began leaves no step.
    d.beginGesture();
    d.setOpacity(id, 0.9);
    d.setOpacity(id, 0.45);
    d.endGesture();
    QCOMPARE(d.undoStack()->index(), base);
  }

  void paintStep_keepsOnlyTheTilesItTouched() {
    AnnotationDocument d(QSize(30000, 30000));
    const int id = d.addAnnotation(Annotation());
    for (int i = 0; i < 50; ++i) d.paintStroke(id, {QPointF(128 + i * 512, 128)}, 10, false);
    // 50 dots, each in its own tile: memory follows the painted area, not the scene.
    QCOMPARE(int(d.find(id)->added.tiles().size()), 50);
    QVERIFY(d.find(id)->added.bytes() < std::size_t(4) << 20);
  }

  void removeAnnotation_undoBringsItBackWithItsMask() {
    AnnotationDocument d(QSize(300, 300));
    QSignalSpy removed(&d, &AnnotationDocument::annotationRemoved);
    const int a = d.addAnnotation(predicted(QRect(0, 0, 200, 200), QRect(50, 50, 40, 40)));
    const int b = d.addAnnotation(Annotation());
    d.paintStroke(a, {QPointF(150, 150)}, 4, false);
    d.removeAnnotation(a);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(d.count(), 1);
    QVERIFY(!d.find(a));
    d.undoStack()->undo();
    QCOMPARE(d.count(), 2);
    QCOMPARE(d.at(0).id, a);  // back in its place, below b
    QCOMPARE(d.at(1).id, b);
    QVERIFY(set(d, a, 150, 150));
    QVERIFY(set(d, a, 60, 60));
  }

  void propertiesAndExpression_undo() {
    AnnotationDocument d(QSize(100, 100));
    const int id = d.addAnnotation(Annotation());
    QVERIFY(d.find(id)->colour.isValid());
    const int other = d.addAnnotation(Annotation());
    QVERIFY(d.find(other)->colour != d.find(id)->colour);
    d.setExpression(id, QStringLiteral("  the   white truck "));
    QCOMPARE(d.find(id)->expression, QStringLiteral("the white truck"));
    d.setExpression(id, QStringLiteral("   "));  // empty names are refused
    QCOMPARE(d.find(id)->expression, QStringLiteral("the white truck"));
    d.setSplit(id, Split::Val);
    d.setCategory(id, QStringLiteral("truck"));
    d.setVisible(id, false);
    QCOMPARE(d.find(id)->split, Split::Val);
    for (int i = 0; i < 4; ++i) d.undoStack()->undo();
    QCOMPARE(d.find(id)->expression, QString());
    QCOMPARE(d.find(id)->split, Split::Unassigned);
    QVERIFY(d.find(id)->visible);
    QVERIFY(d.find(id)->category.isEmpty());
  }

  void duplicateAndMerge() {
    AnnotationDocument d(QSize(300, 300));
    const int a = d.addAnnotation(predicted(QRect(0, 0, 200, 200), QRect(50, 50, 40, 40)));
    const int copy = d.duplicateAnnotation(a);
    QVERIFY(copy != a);
    QVERIFY(set(d, copy, 60, 60));
    const int b = d.addAnnotation(Annotation());
    d.paintStroke(b, {QPointF(250.5, 250.5)}, 3, false);
    const int steps = d.undoStack()->count();
    d.mergeAnnotations(a, b);
    QCOMPARE(d.undoStack()->count(), steps + 1);
    QVERIFY(!d.find(b));
    QVERIFY(set(d, a, 250, 250));
    QVERIFY(set(d, a, 60, 60));
    d.undoStack()->undo();
    QVERIFY(d.find(b));
    QVERIFY(!set(d, a, 250, 250));
  }

  void polygonWandAndOperations_editTheMask() {
    AnnotationDocument d(QSize(300, 300));
    const int id = d.addAnnotation(Annotation());
    d.fillPolygon(id, {QPointF(10, 10), QPointF(110, 10), QPointF(110, 110), QPointF(10, 110)}, false);
    QCOMPARE(d.find(id)->area(), std::int64_t(100 * 100));
    d.fillPolygon(id, {QPointF(40, 40), QPointF(80, 40), QPointF(80, 80), QPointF(40, 80)}, true);
    QCOMPARE(d.find(id)->area(), std::int64_t(100 * 100 - 40 * 40));
    d.applyMaskOperation(id, AnnotationDocument::MaskOperation::FillHoles);
    QCOMPARE(d.find(id)->area(), std::int64_t(100 * 100));
    d.applyMaskOperation(id, AnnotationDocument::MaskOperation::Shrink, 5);
    QCOMPARE(d.find(id)->bounds(), QRect(15, 15, 90, 90));
    d.applyMaskOperation(id, AnnotationDocument::MaskOperation::Grow, 5);
    QCOMPARE(d.find(id)->bounds(), QRect(10, 10, 100, 100));
    d.paintStroke(id, {QPointF(200.5, 200.5)}, 2, false);
    d.applyMaskOperation(id, AnnotationDocument::MaskOperation::KeepLargest);
    QVERIFY(!set(d, id, 200, 200));
    d.paintStroke(id, {QPointF(200.5, 200.5)}, 2, false);
    d.applyMaskOperation(id, AnnotationDocument::MaskOperation::RemoveSmallRegions, 50);
    QVERIFY(!set(d, id, 200, 200));
    QVERIFY(set(d, id, 50, 50));
    // Magic wand on an image with a dark square on a bright field, seeded in the square.
    cv::Mat image(300, 300, CV_8UC3, cv::Scalar(220, 220, 220));
    image(cv::Rect(150, 150, 60, 60)).setTo(cv::Scalar(30, 40, 50));
    d.magicWand(id, image, QRect(0, 0, 300, 300), QPoint(160, 160), 10, false);
    QVERIFY(set(d, id, 209, 209));
    QVERIFY(!set(d, id, 211, 211));
    d.magicWand(id, image, QRect(0, 0, 300, 300), QPoint(160, 160), 10, true);
    QVERIFY(!set(d, id, 160, 160));
    d.applyMaskOperation(id, AnnotationDocument::MaskOperation::Clear);
    QCOMPARE(d.find(id)->area(), std::int64_t(0));
    const int steps = d.undoStack()->count();
    d.applyMaskOperation(id, AnnotationDocument::MaskOperation::Clear);  // nothing to clear: no step
    QCOMPARE(d.undoStack()->count(), steps);
  }

  void largeEdits_runInChunks_withTheSamePixels() {
    AnnotationDocument d(QSize(6000, 5000));
    const int id = d.addAnnotation(Annotation());
    // A rectangle across several 1024 px chunks, at an unaligned place: every pixel once.
    d.fillPolygon(id, {QPointF(700, 900), QPointF(3200, 900), QPointF(3200, 2700), QPointF(700, 2700)}, false);
    QCOMPARE(d.find(id)->area(), std::int64_t(2500) * 1800);
    QCOMPARE(d.find(id)->bounds(), QRect(700, 900, 2500, 1800));
    QCOMPARE(d.undoStack()->count(), 2);  // one step, however many chunks
    // A long stroke across chunk edges has no seam: the pixels on both sides of x = 2048.
    d.paintStroke(id, {QPointF(1500.5, 4000.5), QPointF(2600.5, 4000.5)}, 3, false);
    for (int x : {2046, 2047, 2048, 2049}) QVERIFY(set(d, id, x, 4000) && set(d, id, x, 4003) && !set(d, id, x, 4004));
    // Subtracting a polygon that straddles chunks leaves exactly the rest.
    d.fillPolygon(id, {QPointF(1000, 1000), QPointF(2100, 1000), QPointF(2100, 2100), QPointF(1000, 2100)}, true);
    // 1101 columns of 7 pixels plus two half-discs of 11 for the stroke (centres within 3 px).
    QCOMPARE(d.find(id)->area(), std::int64_t(2500) * 1800 - 1100 * 1100 + 1101 * 7 + 2 * 11);
    d.undoStack()->undo();
    d.undoStack()->undo();
    QCOMPARE(d.find(id)->area(), std::int64_t(2500) * 1800);
  }

  void edits_outsideTheScene_areClipped() {
    AnnotationDocument d(QSize(100, 80));
    const int id = d.addAnnotation(Annotation());
    d.paintStroke(id, {QPointF(-50, -50), QPointF(150, 150)}, 6, false);
    QVERIFY(d.find(id)->bounds().isValid());
    QVERIFY(QRect(0, 0, 100, 80).contains(d.find(id)->bounds()));
    d.fillPolygon(id, {QPointF(-1000, -1000), QPointF(1000, -1000), QPointF(1000, 1000)}, false);
    QVERIFY(QRect(0, 0, 100, 80).contains(d.find(id)->bounds()));
  }
};

QTEST_GUILESS_MAIN(TestAnnotationDocument)
#include "tst_annotationdocument.moc"
