// Mask operations: brush strokes and polygons against hand counts and brute-force pixel-centre
// references (scene coordinates, buffers with a non-zero origin, clipping), the magic wand on
// synthetic two-colour and gradient images, and the clean-up operations.
#include <QRandomGenerator>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <opencv2/core.hpp>

#include "annotation/maskops.h"

using namespace rrsis;

namespace {

// Core's QList rather than Gui's QPolygonF: a guiless test has no Gui metatypes for _data() tables.
using Polyline = QList<QPointF>;

cv::Mat blank(const QRect& area) { return cv::Mat(area.height(), area.width(), CV_8U, cv::Scalar(0)); }
int count(const cv::Mat& mask) { return cv::countNonZero(mask); }
std::vector<QPointF> points(const Polyline& p) { return std::vector<QPointF>(p.begin(), p.end()); }

/** Whether scene pixel (x, y) is set in `mask`, which covers `area`. */
bool isSet(const cv::Mat& mask, const QRect& area, int x, int y) {
  return mask.at<uchar>(y - area.y(), x - area.x()) != 0;
}

/** Scene bounding box of the set pixels; empty when none are. */
QRect setBounds(const cv::Mat& mask, const QRect& area) {
  QRect bounds;
  for (int r = 0; r < mask.rows; ++r)
    for (int c = 0; c < mask.cols; ++c)
      if (mask.at<uchar>(r, c)) bounds |= QRect(area.x() + c, area.y() + r, 1, 1);
  return bounds;
}

double segmentDistance(const QPointF& p, const QPointF& a, const QPointF& b) {
  const QPointF d = b - a;
  const double len2 = QPointF::dotProduct(d, d);
  const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
  const QPointF q = a + t * d - p;
  return std::hypot(q.x(), q.y());
}

/** Brute force: every pixel whose centre is within `radius` of the polyline. */
cv::Mat referenceStroke(const QRect& area, const std::vector<QPointF>& pts, double radius) {
  cv::Mat m = blank(area);
  for (int r = 0; r < m.rows; ++r)
    for (int c = 0; c < m.cols; ++c) {
      const QPointF centre(area.x() + c + 0.5, area.y() + r + 0.5);
      double d = segmentDistance(centre, pts[0], pts[0]);
      for (size_t i = 1; i < pts.size(); ++i) d = std::min(d, segmentDistance(centre, pts[i - 1], pts[i]));
      if (d <= radius + 1e-9) m.at<uchar>(r, c) = 255;
    }
  return m;
}

/** Brute force: every pixel whose centre has a non-zero winding number. */
cv::Mat referencePolygon(const QRect& area, const Polyline& poly) {
  cv::Mat m = blank(area);
  for (int r = 0; r < m.rows; ++r)
    for (int c = 0; c < m.cols; ++c) {
      const QPointF p(area.x() + c + 0.5, area.y() + r + 0.5);
      int winding = 0;
      for (int i = 0; i < poly.size(); ++i) {
        const QPointF a = poly[i], b = poly[(i + 1) % poly.size()];
        const double side = (b.x() - a.x()) * (p.y() - a.y()) - (p.x() - a.x()) * (b.y() - a.y());
        if (a.y() <= p.y() && b.y() > p.y() && side > 0) ++winding;
        if (a.y() > p.y() && b.y() <= p.y() && side < 0) --winding;
      }
      if (winding != 0) m.at<uchar>(r, c) = 255;
    }
  return m;
}

int differing(const cv::Mat& a, const cv::Mat& b) { return count(a != b); }

Polyline circle(QPointF centre, double radius, int vertices) {
  Polyline p;
  for (int i = 0; i < vertices; ++i) {
    const double t = 2 * M_PI * i / vertices;
    p << centre + QPointF(radius * std::cos(t), radius * std::sin(t));
  }
  return p;
}

/** Columns [left, right] of scene row y that are set, as a pair; (1, 0) when none are. */
QPair<int, int> rowExtent(const cv::Mat& mask, const QRect& area, int y) {
  int left = 1, right = 0;
  for (int x = area.left(); x <= area.right(); ++x)
    if (isSet(mask, area, x, y)) {
      if (left > right) left = x;
      right = x;
    }
  return {left, right};
}

}  // namespace

