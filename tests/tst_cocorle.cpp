// COCO run-length masks: hand-derived strings (deltas and negative deltas), random round
// trips, uncompressed counts, polygons, and malformed input.
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "annotation/cocorle.h"

using namespace rrsis;

class TestCocoRle : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void encode_isColumnMajor_startingWithBackground() {
    cv::Mat m = (cv::Mat_<uchar>(2, 2) << 0, 255, 255, 255);  // rows: [0 1], [1 1]
    const CocoRle rle = encodeRle(m);
    QCOMPARE(rle.counts, (std::vector<std::int64_t>{1, 3}));
    QCOMPARE(rleToString(rle), QByteArray("13"));
  }

  void strings_handDerived_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<qint64>>("counts");
    QTest::newRow("plain") << QByteArray("13") << QList<qint64>{1, 3};
    QTest::newRow("delta from two before") << QByteArray("2342") << QList<qint64>{2, 3, 4, 5};
    QTest::newRow("zero delta, count 10") << QByteArray(":120") << QList<qint64>{10, 1, 2, 1};
    QTest::newRow("negative delta") << QByteArray("152L") << QList<qint64>{1, 5, 2, 1};
    QTest::newRow("two groups") << QByteArray("b1")
                                << QList<qint64>{50};  // 50 = 18 + 1 * 32: "b" carries 18 and the continuation bit
  }
  void strings_handDerived() {
    QFETCH(QByteArray, text);
    QFETCH(QList<qint64>, counts);
    std::int64_t total = 0;
    for (qint64 c : counts) total += c;
    auto rle = rleFromString(text, 1, int(total));
    QVERIFY2(rle.ok(), qPrintable(rle.error()));
    QCOMPARE(rle->counts, std::vector<std::int64_t>(counts.begin(), counts.end()));
    QCOMPARE(rleToString(*rle), text);
  }

  void randomMasks_roundTrip() {
    QRandomGenerator rng(3);
    for (int i = 0; i < 50; ++i) {
      const int h = 1 + int(rng.bounded(40)), w = 1 + int(rng.bounded(40));
      cv::Mat m(h, w, CV_8U);
      for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) m.at<uchar>(y, x) = (rng.bounded(5) == 0) ? 255 : 0;
      auto back = rleFromString(rleToString(encodeRle(m)), h, w);
      QVERIFY(back.ok());
      auto decoded = decodeRle(*back);
      QVERIFY(decoded.ok());
      QCOMPARE(cv::countNonZero(*decoded != m), 0);
    }
  }

  void segmentation_rleDictsAndPolygons() {
    const QJsonObject rle{{"size", QJsonArray{2, 2}}, {"counts", "13"}};
    auto m = decodeSegmentation(rle, 2, 2);
    QVERIFY(m.ok());
    QCOMPARE(int(m->at<uchar>(0, 0)), 0);
    QCOMPARE(cv::countNonZero(*m), 3);
    const QJsonObject raw{{"size", QJsonArray{2, 2}}, {"counts", QJsonArray{1, 3}}};
    QVERIFY(decodeSegmentation(raw, 2, 2).ok());
    auto poly = decodeSegmentation(QJsonArray{QJsonValue(QJsonArray{2, 2, 7, 2, 7, 7, 2, 7})}, 10, 10);
    QVERIFY(poly.ok());
    QCOMPARE(cv::countNonZero(*poly), 36);         // a filled 6 x 6 square, edges included
    QVERIFY(!decodeSegmentation(rle, 4, 4).ok());  // size mismatch with the image
  }

  void malformed_isAnError_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("counts do not add up") << QByteArray("13") << "cover 4 pixels";
    QTest::newRow("bad character") << QByteArray("1\x01") << "invalid character";
    QTest::newRow("ends mid-number") << QByteArray("1P") << "truncated";
    QTest::newRow("negative count") << QByteArray("1L") << "not valid";
    // Found by fuzz/fuzz_cocorle: a thirteenth 5-bit group shifted into the sign bit (undefined).
    QTest::newRow("thirteen groups") << QByteArray("0gggggggggggg0J") << "not valid";
  }
  void malformed_isAnError() {
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    auto rle = rleFromString(text, 3, 3);
    QString error = rle ? QString() : rle.error();
    if (rle) {
      auto m = decodeRle(*rle);
      QVERIFY(!m.ok());
      error = m.error();
    }
    QVERIFY2(error.contains(expected), qPrintable(error));
  }
  void crops_equalTheWholeMaskDecoding_data() {
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 20; ++seed) QTest::newRow(qPrintable(QString::number(seed))) << seed;
  }
  void crops_equalTheWholeMaskDecoding() {
    QFETCH(int, seed);
    QRandomGenerator random{quint32(seed)};
    const int h = 5 + random.bounded(40), w = 5 + random.bounded(40);
    cv::Mat mask(h, w, CV_8U, cv::Scalar(0));
    const int x = random.bounded(w), y = random.bounded(h);  // a block, often running over column ends
    mask(cv::Rect(x, y, 1 + random.bounded(w - x), 1 + random.bounded(h - y))).setTo(255);
    if (seed % 3 == 0) mask.at<uchar>(h - 1, w - 1) = 255;  // the last pixel of the image
    const QJsonObject rle{{"size", QJsonArray{h, w}}, {"counts", QString::fromLatin1(rleToString(encodeRle(mask)))}};
    auto crop = decodeSegmentationCrop(rle, h, w);
    QVERIFY2(crop, qPrintable(crop.error()));
    const cv::Rect b = cv::boundingRect(mask);
    QCOMPARE(crop->box, QRect(b.x, b.y, b.width, b.height));
    QCOMPARE(cv::norm(crop->crop, mask(b), cv::NORM_INF), 0.0);
  }

  void crops_ofPolygonsAreClippedToTheImage_andBadCountsRefused() {
    const QJsonArray outside{QJsonValue(QJsonArray{-50, -50, 20, -50, 20, 10, -50, 10})};
    auto crop = decodeSegmentationCrop(outside, 30, 40);
    QVERIFY2(crop, qPrintable(crop.error()));
    QCOMPARE(crop->box, QRect(0, 0, 21, 11));  // the part inside, edge pixels included
    QCOMPARE(cv::countNonZero(crop->crop), 21 * 11);
    const QJsonObject tooMany{{"size", QJsonArray{3, 3}}, {"counts", QJsonArray{2, 9}}};
    QVERIFY(!decodeSegmentationCrop(tooMany, 3, 3));
    const QJsonObject negative{{"size", QJsonArray{3, 3}}, {"counts", QJsonArray{12, -3}}};
    QVERIFY(!decodeSegmentationCrop(negative, 3, 3));
    const QJsonObject otherSize{{"size", QJsonArray{4, 3}}, {"counts", QJsonArray{12}}};
    QVERIFY(decodeSegmentationCrop(otherSize, 3, 3).error().contains("but its image is"));
  }
};

QTEST_GUILESS_MAIN(TestCocoRle)
#include "tst_cocorle.moc"
