// The field's metrics against values computed by hand: per-sample I, U, IoU, oIoU, mIoU,
// Prec@X with ">=", empty unions, per-category figures, and the LAVT protocol's resizing.
#include <QJsonObject>
#include <QtTest>
#include <opencv2/core.hpp>

#include "eval/metrics.h"

using namespace rrsis;

namespace {

cv::Mat mask(int w, int h, std::initializer_list<std::pair<int, int>> on) {
  cv::Mat m(h, w, CV_8U, cv::Scalar(0));
  for (const auto& [x, y] : on) m.at<uchar>(y, x) = 255;
  return m;
}

}  // namespace

class TestMetrics : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void native_handComputedSamples() {
    MetricAccumulator acc(EvalProtocol::Native);
    // A: prediction = top-left 2x2, truth = top row: I 2, U 6.
    const auto& a =
        acc.add("A", "car", mask(4, 4, {{0, 0}, {1, 0}, {0, 1}, {1, 1}}), mask(4, 4, {{0, 0}, {1, 0}, {2, 0}, {3, 0}}));
    QCOMPARE(a.intersection, std::int64_t(2));
    QCOMPARE(a.unionArea, std::int64_t(6));
    QCOMPARE(a.iou, 1.0 / 3.0);
    // B: both empty: the union is empty, IoU 0 (LAVT's convention).
    const auto& b = acc.add("B", "car", mask(4, 4, {}), mask(4, 4, {}));
    QCOMPARE(b.unionArea, std::int64_t(0));
    QCOMPARE(b.iou, 0.0);
    // C: perfect, 3 pixels.
    acc.add("C", "road", mask(4, 4, {{3, 3}, {2, 3}, {1, 3}}), mask(4, 4, {{3, 3}, {2, 3}, {1, 3}}));
    // D: truth is half of the prediction: IoU exactly 0.5.
    const auto& d = acc.add("D", "road", mask(4, 4, {{0, 2}, {1, 2}, {2, 2}, {3, 2}}), mask(4, 4, {{0, 2}, {1, 2}}));
    QCOMPARE(d.iou, 0.5);

    const MetricSummary s = acc.summary();
    QCOMPARE(s.samples, 4);
    QVERIFY(qAbs(s.meanIoU - 100.0 * (1.0 / 3 + 0 + 1 + 0.5) / 4) < 1e-9);  // 45.833
    QVERIFY(qAbs(s.overallIoU - 100.0 * 7 / 13) < 1e-9);                    // 53.846
    QCOMPARE(s.precision[0], 50.0);                                         // C and D: 0.5 counts at Prec@0.5 (>=)
    for (int i = 1; i < 5; ++i) QCOMPARE(s.precision[size_t(i)], 25.0);

    const auto cats = acc.perCategory();
    QCOMPARE(int(cats.size()), 2);
    QVERIFY(qAbs(cats.at("car").meanIoU - 100.0 / 6) < 1e-9);
    QVERIFY(qAbs(cats.at("car").overallIoU - 100.0 / 3) < 1e-9);
    QCOMPARE(cats.at("road").meanIoU, 75.0);
    QVERIFY(qAbs(cats.at("road").overallIoU - 100.0 * 5 / 7) < 1e-9);

    // The same scores re-summarised with B (both empty) counted as 1, as the trainer records.
    const MetricSummary one = acc.summaryCountingEmptyUnionAs(1.0);
    QVERIFY(qAbs(one.meanIoU - 100.0 * (1.0 / 3 + 1 + 1 + 0.5) / 4) < 1e-9);
    QCOMPARE(one.overallIoU, s.overallIoU);
    QCOMPARE(one.precision[0], 75.0);
    QCOMPARE(acc.summary().meanIoU, s.meanIoU);  // the accumulator itself is unchanged

