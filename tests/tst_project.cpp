// Project files: the round trip, the side folder of probability maps, and bad input.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/core.hpp>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "testprojects.h"
#include "testrasters.h"

using namespace rrsis;

namespace {

ProbabilityMap prediction(const QRect& region, const QRect& box) {
  ProbabilityMap m;
  m.region = region;
  // Coarser than the region (half resolution), as view queries over large areas are.
  m.probability = cv::Mat(region.height() / 2, region.width() / 2, CV_8U, cv::Scalar(10));
  m.probability(cv::Rect((box.x() - region.x()) / 2, (box.y() - region.y()) / 2, box.width() / 2, box.height() / 2))
      .setTo(230);
  return m;
}

/** A project with two scenes, predictions, hand edits and every property set. */
std::unique_ptr<Project> makeProject(const QString& dir) {
  test::RasterSpec spec;
  spec.width = 600;
  spec.height = 400;
  QDir().mkpath(dir + "/images");
  if (!test::writeRaster(dir + "/a.tif", spec) || !test::writeRaster(dir + "/images/b.tif", spec)) return nullptr;
  auto p = std::make_unique<Project>();
  for (const QString& f : {dir + "/a.tif", dir + "/images/b.tif"}) {
    const int s = p->addScene(f, QSize(600, 400), SceneFingerprint::of(f));
    AnnotationDocument* d = p->document(s);
    Annotation a;
    a.expression = QStringLiteral("the red car");
    a.category = QStringLiteral("car");
    a.split = Split::Test;
    a.probability = prediction(QRect(100, 50, 300, 200), QRect(150, 100, 60, 40));
    a.provenance.model = QStringLiteral("demo");
    a.provenance.modelHash = QStringLiteral("abc123");
    a.provenance.mode = QStringLiteral("view");
    a.provenance.region = QRect(100, 50, 300, 200);
    const int id = d->addAnnotation(a);
    d->paintStroke(id, {QPointF(300, 300), QPointF(500, 380)}, 7, false);
    d->paintStroke(id, {QPointF(160, 110)}, 5, true);
    d->setThreshold(id, 0.6);
    d->setOpacity(id, 0.8);
    const int hand = d->addAnnotation(Annotation());
    d->setExpression(hand, QStringLiteral("no boats here"));
    d->setVisible(hand, false);
    p->setViewState(s, ViewState{QPointF(250, 125), 1.5});
  }
  return p;
}

}  // namespace

