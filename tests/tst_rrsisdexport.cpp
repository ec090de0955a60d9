// A project exported as an RRSIS-D / RefCOCO dataset: read back through the project's own
// reader and through an independent one (python3's pickle, json and numpy, the way the REFER
// API loads it), imported into a new project, and the pickle writer on its own; an existing
// folder, cancel, a full disk and a read-only folder leave nothing half written.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "util/pickle.h"
#include "dataset/refsegrsexport.h"
#include "dataset/rrsisd.h"
#include "dataset/rrsisdexport.h"
#include "dataset/sampleimport.h"
#include "testprojects.h"

using namespace rrsis;

namespace {

constexpr int kChip = 512;  // every mask of the shapes project fits: chips are its pixels 1:1

RrsisdExportOptions smallChips() {
  RrsisdExportOptions o;
  o.chipSize = kChip;
  return o;
}

/** The scene window a chip was cut from, as instances.json records it. */
QRect windowOf(const QString& folder, int image) {
  QFile f(QDir(folder).filePath("instances.json"));
  if (!f.open(QIODevice::ReadOnly)) return {};
  const QJsonArray w =
      QJsonDocument::fromJson(f.readAll()).object()["images"].toArray()[image].toObject()["scene_window"].toArray();
  return QRect(w[0].toInt(), w[1].toInt(), w[2].toInt(), w[3].toInt());
}

QStringList entriesOf(const QString& folder) {
  return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

}  // namespace

class TestRrsisdExport : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void pickle_writtenThenRead_givesTheSameValues() {
    PickleValue::Items items{pickleInt(0),
                             pickleInt(255),
                             pickleInt(65536),
                             pickleInt(-7),
                             pickleInt(5'000'000'000LL),
                             pickleString(QString::fromUtf8("Straße 中")),
                             pickleList(),
                             pickleDict()};
    PickleValue real;
    real.kind = PickleValue::Kind::Float;
    real.real = -2.5;
    items.push_back(real);
    PickleValue::Items many;
    for (int i = 0; i < 2500; ++i) many.push_back(pickleInt(i));  // three APPENDS batches
    items.push_back(pickleList(std::move(many)));
    const QByteArray bytes = writePickle(pickleDict({{pickleString("items"), pickleList(items)}}));
    QCOMPARE(bytes.left(2), QByteArray("\x80\x02"));
    auto back = readPickle(bytes);
    QVERIFY2(back, qPrintable(back.error()));
    const PickleValue* list = back->get("items");
    QVERIFY(list && list->kind == PickleValue::Kind::List);
    QCOMPARE(list->items->size(), items.size());
    QCOMPARE(list->items->at(1).integer, qint64(255));
    QCOMPARE(list->items->at(2).integer, qint64(65536));
    QCOMPARE(list->items->at(3).integer, qint64(-7));
    QCOMPARE(list->items->at(4).integer, qint64(5'000'000'000LL));
    QCOMPARE(list->items->at(5).toText(), QString::fromUtf8("Straße 中"));
    QCOMPARE(list->items->at(8).real, -2.5);
    QCOMPARE(list->items->at(9).items->size(), size_t(2500));
    QCOMPARE(list->items->at(9).items->at(2499).integer, qint64(2499));
  }

  void export_readsBackThroughTheProjectsReader() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    const QString out = dir.filePath("rrsisd");
    auto report = exportRrsisd(*p, out, smallChips());
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->refs, 4);
    QCOMPARE(report->categories, 3);
    QVERIFY(QFileInfo::exists(out + "/JPEGImages/00001.jpg"));
    auto dataset = RrsisdDataset::open(out);
    QVERIFY2(dataset, qPrintable(dataset.error()));
    QCOMPARE(dataset->samples().size(), size_t(4));
    const AnnotationDocument& d = *p->document(0);
    for (int i = 0; i < 4; ++i) {
      const Sample& s = dataset->samples()[size_t(i)];
      const Annotation& a = d.at(i);
      QCOMPARE(s.expression, a.expression);
      auto pair = s.load();
      QVERIFY2(pair, qPrintable(pair.error()));
      QCOMPARE(pair->first.cols, kChip);
      const QRect window = windowOf(out, i);
      QCOMPARE(window.size(), QSize(kChip, kChip));
      QCOMPARE(cv::norm(pair->second, a.mask(window), cv::NORM_INF), 0.0);
    }
    QCOMPARE(dataset->samples()[0].split, QString("train"));  // the annotation's own split
    QCOMPARE(dataset->samples()[0].category, QString("low vegetation"));
    QCOMPARE(dataset->samples()[3].category, QString("object"));
  }

  void independentReader_loadsItLikeTheReferApi() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    const QString out = dir.filePath("rrsisd");
    QVERIFY(exportRrsisd(*p, out, smallChips()));
    QString skip, error;
    const QStringList lines = test::runIndependentDecoder("refer", out, &skip, &error);
    if (!skip.isEmpty()) QSKIP(qPrintable(skip));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(lines.size(), 4);
    auto dataset = RrsisdDataset::open(out);
    QVERIFY(dataset);
    for (int i = 0; i < 4; ++i) {
      const Sample& s = dataset->samples()[size_t(i)];
      auto mask = s.loadMask();
      QVERIFY(mask);
      const cv::Rect b = cv::boundingRect(*mask);
      const QString box = b.area() == 0 ? QStringLiteral("0 0 0 0 0")
                                        : QStringLiteral("%1 %2 %3 %4 %5")
                                              .arg(cv::countNonZero(*mask))
                                              .arg(b.x)
                                              .arg(b.y)
                                              .arg(b.width)
                                              .arg(b.height);
      const QString expected = QStringLiteral("%1 %2 %3 %4 | %5")
                                   .arg(i + 1)
                                   .arg(s.split, QString(s.category).replace(' ', '_'), box, s.expression);
      QCOMPARE(lines[i], expected);
    }
  }