    // What toJson writes, fromJson reads back.
    const MetricSummary back = MetricSummary::fromJson(s.toJson());
    QCOMPARE(back.samples, 4);
    QCOMPARE(back.overallIoU, s.overallIoU);
    QCOMPARE(back.meanIoU, s.meanIoU);
    for (size_t i = 0; i < 5; ++i) QCOMPARE(back.precision[i], s.precision[i]);
  }

  void emptyUnion_countsAsOneWhenAsked() {
    // The samples of native_handComputedSamples, with B (both empty) scored 1 instead of 0.
    MetricAccumulator acc(EvalProtocol::Native);
    acc.setEmptyUnionIoU(1.0);
    acc.add("A", "car", mask(4, 4, {{0, 0}, {1, 0}, {0, 1}, {1, 1}}), mask(4, 4, {{0, 0}, {1, 0}, {2, 0}, {3, 0}}));
    QCOMPARE(acc.add("B", "car", mask(4, 4, {}), mask(4, 4, {})).iou, 1.0);
    acc.add("C", "road", mask(4, 4, {{3, 3}, {2, 3}, {1, 3}}), mask(4, 4, {{3, 3}, {2, 3}, {1, 3}}));
    acc.add("D", "road", mask(4, 4, {{0, 2}, {1, 2}, {2, 2}, {3, 2}}), mask(4, 4, {{0, 2}, {1, 2}}));
    const MetricSummary s = acc.summary();
    QVERIFY(qAbs(s.meanIoU - 100.0 * (1.0 / 3 + 1 + 1 + 0.5) / 4) < 1e-9);  // 70.833
    QVERIFY(qAbs(s.overallIoU - 100.0 * 7 / 13) < 1e-9);                    // unchanged
    QCOMPARE(s.precision[0], 75.0);
    QCOMPARE(s.precision[4], 50.0);
    QCOMPARE(acc.toJson().value("empty_union_iou").toDouble(), 1.0);
    // An empty truth with a non-empty prediction is still 0.
    QCOMPARE(acc.score(mask(4, 4, {{1, 1}}), mask(4, 4, {})).iou, 0.0);
  }

  void emptyPrediction_scoresZeroWithTheTruthAsUnion() {
    MetricAccumulator acc(EvalProtocol::Native);
    const SampleScore s = acc.score(mask(5, 5, {}), mask(5, 5, {{1, 1}, {2, 2}}));
    QCOMPARE(s.intersection, std::int64_t(0));
    QCOMPARE(s.unionArea, std::int64_t(2));
    QCOMPARE(s.iou, 0.0);
  }

  void lavt_comparesAt480_withTruthResizedByPixelCentres() {
    MetricAccumulator acc(EvalProtocol::Lavt);
    // An 8x8 truth with a 4x4 square at (2, 2) covers [120, 360) at 480.
    cv::Mat truth(8, 8, CV_8U, cv::Scalar(0));
    truth(cv::Rect(2, 2, 4, 4)).setTo(255);
    cv::Mat prediction(480, 480, CV_8U, cv::Scalar(0));
    prediction(cv::Rect(120, 120, 240, 240)).setTo(1);
    const SampleScore s = acc.score(prediction, truth);
    QCOMPARE(s.intersection, std::int64_t(240 * 240));
    QCOMPARE(s.unionArea, std::int64_t(240 * 240));
    // 800 -> 480 samples source column floor((x + 0.5) * 5 / 3): column 1 is never picked
    // (PIL's nearest), column 2 is picked once, by x = 1. Plain floor(x * 5 / 3) would pick 1.
    cv::Mat column1(800, 800, CV_8U, cv::Scalar(0)), column2 = column1.clone();
    column1.col(1).setTo(255);
    column2.col(2).setTo(255);
    const cv::Mat none(480, 480, CV_8U, cv::Scalar(0));
    QCOMPARE(acc.score(none, column1).unionArea, std::int64_t(0));
    QCOMPARE(acc.score(none, column2).unionArea, std::int64_t(480));
    cv::Mat hit = none.clone();
    hit.col(1).setTo(255);
    QCOMPARE(acc.score(hit, column2).iou, 1.0);
  }

  void json_holdsTheReportedKeysInPercent() {
    MetricAccumulator acc(EvalProtocol::Lavt);
    acc.add("1", "building", mask(4, 4, {{0, 0}}), mask(4, 4, {{0, 0}}));
    acc.add("2", "", mask(4, 4, {}), mask(4, 4, {{3, 3}}));
    const QJsonObject o = acc.toJson();
    QCOMPARE(o["protocol"].toString(), QString("lavt"));
    QCOMPARE(o["empty_union_iou"].toDouble(-1), 0.0);
    QCOMPARE(o["samples"].toInt(), 2);
    QCOMPARE(o["mIoU"].toDouble(), 50.0);
    for (const char* k : {"oIoU", "prec@0.5", "prec@0.6", "prec@0.7", "prec@0.8", "prec@0.9"})
      QVERIFY2(o.contains(k), k);
    QCOMPARE(o["prec@0.9"].toDouble(), 50.0);
    QCOMPARE(o["per_category"].toObject()["building"].toObject()["mIoU"].toDouble(), 100.0);
    QCOMPARE(o["per_category"].toObject()[""].toObject()["samples"].toInt(), 1);
  }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