class TestProject : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void saveAndLoad_giveBackEveryAnnotation() {
    QTemporaryDir dir;
    auto p = makeProject(dir.path());
    QVERIFY(p);
    const QString file = dir.filePath("work.rrsisproj");
    QVERIFY2(projectfile::save(*p, file), "save failed");
    ProjectLoadReport report;
    auto loaded = projectfile::load(file, &report);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(test::projectDifference(*p, **loaded), QString());
    QVERIFY(report.missingScenes.isEmpty());
    QVERIFY(report.changedScenes.isEmpty());
    QCOMPARE((*loaded)->scene(0).view.zoom, 1.5);
    QVERIFY(!(*loaded)->isModified());
    // Paths are stored relative to the project.
    const QJsonObject root = QJsonDocument::fromJson([&] {
                               QFile f(file);
                               f.open(QIODevice::ReadOnly);
                               return f.readAll();
                             }())
                                 .object();
    QCOMPARE(root.value("format").toString(), QStringLiteral("rrsis-project/1"));
    QCOMPARE(root.value("scenes").toArray()[1].toObject().value("path").toString(), QStringLiteral("images/b.tif"));
    QCOMPARE(root.value("models").toArray().size(), 1);
  }

  void movedProjectFolder_stillFindsItsScenes() {
    QTemporaryDir dir;
    auto p = makeProject(dir.filePath("one"));
    QVERIFY(p);
    QVERIFY(projectfile::save(*p, dir.filePath("one/work.rrsisproj")));
    QVERIFY(QDir().rename(dir.filePath("one"), dir.filePath("two")));
    ProjectLoadReport report;
    auto loaded = projectfile::load(dir.filePath("two/work.rrsisproj"), &report);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QVERIFY(report.missingScenes.isEmpty());
    QCOMPARE((*loaded)->scene(1).path, QDir::cleanPath(dir.filePath("two/images/b.tif")));
    QVERIFY(report.warnings.isEmpty());  // the probability maps moved with it
    QVERIFY(!(*loaded)->document(0)->at(0).probability.isEmpty());
  }

  void removedAnnotations_loseTheirProbabilityFiles() {
    QTemporaryDir dir;
    auto p = makeProject(dir.path());
    const QString file = dir.filePath("work.rrsisproj");
    QVERIFY(projectfile::save(*p, file));
    const QDir probs(projectfile::dataFolder(file) + "/probability");
    QCOMPARE(probs.entryList(QDir::Files).size(), 2);
    p->document(0)->removeAnnotation(p->document(0)->at(0).id);
    QVERIFY(projectfile::save(*p, file));
    QCOMPARE(probs.entryList(QDir::Files).size(), 1);
  }

  void missingAndChangedScenes_areReported() {
    QTemporaryDir dir;
    auto p = makeProject(dir.path());
    const QString file = dir.filePath("work.rrsisproj");
    QVERIFY(projectfile::save(*p, file));
    QVERIFY(QFile::remove(dir.filePath("a.tif")));
    QFile b(dir.filePath("images/b.tif"));
    QVERIFY(b.open(QIODevice::Append));
    b.write("more bytes");
    b.close();
    ProjectLoadReport report;
    auto loaded = projectfile::load(file, &report);
    QVERIFY(loaded);  // the annotations are still there
    QCOMPARE(report.missingScenes, QStringList{QDir::cleanPath(dir.filePath("a.tif"))});
    QCOMPARE(report.changedScenes, QStringList{QDir::cleanPath(dir.filePath("images/b.tif"))});
    QCOMPARE((*loaded)->document(0)->count(), 2);
  }

  void missingProbabilityMap_keepsTheHandEdits() {
    QTemporaryDir dir;
    auto p = makeProject(dir.path());
    const QString file = dir.filePath("work.rrsisproj");
    QVERIFY(projectfile::save(*p, file));
    QVERIFY(QDir(projectfile::dataFolder(file)).removeRecursively());
    ProjectLoadReport report;
    auto loaded = projectfile::load(file, &report);
    QVERIFY(loaded);
    QCOMPARE(report.warnings.size(), 2);
    QVERIFY((*loaded)->document(0)->at(0).added.count() > 0);
  }

  void badFiles_giveClearMessages_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("hello, world") << "is not a readable project";
    QTest::newRow("truncated") << QByteArray("{\"format\":\"rrsis-project/1\",\"scenes\":[{\"pa")
                               << "cut off or damaged";
    QTest::newRow("other json") << QByteArray("{\"format\":\"something\"}") << "is not an RRSIS Studio project";
    QTest::newRow("newer") << QByteArray("{\"format\":\"rrsis-project/7\",\"scenes\":[]}")
                           << "newer RRSIS Studio (project format 7";
    const QByteArray scene =
        "{\"format\":\"rrsis-project/1\",\"scenes\":[{\"path\":\"a.tif\",\"width\":100,\"height\":80,"
        "\"annotations\":[{\"id\":1,\"expression\":\"x\",\"added\":[";
    QTest::newRow("corrupt rle") << scene + "{\"rect\":[0,0,10,10],\"counts\":\"\\u0001\\u0002zz\"}]}]}]}"
                                 << "run-length string is corrupt";
    QTest::newRow("runs too long") << scene + "{\"rect\":[0,0,10,10],\"counts\":\"0n5\"}]}]}]}"
                                   << "run-length string is corrupt";
    // Found by fuzz/fuzz_project: 2e39 was converted to an integer before its range was checked (undefined).
    QTest::newRow("huge rect") << scene + "{\"rect\":[2e39,0,10,10],\"counts\":\"0<\"}]}]}]}"
                               << "has no valid \"rect\"";
    QTest::newRow("outside") << scene + "{\"rect\":[95,70,10,10],\"counts\":\"0<\"}]}]}]}"
                             << "reaches outside its scene";
    QTest::newRow("bad id") << QByteArray(
                                   "{\"format\":\"rrsis-project/1\",\"scenes\":[{\"path\":\"a.tif\",\"width\":100,"
                                   "\"height\":80,\"annotations\":[{\"expression\":\"x\"}]}]}")
                            << "no valid \"id\"";
    QTest::newRow("duplicate id")
        << QByteArray(
               "{\"format\":\"rrsis-project/1\",\"scenes\":[{\"path\":\"a.tif\",\"width\":100,"
               "\"height\":80,\"annotations\":[{\"id\":3},{\"id\":3}]}]}")
        << "appears twice";
    QTest::newRow("bad scene") << QByteArray(
                                      "{\"format\":\"rrsis-project/1\",\"scenes\":[{\"path\":\"a.tif\",\"width\":-5}]}")
                               << "no valid path or size";
  }
  void badFiles_giveClearMessages() {
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString file = dir.filePath("bad.rrsisproj");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    auto loaded = projectfile::load(file);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(message), qPrintable(loaded.error()));
    QVERIFY(loaded.error().contains("bad.rrsisproj"));
  }

  void missingFile_isNamed() {
    auto loaded = projectfile::load("/nonexistent/where.rrsisproj");
    QVERIFY(!loaded);
    QVERIFY(loaded.error().contains("does not exist"));
  }

  void devicesFoldersAndHugeFiles_areRefusedBeforeReading() {
    // /dev/zero would never end; a folder is not a file.
    auto device = projectfile::load("/dev/zero");
    QVERIFY(!device);
    QVERIFY2(device.error().contains("is not a project file"), qPrintable(device.error()));
    QTemporaryDir dir;
    auto folder = projectfile::load(dir.path());
    QVERIFY(!folder);
    QVERIFY2(folder.error().contains("is not a project file"), qPrintable(folder.error()));
    // A sparse file of 2 GB: refused by its size, without reading it.
    const QString huge = dir.filePath("huge.rrsisproj");
    QFile f(huge);
    QVERIFY(f.open(QIODevice::WriteOnly));
    if (!f.resize(qint64(2) << 30)) QSKIP("this file system cannot hold a sparse 2 GB file");
    f.close();
    auto big = projectfile::load(huge);
    QVERIFY(!big);
    QVERIFY2(big.error().contains("is too large to be a project (2048 MB"), qPrintable(big.error()));
  }

  void tenThousandAnnotations_onOneScene() {
    QTemporaryDir dir;
    Project p;
    const int s = p.addScene(dir.filePath("big.tif"), QSize(20000, 20000), SceneFingerprint());
    std::vector<Annotation> many;
    for (int i = 0; i < 10000; ++i) {
      Annotation a;
      a.id = i + 1;
      a.expression = QStringLiteral("object %1").arg(i);
      a.added = TiledMask(QSize(20000, 20000));
      a.added.write(QRect((i % 100) * 200, (i / 100) * 200, 20, 20), cv::Mat(20, 20, CV_8U, cv::Scalar(255)));
      many.push_back(std::move(a));
    }
    p.document(s)->restore(std::move(many));
    QVERIFY(projectfile::save(p, dir.filePath("many.rrsisproj")));
    auto loaded = projectfile::load(dir.filePath("many.rrsisproj"));
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE((*loaded)->document(0)->count(), 10000);
    QCOMPARE((*loaded)->document(0)->at(9999).added.count(), std::int64_t(400));
    QCOMPARE((*loaded)->document(0)->nextId(), 10001);
  }

  void fullDisk_leavesThePreviousFileIntact() {
    QTemporaryDir dir;
    auto p = makeProject(dir.path());
    const QString file = dir.filePath("work.rrsisproj");
    QVERIFY(projectfile::save(*p, file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    // Grow the project, then save it while files may not pass 1 KB (a full disk).
    for (int i = 0; i < 50; ++i) p->document(0)->addAnnotation(Annotation());
    const int code = test::runUnderFileSizeLimit(1024, [&] {
      const Status s = projectfile::save(*p, file);
      return s ? 0 : (s.error().contains("work.rrsisproj") ? 3 : 4);
    });
    QCOMPARE(code, 3);  // failed, with a message naming the file
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList({"*.rrsisproj*"}, QDir::Files | QDir::Hidden).size(), 1);
  }

  void unwritableFolder_givesAClearError() {
    QTemporaryDir dir;
    auto p = makeProject(dir.path());
    QFile blocker(dir.filePath("not-a-folder"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Status s = projectfile::save(*p, dir.filePath("not-a-folder/work.rrsisproj"));
    QVERIFY(!s);
    QVERIFY2(s.error().contains("not-a-folder"), qPrintable(s.error()));
  }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