  void import_ofTheExport_addsEachChipAsASceneInOneUndoStep() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    const QString out = dir.filePath("rrsisd");
    QVERIFY(exportRrsisd(*p, out, smallChips()));
    Project fresh;
    auto report = importDatasetFolder(fresh, out);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->annotations, 4);
    QCOMPARE(report->scenesAdded, 4);
    QCOMPARE(fresh.sceneCount(), 4);
    for (int i = 0; i < 4; ++i) {
      const AnnotationDocument& d = *fresh.document(i);
      QCOMPARE(d.count(), 1);
      QCOMPARE(d.undoStack()->count(), 1);
      const Annotation& original = p->document(0)->at(i);
      QCOMPARE(d.at(0).expression, original.expression);
      QCOMPARE(d.at(0).provenance.mode, QString("import"));
      QCOMPARE(cv::norm(d.at(0).mask(QRect(0, 0, kChip, kChip)), original.mask(windowOf(out, i)), cv::NORM_INF), 0.0);
    }
    QCOMPARE(fresh.document(0)->at(0).split, Split::Train);
  }

  void refSegRsImport_roundTripsItsSamples() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    RefSegRsExportOptions o;
    o.chipSize = kChip;
    QVERIFY(exportRefSegRs(*p, dir.filePath("refsegrs"), o));
    Project fresh;
    auto report = importDatasetFolder(fresh, dir.filePath("refsegrs"));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->annotations, 4);
    int area = 0, expected = 0;
    for (int i = 0; i < fresh.sceneCount(); ++i)
      for (int k = 0; k < fresh.document(i)->count(); ++k) area += int(fresh.document(i)->at(k).area());
    for (int i = 0; i < 4; ++i) expected += int(p->document(0)->at(i).area());
    QCOMPARE(area, expected);  // every chip holds its whole mask at 1:1
  }

  void existingFolder_isLeftAlone_unlessOverwriting() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    const QString out = dir.filePath("rrsisd");
    QVERIFY(QDir().mkpath(out));
    QFile precious(out + "/notes.txt");
    QVERIFY(precious.open(QIODevice::WriteOnly));
    precious.write("mine");
    precious.close();
    auto refused = exportRrsisd(*p, out, smallChips());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains("already exists"), qPrintable(refused.error()));
    QCOMPARE(entriesOf(out), QStringList{"notes.txt"});
    RrsisdExportOptions o = smallChips();
    o.overwrite = true;
    QVERIFY(exportRrsisd(*p, out, o));
    QVERIFY(!QFile::exists(out + "/notes.txt"));
    QVERIFY(QFile::exists(out + "/refs(unc).p"));
    QCOMPARE(entriesOf(dir.path()).filter(".partial").size(), 0);  // the old folder is gone too
  }

  void cancel_fullDisk_andReadOnlyFolder_leaveNothing() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    const QStringList before = entriesOf(dir.path());
    auto cancelled = exportRrsisd(*p, dir.filePath("a"), smallChips(), [](int done, int) { return done < 2; });
    QVERIFY(!cancelled);
    QVERIFY(cancelled.error().contains("cancelled"));
    QCOMPARE(entriesOf(dir.path()), before);
    const int code = test::runUnderFileSizeLimit(4096, [&] {  // each JPEG is larger
      auto r = exportRrsisd(*p, dir.filePath("b"), smallChips());
      return r ? 0 : (r.error().contains("00001.jpg") ? 3 : 4);
    });
    QCOMPARE(code, 3);
    QCOMPARE(entriesOf(dir.path()), before);
    if (::geteuid() == 0) QSKIP("root writes into read-only folders");
    const QString locked = dir.filePath("locked");
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(::chmod(QFile::encodeName(locked).constData(), 0555) == 0);
    auto readOnly = exportRrsisd(*p, locked + "/out", smallChips());
    ::chmod(QFile::encodeName(locked).constData(), 0755);
    QVERIFY(!readOnly);
    QVERIFY2(readOnly.error().contains("Permission denied"), qPrintable(readOnly.error()));
    QCOMPARE(entriesOf(locked), QStringList());
  }

  void truncatedRefs_isAClearError() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    const QString out = dir.filePath("rrsisd");
    QVERIFY(exportRrsisd(*p, out, smallChips()));
    QFile refs(out + "/refs(unc).p");
    QVERIFY(refs.open(QIODevice::ReadWrite));
    QVERIFY(refs.resize(refs.size() / 2));
    refs.close();
    auto dataset = RrsisdDataset::open(out);
    QVERIFY(!dataset);
    QVERIFY2(dataset.error().contains("refs(unc).p") && dataset.error().contains("truncated"),
             qPrintable(dataset.error()));
    Project fresh;
    QVERIFY(!importDatasetFolder(fresh, out));
    QCOMPARE(fresh.sceneCount(), 0);
  }
};

QTEST_GUILESS_MAIN(TestRrsisdExport)
#include "tst_rrsisdexport.moc"
