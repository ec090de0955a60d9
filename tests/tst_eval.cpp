// Evaluating a model on a RefSegRS-layout dataset, in core and through `rrsis eval`: the
// fixed-rule test model (red pixels) on chips whose masks are their red squares.
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/core.hpp>

#include "dataset/refsegrs.h"
#include "eval/evaluator.h"
#include "engine/nativesegmenter.h"
#include "testmodels.h"

using namespace rrsis;

namespace {

/** A 64x64 green chip with a red square at (x, y), and that square as its mask. */
std::pair<cv::Mat, cv::Mat> redSquare(int x, int y, int size) {
  cv::Mat rgb(64, 64, CV_8UC3, cv::Scalar(30, 200, 40));
  cv::Mat mask(64, 64, CV_8U, cv::Scalar(0));
  rgb(cv::Rect(x, y, size, size)).setTo(cv::Scalar(220, 20, 30));
  mask(cv::Rect(x, y, size, size)).setTo(255);
  return {rgb, mask};
}

}  // namespace

class TestEval : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString dataset_;
  QString bundle_;

 private Q_SLOTS:
  void initTestCase() {
    dataset_ = dir_.filePath("ds");
    auto w = RefSegRsWriter::open(dataset_);
    QVERIFY(w.ok());
    auto a = redSquare(4, 4, 20), b = redSquare(30, 10, 16), c = redSquare(10, 40, 12);
    QVERIFY(w->append(a.first, a.second, "the red car", "test").ok());
    QVERIFY(w->append(b.first, b.second, "red building on the left", "test").ok());
    QVERIFY(w->append(c.first, c.second, "xyzzy", "test").ok());  // no known word
    QVERIFY(w->append(a.first, a.second, "the red car", "train").ok());
    bundle_ = test::makeTorchScriptBundle(dir_.path(), "colour_logits2.pt");
  }

  void evaluate_scoresEachSample_andWarnsAboutUnreadableExpressions_data() {
    QTest::addColumn<int>("protocol");
    QTest::newRow("lavt") << int(EvalProtocol::Lavt);
    QTest::newRow("native") << int(EvalProtocol::Native);
  }
  void evaluate_scoresEachSample_andWarnsAboutUnreadableExpressions() {
    QFETCH(int, protocol);
    auto s = loadSegmenter(bundle_, test::cpuOptions());
    QVERIFY(s.ok());
    auto samples = RefSegRsDataset::open(dataset_)->split("test");
    QVERIFY(samples.ok());
    int calls = 0;
    auto report = evaluate(**s, *samples, EvalProtocol(protocol), [&](int, int total) {
      ++calls;
      return total == 3;
    });
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(calls, 4);
    const auto& scores = report->metrics.samples();
    QCOMPARE(int(scores.size()), 3);
    QCOMPARE(scores[0].iou, 1.0);  // the rule finds every red pixel, and only those
    QCOMPARE(scores[1].iou, 1.0);
    QCOMPARE(scores[2].iou, 0.0);  // scored as an empty prediction
    QCOMPARE(report->warnings.size(), 1);
    QVERIFY(report->warnings.front().contains("knows none of the words"));
    const MetricSummary m = report->metrics.summary();
    QVERIFY(qAbs(m.meanIoU - 200.0 / 3) < 1e-9);
    QVERIFY(qAbs(m.overallIoU - 100.0 * (400 + 256) / (400 + 256 + 144)) < 1e-9);
    QCOMPARE(report->metrics.perCategory().at("car").meanIoU, 100.0);
  }

  void evaluate_cancel_andEmptyInput_areErrors() {
    auto s = loadSegmenter(bundle_, test::cpuOptions());
    auto samples = RefSegRsDataset::open(dataset_)->split("test");
    QVERIFY(!evaluate(**s, {}, EvalProtocol::Lavt).ok());
    auto cancelled = evaluate(**s, *samples, EvalProtocol::Lavt, [](int done, int) { return done < 1; });
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.error().contains("Cancelled"));
  }

  void unreadableSample_stopsTheRun_orIsLeftOutWhenAsked() {
    auto s = loadSegmenter(bundle_, test::cpuOptions());
    auto samples = RefSegRsDataset::open(dataset_)->split("test");
    QVERIFY(samples.ok());
    std::vector<Sample> withBroken = *samples;
    withBroken[1].imagePath = dir_.filePath("no_such_image.tif");
    auto strict = evaluate(**s, withBroken, EvalProtocol::Lavt);
    QVERIFY(!strict.ok());
    QVERIFY2(strict.error().contains("no_such_image"), qPrintable(strict.error()));
    auto lenient = evaluate(**s, withBroken, EvalProtocol::Lavt, {}, 0.0, true);
    QVERIFY2(lenient.ok(), qPrintable(lenient.error()));
    QCOMPARE(int(lenient->metrics.samples().size()), 2);
    QCOMPARE(lenient->skipped.size(), 1);
    QVERIFY(lenient->skipped.front().contains("no_such_image"));
    QCOMPARE(lenient->metrics.samples()[0].iou, 1.0);
  }

  void cli_eval_writesJsonAndCsv() {
    QProcess p;
    const QString json = dir_.filePath("m.json"), csv = dir_.filePath("s.csv");
    p.start(RRSIS_CLI, {"eval", "--model", bundle_, "--dataset", dataset_, "--split", "test", "--json", json, "--csv",
                        csv, "--cpu", "--threads", "1"});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("3 samples, lavt protocol"));
    QVERIFY(p.readAllStandardError().contains("warning:"));
    QFile jf(json);
    QVERIFY(jf.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(jf.readAll()).object();
    QCOMPARE(o["samples"].toInt(), 3);
    QCOMPARE(o["protocol"].toString(), QString("lavt"));
    QVERIFY(qAbs(o["mIoU"].toDouble() - 200.0 / 3) < 1e-6);
    QVERIFY(o["per_category"].toObject().contains("car"));
    QFile cf(csv);
    QVERIFY(cf.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = cf.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[3].contains("\"xyzzy\"") && lines[3].endsWith(",0.000000"));

    QProcess missing;
    missing.start(RRSIS_CLI, {"eval", "--model", bundle_, "--dataset", dir_.filePath("nothing")});
    QVERIFY(missing.waitForFinished(60000));
    QCOMPARE(missing.exitCode(), 1);
    QVERIFY(missing.readAllStandardError().contains("does not exist"));
  }
};

QTEST_GUILESS_MAIN(TestEval)
#include "tst_eval.moc"