class TestMaskOps : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  // --- brush ---------------------------------------------------------------------------------
  void strokeBounds_coversRadiusAroundThePolyline_data() {
    QTest::addColumn<Polyline>("stroke");
    QTest::addColumn<double>("radius");
    QTest::addColumn<QRect>("bounds");
    QTest::newRow("dot on a pixel centre") << Polyline{{10.5, 10.5}} << 3.0 << QRect(7, 7, 7, 7);
    QTest::newRow("segment") << Polyline{{0.5, 0.5}, {20.5, 5.5}} << 2.0 << QRect(QPoint(-2, -2), QPoint(22, 7));
    QTest::newRow("no points") << Polyline{} << 3.0 << QRect();
    QTest::newRow("negative radius") << Polyline{{10.5, 10.5}} << -1.0 << QRect();
  }
  void strokeBounds_coversRadiusAroundThePolyline() {
    QFETCH(Polyline, stroke);
    QFETCH(double, radius);
    QFETCH(QRect, bounds);
    QCOMPARE(maskops::strokeBounds(points(stroke), radius), bounds);
  }

  void paintStroke_dot_coversPixelCentresWithinRadius_data() {
    QTest::addColumn<QPointF>("centre");
    QTest::addColumn<double>("radius");
    QTest::addColumn<int>("pixels");
    // Counted by hand: integer offsets (dx, dy) with dx^2 + dy^2 <= r^2 around a pixel centre.
    QTest::newRow("r0 on a centre") << QPointF(10.5, 10.5) << 0.0 << 1;
    QTest::newRow("r1 on a centre") << QPointF(10.5, 10.5) << 1.0 << 5;
    QTest::newRow("r1 on a pixel corner") << QPointF(10, 10) << 1.0 << 4;
    QTest::newRow("r2.5 on a centre") << QPointF(10.5, 10.5) << 2.5 << 21;
    QTest::newRow("r3 on a centre") << QPointF(10.5, 10.5) << 3.0 << 29;
    QTest::newRow("r20 on a centre") << QPointF(32.5, 32.5) << 20.0 << 1257;
  }
  void paintStroke_dot_coversPixelCentresWithinRadius() {
    QFETCH(QPointF, centre);
    QFETCH(double, radius);
    QFETCH(int, pixels);
    const QRect area(0, 0, 64, 64);
    cv::Mat mask = blank(area);
    maskops::paintStroke(mask, area, {centre}, radius, true);
    QCOMPARE(count(mask), pixels);
    QCOMPARE(differing(mask, referenceStroke(area, {centre}, radius)), 0);
    if (radius >= 10) QVERIFY(std::abs(pixels - M_PI * radius * radius) < 0.01 * pixels);  // the analytic area
  }

  void paintStroke_dot_edgePixels() {
    const QRect area(0, 0, 32, 32);
    cv::Mat mask = blank(area);
    maskops::paintStroke(mask, area, {QPointF(10.5, 10.5)}, 3, true);
    QVERIFY(isSet(mask, area, 10, 10));
    QVERIFY(isSet(mask, area, 13, 10));  // distance 3: on the edge, covered
    QVERIFY(isSet(mask, area, 10, 7));
    QVERIFY(isSet(mask, area, 12, 12));   // distance 2.83
    QVERIFY(!isSet(mask, area, 14, 10));  // distance 4
    QVERIFY(!isSet(mask, area, 13, 12));  // distance 3.61
    QVERIFY(!isSet(mask, area, 13, 13));
    QCOMPARE(mask.at<uchar>(10, 10), uchar(255));
    QCOMPARE(setBounds(mask, area), QRect(7, 7, 7, 7));
  }

  void paintStroke_interpolatesBetweenFarSamples() {
    const QRect area(0, 0, 100, 80);
    cv::Mat mask = blank(area);
    maskops::paintStroke(mask, area, {QPointF(5.5, 20.5), QPointF(95.5, 20.5)}, 2, true);
    // 91 columns of 5 rows, plus 3 + 1 pixels of round cap at each end.
    QCOMPARE(count(mask), 91 * 5 + 2 * 4);
    for (int x = 5; x <= 95; ++x) QCOMPARE(rowExtent(mask.t(), QRect(0, 0, 80, 100), x), qMakePair(18, 22));

    cv::Mat diagonal = blank(area);
    maskops::paintStroke(diagonal, area, {QPointF(10.5, 10.5), QPointF(90.5, 70.5)}, 1, true);
    for (int y = 10; y <= 70; ++y)
      QVERIFY2(rowExtent(diagonal, area, y).first <= rowExtent(diagonal, area, y).second,
               qPrintable(QString::number(y)));
    QCOMPARE(differing(diagonal, referenceStroke(area, {QPointF(10.5, 10.5), QPointF(90.5, 70.5)}, 1)), 0);
  }

  void paintStroke_matchesPixelCentreDistance_data() {
    QTest::addColumn<Polyline>("stroke");
    QTest::addColumn<double>("radius");
    QTest::newRow("steep segment") << Polyline{{20.2, 3.7}, {27.9, 75.1}} << 2.3;
    QTest::newRow("zigzag") << Polyline{{5, 5}, {60, 12.25}, {8.4, 40.6}, {90.1, 70.9}} << 4.6;
    QTest::newRow("thin") << Polyline{{3.3, 70.2}, {96.7, 2.1}} << 0.45;
    QTest::newRow("repeated samples") << Polyline{{40, 40}, {40, 40}, {41.2, 40.3}, {41.2, 40.3}} << 6.0;
    QTest::newRow("closed loop") << Polyline{{30, 30}, {70, 30}, {70, 60}, {30, 60}, {30, 30}} << 3.5;
  }
  void paintStroke_matchesPixelCentreDistance() {
    QFETCH(Polyline, stroke);
    QFETCH(double, radius);
    const QRect area(0, 0, 100, 80);
    cv::Mat mask = blank(area);
    maskops::paintStroke(mask, area, points(stroke), radius, true);
    QVERIFY(count(mask) > 0);
    QCOMPARE(differing(mask, referenceStroke(area, points(stroke), radius)), 0);
  }

  void paintStroke_erase_clearsOnlyTheBrush() {
    const QRect area(0, 0, 32, 32);
    cv::Mat mask(32, 32, CV_8U, cv::Scalar(255));
    maskops::paintStroke(mask, area, {QPointF(10.5, 10.5)}, 3, false);
    QCOMPARE(count(mask), 32 * 32 - 29);
    QVERIFY(!isSet(mask, area, 10, 10));
    QVERIFY(!isSet(mask, area, 13, 10));
    QVERIFY(isSet(mask, area, 14, 10));

    cv::Mat painted = blank(area);
    maskops::paintStroke(painted, area, {QPointF(4, 4), QPointF(28, 20)}, 2.5, true);
    maskops::paintStroke(painted, area, {QPointF(4, 4), QPointF(28, 20)}, 2.5, false);
    QCOMPARE(count(painted), 0);
  }

  void paintStroke_clipsAtTheBufferEdge() {
    const QRect area(0, 0, 20, 20);
    cv::Mat mask = blank(area);
    maskops::paintStroke(mask, area, {QPointF(1.5, 1.5)}, 5, true);
    QCOMPARE(differing(mask, referenceStroke(area, {QPointF(1.5, 1.5)}, 5)), 0);
    QVERIFY(isSet(mask, area, 0, 0));
    // The r5 disc around pixel (1, 1) keeps the columns and rows from -1 on: 6+7+6+6+6+5+1 of its 81 pixels.
    QCOMPARE(count(mask), 37);
  }

  void paintStroke_outsideOrAcrossTheBuffer() {
    const QRect area(0, 0, 20, 20);
    cv::Mat mask = blank(area);
    maskops::paintStroke(mask, area, {QPointF(-10, -10), QPointF(-3, 40)}, 3, true);
    QCOMPARE(count(mask), 0);
    maskops::paintStroke(mask, area, {QPointF(-50, 10.5), QPointF(70, 10.5)}, 1, true);
    QCOMPARE(count(mask), 3 * 20);  // rows 9..11, the whole width
    const std::vector<QPointF> broken{{5, 5}, {qQNaN(), 5}};
    QCOMPARE(maskops::strokeBounds(broken, 3), QRect());
    maskops::paintStroke(mask, area, broken, 3, true);
    QCOMPARE(count(mask), 3 * 20);
  }

  void paintStroke_areaWithNonZeroOrigin_usesScenePixels() {
    const QRect area(100, 200, 30, 30);
    cv::Mat mask = blank(area);
    maskops::paintStroke(mask, area, {QPointF(110.5, 210.5)}, 3, true);
    QCOMPARE(count(mask), 29);
    QCOMPARE(mask.at<uchar>(10, 10), uchar(255));
    QCOMPARE(setBounds(mask, area), QRect(107, 207, 7, 7));
    QCOMPARE(setBounds(mask, area), maskops::strokeBounds({QPointF(110.5, 210.5)}, 3));

    // The same stroke on two buffers sets the same scene pixels where they overlap.
    const std::vector<QPointF> stroke{{3.3, 60.2}, {20.8, 7.1}, {57.4, 33.9}};
    const QRect big(-16, -8, 96, 96), part(17, 9, 40, 40);
    cv::Mat whole = blank(big), window = blank(part);
    maskops::paintStroke(whole, big, stroke, 4.2, true);
    maskops::paintStroke(window, part, stroke, 4.2, true);
    QVERIFY(count(window) > 0);
    QCOMPARE(differing(window, whole(cv::Rect(part.x() - big.x(), part.y() - big.y(), 40, 40))), 0);
  }

  void paintStroke_staysInsideStrokeBounds() {
    QRandomGenerator rng(7);
    const QRect area(-20, -20, 140, 140);
    for (int i = 0; i < 40; ++i) {
      std::vector<QPointF> stroke;
      const int n = 1 + int(rng.bounded(5));
      for (int k = 0; k < n; ++k) stroke.emplace_back(rng.bounded(100.0), rng.bounded(100.0));
      const double radius = rng.bounded(8.0);
      cv::Mat mask = blank(area);
      maskops::paintStroke(mask, area, stroke, radius, true);
      const QRect bounds = maskops::strokeBounds(stroke, radius);
      QVERIFY(bounds.contains(setBounds(mask, area)));
      QCOMPARE(differing(mask, referenceStroke(area, stroke, radius)), 0);
    }
  }

  // --- polygon -------------------------------------------------------------------------------
  void fillPolygon_coversPixelsWithCentreInside_data() {
    QTest::addColumn<Polyline>("polygon");
    QTest::addColumn<int>("pixels");
    QTest::addColumn<QPoint>("inside");
    QTest::addColumn<QPoint>("outside");
    QTest::newRow("square on pixel corners")
        << Polyline{{10, 10}, {20, 10}, {20, 20}, {10, 20}} << 100 << QPoint(10, 10) << QPoint(20, 19);
    // Centres on the top and left edges are in, on the bottom and right edges out.
    QTest::newRow("square on pixel centres")
        << Polyline{{10.5, 10.5}, {20.5, 10.5}, {20.5, 20.5}, {10.5, 20.5}} << 100 << QPoint(10, 10) << QPoint(20, 20);
    QTest::newRow("square, other orientation")
        << Polyline{{10.5, 10.5}, {10.5, 20.5}, {20.5, 20.5}, {20.5, 10.5}} << 100 << QPoint(19, 19) << QPoint(10, 20);
    // Centres x in [10.2, 15.9): 10.5 .. 15.5; y in [5.7, 9.1): 6.5 .. 8.5.
    QTest::newRow("fractional rectangle")
        << Polyline{{10.2, 5.7}, {15.9, 5.7}, {15.9, 9.1}, {10.2, 9.1}} << 18 << QPoint(15, 8) << QPoint(10, 5);
  }
  void fillPolygon_coversPixelsWithCentreInside() {
    QFETCH(Polyline, polygon);
    QFETCH(int, pixels);
    QFETCH(QPoint, inside);
    QFETCH(QPoint, outside);
    const QRect area(0, 0, 32, 32);
    cv::Mat mask = blank(area);
    maskops::fillPolygon(mask, area, points(polygon), true);
    QCOMPARE(count(mask), pixels);
    QVERIFY(isSet(mask, area, inside.x(), inside.y()));
    QVERIFY(!isSet(mask, area, outside.x(), outside.y()));
    QVERIFY(maskops::polygonBounds(points(polygon)).contains(setBounds(mask, area)));
  }

  void fillPolygon_triangle_matchesWindingReference() {
    const QRect area(-10, 5, 80, 70);
    const Polyline triangle{{-3.3, 8.1}, {66.7, 21.2}, {20.4, 72.9}};
    cv::Mat mask = blank(area);
    maskops::fillPolygon(mask, area, points(triangle), true);
    QVERIFY(count(mask) > 1000);
    QCOMPARE(differing(mask, referencePolygon(area, triangle)), 0);
    QCOMPARE(setBounds(mask, area).united(maskops::polygonBounds(points(triangle))),
             maskops::polygonBounds(points(triangle)));
  }

  void fillPolygon_subtract_clearsInsideOnly() {
    const QRect area(0, 0, 32, 32);
    cv::Mat mask(32, 32, CV_8U, cv::Scalar(255));
    maskops::fillPolygon(mask, area, {{10, 10}, {20, 10}, {20, 20}, {10, 20}}, false);
    QCOMPARE(count(mask), 32 * 32 - 100);
    QVERIFY(!isSet(mask, area, 10, 10));
    QVERIFY(!isSet(mask, area, 19, 19));
    QVERIFY(isSet(mask, area, 9, 10));
    QVERIFY(isSet(mask, area, 20, 19));
  }

  void fillPolygon_sharedEdge_coversEachPixelOnce() {
    // 21 x 21 centres (10.5 .. 30.5) are inside the square, and both diagonals run through centres.
    const QPointF a(10.3, 10.3), b(30.7, 10.3), c(30.7, 30.7), d(10.3, 30.7);
    const QRect area(0, 0, 40, 40);
    for (const auto& halves :
         {std::pair<Polyline, Polyline>{{a, b, c}, {a, c, d}}, std::pair<Polyline, Polyline>{{a, b, d}, {b, c, d}}}) {
      cv::Mat first = blank(area), second = blank(area), square = blank(area);
      maskops::fillPolygon(first, area, points(halves.first), true);
      maskops::fillPolygon(second, area, points(halves.second), true);
      maskops::fillPolygon(square, area, {a, b, c, d}, true);
      QCOMPARE(count(square), 21 * 21);
      QCOMPARE(count(first & second), 0);
      QCOMPARE(differing(first | second, square), 0);
    }
  }

  void fillPolygon_freehandLasso_matchesDisc() {
    const QRect area(0, 0, 100, 100);
    const QPointF centre(50.3, 49.6);
    const double radius = 20.2;
    cv::Mat lasso = blank(area);
    maskops::fillPolygon(lasso, area, points(circle(centre, radius, 720)), true);
    cv::Mat disc = blank(area);
    maskops::paintStroke(disc, area, {centre}, radius, true);
    // The 720-gon lies within 0.0002 pixels of the circle: a centre or two may fall between.
    QVERIFY2(differing(lasso, disc) <= 2, qPrintable(QString::number(differing(lasso, disc))));
    QVERIFY(std::abs(count(lasso) - M_PI * radius * radius) < 0.01 * count(lasso));
    QVERIFY(isSet(lasso, area, 50, 49));
    QVERIFY(!isSet(lasso, area, 50, 70));
  }

  void fillPolygon_degenerate_isNoOp_data() {
    QTest::addColumn<Polyline>("polygon");
    QTest::newRow("empty") << Polyline{};
    QTest::newRow("one vertex") << Polyline{{10.5, 10.5}};
    QTest::newRow("two vertices") << Polyline{{2, 2}, {20, 20}};
    QTest::newRow("collinear") << Polyline{{2, 2}, {10, 10}, {20, 20}};
    QTest::newRow("one point three times") << Polyline{{5.5, 5.5}, {5.5, 5.5}, {5.5, 5.5}};
  }
  void fillPolygon_degenerate_isNoOp() {
    QFETCH(Polyline, polygon);
    const QRect area(0, 0, 32, 32);
    cv::Mat mask = blank(area);
    maskops::fillPolygon(mask, area, points(polygon), true);
    QCOMPARE(count(mask), 0);
    if (polygon.size() < 3) QCOMPARE(maskops::polygonBounds(points(polygon)), QRect());
  }

  void fillPolygon_selfIntersecting_usesNonZeroWinding() {
    const QRect area(0, 0, 40, 40);
    // The same square traced twice: even-odd would leave it empty.
    cv::Mat twice = blank(area);
    maskops::fillPolygon(twice, area, {{10, 10}, {20, 10}, {20, 20}, {10, 20}, {10, 10}, {20, 10}, {20, 20}, {10, 20}},
                         true);
    QCOMPARE(count(twice), 100);
    // A figure eight: both lobes are filled, above and below the crossing is not.
    const Polyline bowtie{{10, 10}, {30, 30}, {30, 10}, {10, 30}};
    cv::Mat eight = blank(area);
    maskops::fillPolygon(eight, area, points(bowtie), true);
    QVERIFY(isSet(eight, area, 12, 20));
    QVERIFY(isSet(eight, area, 27, 20));
    QVERIFY(!isSet(eight, area, 20, 12));
    QVERIFY(!isSet(eight, area, 20, 27));
    QCOMPARE(differing(eight, referencePolygon(area, bowtie)), 0);
  }

  // --- magic wand ----------------------------------------------------------------------------
  void magicWand_selectsWithinToleranceOfTheSeed_data() {
    QTest::addColumn<QString>("image");
    QTest::addColumn<QPoint>("seed");
    QTest::addColumn<int>("tolerance");
    QTest::addColumn<int>("pixels");
    // "blocks": 60 x 30, red (200, 40, 40) left of x = 30 with a 2 x 2 patch of (205, 40, 40),
    // blue (40, 40, 200) right of it. "gradient": 60 x 10, grey 100 + x, RGB or one channel.
    QTest::newRow("red, exact") << "blocks" << QPoint(5, 5) << 0 << 900 - 4;
    QTest::newRow("red, tolerance 5 takes the patch") << "blocks" << QPoint(5, 5) << 5 << 900;
    QTest::newRow("blue, exact") << "blocks" << QPoint(45, 5) << 0 << 900;
    QTest::newRow("red, below the blue distance") << "blocks" << QPoint(5, 5) << 159 << 900;
    QTest::newRow("red, at the blue distance") << "blocks" << QPoint(5, 5) << 160 << 1800;
    QTest::newRow("gradient, exact") << "gradient" << QPoint(30, 5) << 0 << 10;
    // Fixed range: neighbours differ by 1 all the way, but only 129..131 are within 1 of 130.
    QTest::newRow("gradient, tolerance 1") << "gradient" << QPoint(30, 5) << 1 << 30;
    QTest::newRow("gradient, tolerance 10") << "gradient" << QPoint(30, 5) << 10 << 210;
    QTest::newRow("grey gradient, tolerance 10") << "grey" << QPoint(30, 5) << 10 << 210;
    QTest::newRow("gradient, tolerance 255") << "gradient" << QPoint(30, 5) << 255 << 600;
  }
  void magicWand_selectsWithinToleranceOfTheSeed() {
    QFETCH(QString, image);
    QFETCH(QPoint, seed);
    QFETCH(int, tolerance);
    QFETCH(int, pixels);
    cv::Mat pic;
    if (image == "blocks") {
      pic = cv::Mat(30, 60, CV_8UC3, cv::Scalar(200, 40, 40));
      pic(cv::Rect(30, 0, 30, 30)).setTo(cv::Scalar(40, 40, 200));
      pic(cv::Rect(12, 20, 2, 2)).setTo(cv::Scalar(205, 40, 40));
    } else {
      pic = cv::Mat(10, 60, image == "grey" ? CV_8UC1 : CV_8UC3);
      for (int x = 0; x < 60; ++x) pic.col(x).setTo(cv::Scalar::all(100 + x));
    }
    const QRect area(0, 0, pic.cols, pic.rows);
    const cv::Mat before = pic.clone();
    const cv::Mat region = maskops::magicWand(pic, area, seed, tolerance);
    QCOMPARE(region.type(), CV_8UC1);
    QCOMPARE(region.rows, pic.rows);
    QCOMPARE(region.cols, pic.cols);
    QCOMPARE(count(region), pixels);
    QVERIFY(isSet(region, area, seed.x(), seed.y()));
    QCOMPARE(count(region == 255), pixels);
    QCOMPARE(cv::norm(before, pic, cv::NORM_INF), 0.0);  // the image is left alone
    if (image != "blocks" && tolerance == 10) {
      QVERIFY(isSet(region, area, 20, 0));
      QVERIFY(!isSet(region, area, 19, 0));
      QVERIFY(isSet(region, area, 40, 9));
      QVERIFY(!isSet(region, area, 41, 9));
    }
  }

  void magicWand_doesNotLeakThroughDiagonalGaps() {
    // A one-pixel diagonal line of white splits black into two triangles that touch only at corners.
    cv::Mat pic(20, 20, CV_8UC3, cv::Scalar::all(0));
    for (int i = 0; i < 20; ++i) pic.at<cv::Vec3b>(i, i) = cv::Vec3b(255, 255, 255);
    const QRect area(0, 0, 20, 20);
    const cv::Mat region = maskops::magicWand(pic, area, QPoint(15, 2), 0);
    QCOMPARE(count(region), 190);
    QVERIFY(!isSet(region, area, 2, 15));
  }

  void magicWand_seedOutside_returnsEmpty() {
    cv::Mat pic(20, 20, CV_8UC3, cv::Scalar(10, 20, 30));
    pic(cv::Rect(3, 4, 2, 3)).setTo(cv::Scalar(90, 90, 90));
    const QRect area(100, 100, 20, 20);
    for (const QPoint seed : {QPoint(5, 5), QPoint(120, 100), QPoint(99, 110), QPoint(110, 120)}) {
      const cv::Mat region = maskops::magicWand(pic, area, seed, 50);
      QCOMPARE(region.rows, 20);
      QCOMPARE(region.cols, 20);
      QCOMPARE(count(region), 0);
    }
    // Inside, the seed is a scene pixel: (103, 104) is buffer pixel (3, 4), in the patch.
    const cv::Mat patch = maskops::magicWand(pic, area, QPoint(103, 104), 0);
    QCOMPARE(count(patch), 6);
    QVERIFY(isSet(patch, area, 104, 106));
    QCOMPARE(count(maskops::magicWand(pic, area, QPoint(119, 119), 0)), 400 - 6);
  }

  // --- clean-up ------------------------------------------------------------------------------
  void fillHoles_ringBecomesDisc() {
    const QRect area(0, 0, 64, 64);
    cv::Mat ring = blank(area), disc = blank(area);
    maskops::paintStroke(ring, area, {QPointF(32.5, 32.5)}, 10, true);
    maskops::paintStroke(ring, area, {QPointF(32.5, 32.5)}, 5, false);
    maskops::paintStroke(disc, area, {QPointF(32.5, 32.5)}, 10, true);
    QCOMPARE(count(ring), count(disc) - 81);  // the r5 hole holds 81 centres
    maskops::fillHoles(ring);
    QCOMPARE(differing(ring, disc), 0);
  }

  void fillHoles_holeTouchingTheBorderStays() {
    cv::Mat mask(30, 30, CV_8U, cv::Scalar(255));
    mask(cv::Rect(0, 10, 5, 5)).setTo(0);   // open to the left edge
    mask(cv::Rect(12, 12, 4, 3)).setTo(0);  // enclosed
    maskops::fillHoles(mask);
    QCOMPARE(count(mask), 900 - 25);
    QCOMPARE(mask.at<uchar>(12, 2), uchar(0));
    QCOMPARE(mask.at<uchar>(13, 13), uchar(255));
  }

  void fillHoles_diagonalOutlineEncloses() {
    // A diamond outline |dx| + |dy| = 5 is only 8-connected, yet it closes: background is 4-connected.
    cv::Mat mask(21, 21, CV_8U, cv::Scalar(0));
    for (int y = 0; y < 21; ++y)
      for (int x = 0; x < 21; ++x)
        if (std::abs(x - 10) + std::abs(y - 10) == 5) mask.at<uchar>(y, x) = 255;
    QCOMPARE(count(mask), 20);
    maskops::fillHoles(mask);
    QCOMPARE(count(mask), 2 * 5 * 5 + 2 * 5 + 1);
    QCOMPARE(mask.at<uchar>(10, 10), uchar(255));
    QCOMPARE(mask.at<uchar>(0, 0), uchar(0));
  }

  void removeSmallRegions_dropsRegionsBelowTheSize_data() {
    QTest::addColumn<int>("minPixels");
    QTest::addColumn<int>("pixels");
    // Regions of 1, 2 (a diagonal pair: one 8-connected region), 4, 9 and 25 pixels.
    QTest::newRow("0 keeps all") << 0 << 41;
    QTest::newRow("2 drops the single pixel") << 2 << 40;
    QTest::newRow("3 drops the diagonal pair") << 3 << 38;
    QTest::newRow("9 keeps the 3 x 3") << 9 << 34;
    QTest::newRow("10") << 10 << 25;
    QTest::newRow("26 drops everything") << 26 << 0;
  }
  void removeSmallRegions_dropsRegionsBelowTheSize() {
    QFETCH(int, minPixels);
    QFETCH(int, pixels);
    cv::Mat mask(40, 40, CV_8U, cv::Scalar(0));
    mask.at<uchar>(1, 1) = 255;
    mask.at<uchar>(5, 5) = 255;
    mask.at<uchar>(6, 6) = 255;
    mask(cv::Rect(10, 2, 2, 2)).setTo(255);
    mask(cv::Rect(20, 2, 3, 3)).setTo(255);
    mask(cv::Rect(5, 20, 5, 5)).setTo(255);
    maskops::removeSmallRegions(mask, minPixels);
    QCOMPARE(count(mask), pixels);
    QCOMPARE(mask.at<uchar>(22, 7) != 0, pixels > 0);
  }

  void grow_extendsTheRadiusAlongTheAxes_data() {
    QTest::addColumn<int>("n");
    QTest::newRow("1") << 1;
    QTest::newRow("2") << 2;
    QTest::newRow("5") << 5;
  }
  void grow_extendsTheRadiusAlongTheAxes() {
    QFETCH(int, n);
    const QRect area(0, 0, 64, 64);
    cv::Mat mask = blank(area);
    maskops::paintStroke(mask, area, {QPointF(32.5, 32.5)}, 8, true);
    QCOMPARE(rowExtent(mask, area, 32), qMakePair(24, 40));
    const int before = count(mask);
    maskops::grow(mask, n);
    QCOMPARE(rowExtent(mask, area, 32), qMakePair(24 - n, 40 + n));
    QCOMPARE(rowExtent(mask.t(), area, 32), qMakePair(24 - n, 40 + n));
    QCOMPARE(rowExtent(mask, area, 32 - 8 - n), qMakePair(32, 32));  // the new top is one pixel
    QVERIFY(count(mask) > before);
  }

  void grow_singlePixel_becomesTheBrushDot_data() { grow_extendsTheRadiusAlongTheAxes_data(); }
  void grow_singlePixel_becomesTheBrushDot() {
    QFETCH(int, n);
    const QRect area(0, 0, 32, 32);
    cv::Mat mask = blank(area), dot = blank(area);
    mask.at<uchar>(10, 12) = 255;
    maskops::grow(mask, n);
    maskops::paintStroke(dot, area, {QPointF(12.5, 10.5)}, n, true);
    QCOMPARE(differing(mask, dot), 0);
  }

  void shrink_pullsEdgesInByN_data() { grow_extendsTheRadiusAlongTheAxes_data(); }
  void shrink_pullsEdgesInByN() {
    QFETCH(int, n);
    const QRect area(0, 0, 64, 64);
    cv::Mat square = blank(area);
    square(cv::Rect(10, 10, 30, 30)).setTo(255);
    maskops::shrink(square, n);
    QCOMPARE(count(square), (30 - 2 * n) * (30 - 2 * n));
    QVERIFY(isSet(square, area, 10 + n, 10 + n));
    QVERIFY(!isSet(square, area, 9 + n, 20));

    cv::Mat disc = blank(area);
    maskops::paintStroke(disc, area, {QPointF(32.5, 32.5)}, 8, true);
    maskops::shrink(disc, n);
    QCOMPARE(rowExtent(disc, area, 32), qMakePair(24 + n, 40 - n));
  }

  void shrink_treatsOutsideAsBackground() {
    cv::Mat mask(20, 20, CV_8U, cv::Scalar(255));
    maskops::shrink(mask, 2);
    QCOMPARE(count(mask), 16 * 16);
    QCOMPARE(mask.at<uchar>(10, 1), uchar(0));
    QCOMPARE(mask.at<uchar>(10, 2), uchar(255));
  }

  void growShrink_zero_leavesTheMask() {
    cv::Mat mask(20, 20, CV_8U, cv::Scalar(0));
    mask(cv::Rect(5, 5, 3, 3)).setTo(255);
    maskops::grow(mask, 0);
    maskops::shrink(mask, 0);
    maskops::shrink(mask, -3);
    QCOMPARE(count(mask), 9);
    maskops::grow(mask, 1000);  // far past the buffer: everything
    QCOMPARE(count(mask), 400);
  }

  void keepLargest_keepsOnlyTheLargestRegion() {
    cv::Mat mask(40, 40, CV_8U, cv::Scalar(0));
    mask(cv::Rect(1, 1, 2, 5)).setTo(255);    // 10
    mask(cv::Rect(10, 10, 5, 6)).setTo(255);  // 30
    mask(cv::Rect(25, 25, 4, 5)).setTo(255);  // 20, plus a diagonal neighbour: 21
    mask.at<uchar>(30, 29) = 255;
    mask(cv::Rect(30, 0, 5, 5)).setTo(255);  // 25
    maskops::keepLargest(mask);
    QCOMPARE(count(mask), 30);
    QCOMPARE(mask.at<uchar>(12, 12), uchar(255));
    QCOMPARE(mask.at<uchar>(2, 2), uchar(0));
    QCOMPARE(mask.at<uchar>(30, 29), uchar(0));
  }

  void keepLargest_tie_keepsTheFirstInRasterOrder_data() {
    QTest::addColumn<QPoint>("firstCorner");
    QTest::addColumn<QPoint>("secondCorner");
    // The raster-first region starts on row 0 at the right; the other on row 1 at the far left.
    QTest::newRow("right starts higher") << QPoint(10, 0) << QPoint(0, 1);
    QTest::newRow("left starts higher") << QPoint(0, 0) << QPoint(10, 1);
  }
  void keepLargest_tie_keepsTheFirstInRasterOrder() {
    QFETCH(QPoint, firstCorner);
    QFETCH(QPoint, secondCorner);
    cv::Mat mask(20, 20, CV_8U, cv::Scalar(0));
    mask(cv::Rect(firstCorner.x(), firstCorner.y(), 3, 3)).setTo(255);
    mask(cv::Rect(secondCorner.x(), secondCorner.y(), 3, 3)).setTo(255);
    maskops::keepLargest(mask);
    QCOMPARE(count(mask), 9);
    QCOMPARE(mask.at<uchar>(firstCorner.y() + 1, firstCorner.x() + 1), uchar(255));
    QCOMPARE(mask.at<uchar>(secondCorner.y() + 1, secondCorner.x() + 1), uchar(0));
  }

  void keepLargest_emptyMask_staysEmpty() {
    cv::Mat mask(10, 10, CV_8U, cv::Scalar(0));
    maskops::keepLargest(mask);
    QCOMPARE(count(mask), 0);
  }

  void clear_setsEveryPixelToZero() {
    cv::Mat mask(17, 23, CV_8U, cv::Scalar(0));
    mask(cv::Rect(2, 3, 10, 9)).setTo(255);
    maskops::clear(mask);
    QCOMPARE(count(mask), 0);
    QCOMPARE(mask.rows, 17);
    QCOMPARE(mask.cols, 23);
    QCOMPARE(mask.type(), CV_8UC1);
  }
};

QTEST_GUILESS_MAIN(TestMaskOps)
#include "tst_maskops.moc"
