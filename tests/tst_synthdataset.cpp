// Synthetic referring segmentation data: expressions agree with their masks (by
// construction from the scene graph), every kind occurs, the output is a valid RefSegRS
// folder, and a seed reproduces it.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "dataset/refsegrs.h"
#include "synth/datasetsynthesizer.h"

using namespace rrsis;

class TestSynthDataset : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void samples_coverEveryKind_andMasksMatchTheirKind() {
    DatasetSynthesizer synth(3);
    QMap<QString, int> kinds;
    int multi = 0;
    for (int i = 0; i < 60; ++i) {
      const SynthSample s = synth.next(512);  // RefSegRS's chip size: ponds and parking lots fit
      QCOMPARE(s.rgb.size(), cv::Size(512, 512));
      QVERIFY(!s.expression.trimmed().isEmpty());
      ++kinds[s.kind];
      const int pixels = cv::countNonZero(s.mask);
      if (s.kind == QLatin1String("none")) {
        QCOMPARE(pixels, 0);
      } else {
        QVERIFY2(pixels > 0, qPrintable(s.expression));
      }
      if (s.kind == QLatin1String("single")) QVERIFY(s.expression.startsWith("the "));
      cv::Mat labels;
      if (s.kind == QLatin1String("group") && cv::connectedComponents(s.mask, labels) > 2) ++multi;
    }
    for (const char* k : {"single", "group", "relation", "none"}) QVERIFY2(kinds.value(k) > 0, k);
    QVERIFY(multi > 0);  // expressions that refer to several objects
  }

  void writeRefSegRs_isAValidDataset_andReproducible() {
    QTemporaryDir dir;
    QVERIFY(DatasetSynthesizer(5).writeRefSegRs(dir.filePath("a"), 20, 128).ok());
    QVERIFY(DatasetSynthesizer(5).writeRefSegRs(dir.filePath("b"), 20, 128).ok());
    auto d = RefSegRsDataset::open(dir.filePath("a"));
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QCOMPARE(int(d->samples().size()), 20);
    QCOMPARE(int(d->split("train")->size()), 14);
    QCOMPARE(int(d->split("val")->size()), 2);
    QCOMPARE(int(d->split("test")->size()), 4);
    for (const Sample& s : d->samples()) {
      auto pair = s.load();
      QVERIFY2(pair.ok(), qPrintable(pair.error()));
    }
    for (const QString& split : RefSegRsDataset::splits()) {
      QFile a(dir.filePath("a/output_phrase_" + split + ".txt")), b(dir.filePath("b/output_phrase_" + split + ".txt"));
      QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
      QCOMPARE(a.readAll(), b.readAll());
    }
    // Appending again continues the ids instead of overwriting.
    QVERIFY(DatasetSynthesizer(6).writeRefSegRs(dir.filePath("a"), 3, 128).ok());
    QCOMPARE(int(RefSegRsDataset::open(dir.filePath("a"))->samples().size()), 23);
  }
};

QTEST_GUILESS_MAIN(TestSynthDataset)
#include "tst_synthdataset.moc"
