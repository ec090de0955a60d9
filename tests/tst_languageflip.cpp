// Flipping an image flips the spatial words of its expression, or the flip is skipped.
#include <QtTest>

#include "train/languageflip.h"

using namespace rrsis;

class TestLanguageFlip : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void rewrite_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("flip");
    QTest::addColumn<QString>("expected");
    const int h = int(Flip::Horizontal), v = int(Flip::Vertical);
    QTest::newRow("left") << "the red car on the left" << h << "the red car on the right";
    QTest::newRow("right and left") << "the car right of the building on the left" << h
                                    << "the car left of the building on the right";
    QTest::newRow("leftmost") << "the leftmost truck" << h << "the rightmost truck";
    QTest::newRow("east west") << "the road along the east side, west of the river" << h
                               << "the road along the west side, east of the river";
    QTest::newRow("left-hand") << "the left-hand lane" << h << "the right-hand lane";
    QTest::newRow("northeast, horizontal") << "the northeast corner" << h << "the northwest corner";
    QTest::newRow("northeast, vertical") << "the northeast corner" << v << "the southeast corner";
    QTest::newRow("top bottom") << "the building at the top, above the road" << v
                                << "the building at the bottom, below the road";
    QTest::newRow("upper lower") << "the upper lot and the lower one" << v << "the lower lot and the upper one";
    QTest::newRow("north south") << "trees north of the pond" << v << "trees south of the pond";
    QTest::newRow("vertical keeps left") << "the car on the left" << v << "the car on the left";
    QTest::newRow("horizontal keeps top") << "the car at the top" << h << "the car at the top";
    QTest::newRow("case") << "Left of the TOP building" << v << "Left of the BOTTOM building";
    QTest::newRow("capital") << "Left lane" << h << "Right lane";
    QTest::newRow("words containing left") << "the leftover cleft bright lot" << h << "the leftover cleft bright lot";
    QTest::newRow("no spatial words") << "all buildings" << h << "all buildings";
    QTest::newRow("punctuation and CJK kept") << "左边 the car (left)!" << h << "左边 the car (right)!";
  }
  void rewrite() {
    QFETCH(QString, text);
    QFETCH(int, flip);
    QFETCH(QString, expected);
    const auto out = rewriteForFlip(text, Flip(flip));
    QVERIFY(out.has_value());
    QCOMPARE(*out, expected);
    // Flipping twice gives the expression back.
    QCOMPARE(*rewriteForFlip(*out, Flip(flip)), text);
  }

  void unrewritableWords_skipTheFlip() {
    QVERIFY(!rewriteForFlip("the car turning clockwise on the left", Flip::Horizontal).has_value());
    QVERIFY(!rewriteForFlip("the counter-clockwise lane", Flip::Vertical).has_value());
  }
};

QTEST_GUILESS_MAIN(TestLanguageFlip)
#include "tst_languageflip.moc"
