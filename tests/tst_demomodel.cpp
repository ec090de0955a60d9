// The shipped demo model: a complete bundle under 20 MB whose recorded metrics are there,
// and which still finds what fresh synthetic expressions name (chips it has never seen,
// from another seed than its training data).
#include <QDir>
#include <QDirIterator>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "dataset/refsegrs.h"
#include "eval/evaluator.h"
#include "model/modelmanifest.h"
#include "model/segmenter.h"
#include "synth/datasetsynthesizer.h"
#include "engine/nativesegmenter.h"

using namespace rrsis;

namespace {
// Well below what the shipped model scores on fresh samples (see the README), so only a
// broken bundle or a broken inference path fails this.
constexpr double DEMO_MIN_OIOU = 75.0;
constexpr double DEMO_MIN_MIOU = 40.0;
}  // namespace

class TestDemoModel : public QObject {
  Q_OBJECT

 private:
  const QString bundle_ = QStringLiteral(RRSIS_SOURCE_DIR "/resources/demo.rrsismodel");

 private Q_SLOTS:
  void bundle_isCompleteAndSmall() {
    auto m = readModelManifest(bundle_);
    QVERIFY2(m, qPrintable(m.error()));
    QCOMPARE(m->architecture, QStringLiteral("compact"));
    QVERIFY(m->groundSampleDistance > 0);
    QVERIFY(m->trainedOn.contains("samples"));
    QVERIFY(m->extra.value("training").toObject().value("command").toString().startsWith("rrsis train"));
    const QJsonObject test = m->metrics.value("test").toObject();
    QVERIFY(test.value("samples").toInt() >= 100);
    QVERIFY(test.contains("oIoU") && test.contains("mIoU") && test.contains("prec@0.5"));
    qint64 bytes = 0;
    QDirIterator it(bundle_, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) bytes += QFileInfo(it.next()).size();
    QVERIFY2(bytes < 20 * 1024 * 1024, qPrintable(QString::number(bytes)));
  }

  void freshSyntheticSamples_areFound() {
    QTemporaryDir dir;
    DatasetSynthesizer synth(4242);  // the demo was trained on seed 2026
    QVERIFY(synth.writeRefSegRs(dir.path(), 60, 512));
    auto samples = RefSegRsDataset::open(dir.path());
    QVERIFY(samples);
    SegmenterOptions o;
    o.warmUp = false;
    auto segmenter = loadSegmenter(bundle_, o);
    QVERIFY2(segmenter, qPrintable(segmenter.error()));
    auto report = evaluate(**segmenter, samples->samples(), EvalProtocol::Lavt);
    QVERIFY2(report, qPrintable(report.error()));
    const MetricSummary s = report->metrics.summary();
    qInfo("demo model on 60 fresh synthetic samples: oIoU %.2f, mIoU %.2f, Prec@0.5 %.2f", s.overallIoU, s.meanIoU,
          s.precision[0]);
    QVERIFY2(s.overallIoU > DEMO_MIN_OIOU && s.meanIoU > DEMO_MIN_MIOU, "the demo model no longer finds its targets");
  }
};

QTEST_GUILESS_MAIN(TestDemoModel)
#include "tst_demomodel.moc"
