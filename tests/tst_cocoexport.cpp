// Annotations exported as COCO instances and imported back: read with the project's decoder and
// with an independent one (python3 + numpy, by the published run-length definition), polygons,
// refusing to overwrite, a full disk and a missing folder; imports into a new project as one undo
// step, mixed polygons and run-lengths, and broken files.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "dataset/cocoexport.h"
#include "dataset/cocoimport.h"
#include "annotation/cocorle.h"
#include "testprojects.h"
#include "testrasters.h"

using namespace rrsis;

namespace {

constexpr int kWidth = test::kShapesWidth, kHeight = test::kShapesHeight;

QString writeScene(const QString& dir) { return test::writeShapesScene(dir); }
std::unique_ptr<Project> makeProject(const QString& dir) { return test::makeShapesProject(dir); }

QJsonObject readJson(const QString& file) {
  QFile f(file);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(f.readAll()).object();
}

double iou(const cv::Mat& a, const cv::Mat& b) { return test::maskIou(a, b); }

}  // namespace

class TestCocoExport : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void regionEncoding_equalsTheWholeMasksEncoding() {
    cv::Mat whole(53, 71, CV_8U, cv::Scalar(0));
    cv::randu(whole(cv::Rect(10, 7, 30, 20)), 0, 2);
    whole(cv::Rect(10, 7, 30, 20)) *= 255;
    const CocoRle expected = encodeRle(whole);
    const CocoRle region = encodeRle(whole(cv::Rect(10, 7, 30, 20)), QPoint(10, 7), QSize(71, 53));
    QCOMPARE(region.counts, expected.counts);
    QCOMPARE(encodeRle(cv::Mat(), QPoint(), QSize(71, 53)).counts, std::vector<std::int64_t>{71 * 53});
  }

  void export_readsBackEveryMaskWithItsExpression() {
    QTemporaryDir dir;
    auto p = makeProject(dir.path());
    QVERIFY(p);
    const QString file = dir.filePath("instances.json");
    auto report = exportCoco(*p, file, {});
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->images, 1);
    QCOMPARE(report->annotations, 4);
    QCOMPARE(report->categories, 3);    // low vegetation, object, building
    QCOMPARE(report->notes.size(), 1);  // the annotation without expression
    const QJsonObject coco = readJson(file);
    const QJsonObject image = coco["images"].toArray()[0].toObject();
    QCOMPARE(image["file_name"].toString(), QString("scene.tif"));
    QCOMPARE(image["width"].toInt(), kWidth);
    const QJsonArray annotations = coco["annotations"].toArray();
    const AnnotationDocument& d = *p->document(0);
    for (int i = 0; i < 4; ++i) {
      const QJsonObject entry = annotations[i].toObject();
      const Annotation& a = d.at(i);
      QCOMPARE(entry["expression"].toString(), a.expression);
      auto mask = decodeSegmentation(entry["segmentation"], kHeight, kWidth);
      QVERIFY2(mask, qPrintable(mask.error()));
      QCOMPARE(cv::norm(*mask, a.mask(QRect(0, 0, kWidth, kHeight)), cv::NORM_INF), 0.0);
      QCOMPARE(qint64(entry["area"].toDouble()), qint64(a.area()));
    }
    QCOMPARE(annotations[0].toObject()["split"].toString(), QString("train"));
    QCOMPARE(annotations[3].toObject()["area"].toDouble(), 0.0);  // "no boats here"
    QCOMPARE(annotations[3].toObject()["bbox"].toArray(), (QJsonArray{0, 0, 0, 0}));
    const QJsonArray bbox = annotations[0].toObject()["bbox"].toArray();
    QCOMPARE(bbox, (QJsonArray{100, 100, 200, 150}));
  }

  void independentDecoder_agreesOnAreasAndBoxes() {
    QTemporaryDir dir;
    auto p = makeProject(dir.path());
    QVERIFY(p);
    QVERIFY(exportCoco(*p, dir.filePath("instances.json"), {}));
    QString skip, error;
    const QStringList lines = test::runIndependentDecoder("coco", dir.filePath("instances.json"), &skip, &error);
    if (!skip.isEmpty()) QSKIP(qPrintable(skip));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(lines.size(), 4);
    for (int i = 0; i < 4; ++i) {
      const Annotation& a = p->document(0)->at(i);
      const QRect b = a.bounds();
      const QString expected =
          a.area() == 0
              ? QStringLiteral("0 0 0 0 0")
              : QStringLiteral("%1 %2 %3 %4 %5").arg(a.area()).arg(b.x()).arg(b.y()).arg(b.width()).arg(b.height());
      QCOMPARE(lines[i].trimmed(), expected);
    }
  }

  void polygons_keepOuterBoundariesAndSayHolesAreFilled() {
    QTemporaryDir dir;
    auto p = makeProject(dir.path());
    QVERIFY(p);
    CocoExportOptions o;
    o.polygons = true;
    auto report = exportCoco(*p, dir.filePath("polygons.json"), o);
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(report->notes.join(' ').contains(QLatin1String("hole")));
    const QJsonArray annotations = readJson(dir.filePath("polygons.json"))["annotations"].toArray();
    QCOMPARE(annotations[1].toObject()["segmentation"].toArray().size(), 2);  // two parts, two polygons
    for (int i = 0; i < 3; ++i) {
      auto mask = decodeSegmentation(annotations[i].toObject()["segmentation"], kHeight, kWidth);
      QVERIFY2(mask, qPrintable(mask.error()));
      cv::Mat expected = p->document(0)->at(i).mask(QRect(0, 0, kWidth, kHeight));
      if (i == 0) expected(cv::Rect(170, 150, 40, 30)).setTo(255);  // the hole, filled
      QVERIFY2(iou(*mask, expected) > 0.99, qPrintable(QString::number(iou(*mask, expected))));
    }
  }

  void existingFile_isLeftAlone_unlessOverwriting() {
    QTemporaryDir dir;
    auto p = makeProject(dir.path());
    QVERIFY(p);
    const QString file = dir.filePath("instances.json");
    QFile existing(file);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("precious");
    existing.close();
    auto refused = exportCoco(*p, file, {});
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("already exists")), qPrintable(refused.error()));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("precious"));
    existing.close();
    CocoExportOptions o;
    o.overwrite = true;
    QVERIFY(exportCoco(*p, file, o));
    QCOMPARE(readJson(file)["annotations"].toArray().size(), 4);
  }

  void missingFolder_andCancel_writeNothing() {
    QTemporaryDir dir;
    auto p = makeProject(dir.path());
    QVERIFY(p);
    auto missing = exportCoco(*p, dir.filePath("nowhere/instances.json"), {});
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QLatin1String("nowhere")), qPrintable(missing.error()));
    auto cancelled = exportCoco(*p, dir.filePath("instances.json"), {}, [](int done, int) { return done < 2; });
    QVERIFY(!cancelled);
    QVERIFY(!QFile::exists(dir.filePath("instances.json")));
  }

  void import_intoANewProject_givesBackTheMasksInOneUndoStep() {
    QTemporaryDir dir;
    auto p = makeProject(dir.path());
    QVERIFY(p);
    QVERIFY(exportCoco(*p, dir.filePath("instances.json"), {}));
    Project fresh;
    const QString scene = p->scene(0).path;
    AnnotationDocument& d = *fresh.document(fresh.addScene(scene, QSize(kWidth, kHeight), SceneFingerprint::of(scene)));
    auto report = importCoco(fresh, dir.filePath("instances.json"));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->annotations, 4);
    QVERIFY(report->notes.isEmpty());
    QCOMPARE(d.count(), 4);
    const QRect whole(0, 0, kWidth, kHeight);
    for (int i = 0; i < 4; ++i) {
      const Annotation& original = p->document(0)->at(i);
      const Annotation& imported = d.at(i);
      QCOMPARE(imported.expression, original.expression);
      QCOMPARE(imported.split, original.split);
      QCOMPARE(imported.provenance.mode, QString("import"));
      QCOMPARE(cv::norm(imported.mask(whole), original.mask(whole), cv::NORM_INF), 0.0);
    }
    QCOMPARE(d.at(0).category, QString("low vegetation"));
    QCOMPARE(d.at(1).category, QString());  // COCO calls it "object"; the extra field keeps it empty
    QCOMPARE(d.undoStack()->count(), 1);
    d.undoStack()->undo();
    QCOMPARE(d.count(), 0);
  }

  void import_mixedPolygonsAndRunLengths_badMasksAndStrangersAreNoted() {
    QTemporaryDir dir;
    const QString scene = writeScene(dir.path());
    QVERIFY(!scene.isEmpty());
    cv::Mat square(kHeight, kWidth, CV_8U, cv::Scalar(0));
    square(cv::Rect(10, 20, 30, 40)).setTo(255);
    const QJsonObject rle{{"size", QJsonArray{kHeight, kWidth}},
                          {"counts", QString::fromLatin1(rleToString(encodeRle(square)))}};
    const QJsonObject tooLarge{{"size", QJsonArray{kHeight + 1, kWidth}},
                               {"counts", QJsonArray{(kHeight + 1) * kWidth}}};
    const QJsonObject coco{
        {"images",
         QJsonArray{QJsonObject{{"id", 7}, {"file_name", "scene.tif"}, {"width", kWidth}, {"height", kHeight}},
                    QJsonObject{{"id", 8}, {"file_name", "elsewhere.tif"}, {"width", 10}, {"height", 10}}}},
        {"categories", QJsonArray{QJsonObject{{"id", 3}, {"name", "car"}}}},
        {"annotations",
         QJsonArray{
             QJsonObject{{"id", 1}, {"image_id", 7}, {"category_id", 3}, {"segmentation", rle}},
             QJsonObject{{"id", 2},
                         {"image_id", 7},
                         {"category_id", 3},
                         {"segmentation", QJsonArray{QJsonValue(QJsonArray{100, 100, 200, 100, 200, 150, 100, 150})}}},
             QJsonObject{{"id", 3}, {"image_id", 7}, {"category_id", 3}, {"segmentation", tooLarge}},
             QJsonObject{{"id", 4}, {"image_id", 8}, {"category_id", 3}, {"segmentation", QJsonArray()}}}}};
    QFile f(dir.filePath("mixed.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(coco).toJson());
    f.close();
    Project project;
    AnnotationDocument& d =
        *project.document(project.addScene(scene, QSize(kWidth, kHeight), SceneFingerprint::of(scene)));
    auto report = importCoco(project, f.fileName());
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->annotations, 2);
    QCOMPARE(report->notes.size(), 2);  // the mask larger than its image, the image not in the project
    QVERIFY2(report->notes.join('\n').contains(QLatin1String("elsewhere.tif")), qPrintable(report->notes.join('\n')));
    QCOMPARE(d.at(0).expression, QString("car"));  // no expression: the category's name
    QCOMPARE(d.at(0).area(), qint64(30 * 40));
    QCOMPARE(d.at(1).bounds(), QRect(100, 100, 101, 51));  // the polygon, its edge pixels included
  }

  void import_brokenFiles_changeNothing_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("cut short") << QByteArray("{\"images\": [{\"id\": 1, \"file_na") << "cut short";
    QTest::newRow("not COCO") << QByteArray("{\"type\": \"FeatureCollection\"}") << "not a COCO instances file";
    QTest::newRow("empty") << QByteArray() << "cut short";
  }
  void import_brokenFiles_changeNothing() {
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    auto p = makeProject(dir.path());
    QVERIFY(p);
    QFile f(dir.filePath("broken.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const int before = p->document(0)->count();
    auto report = importCoco(*p, f.fileName());
    QVERIFY(!report);
    QVERIFY2(report.error().contains(message), qPrintable(report.error()));
    QCOMPARE(p->document(0)->count(), before);
  }

  void fullDisk_leavesNoHalfFile() {
    QTemporaryDir dir;
    auto p = makeProject(dir.path());
    QVERIFY(p);
    const QString file = dir.filePath("instances.json");
    const int code = test::runUnderFileSizeLimit(512, [&] {  // the JSON is several KB
      auto r = exportCoco(*p, file, {});
      return r ? 0 : (r.error().contains("instances.json") ? 3 : 4);
    });
    QCOMPARE(code, 3);  // failed, naming the file
    QCOMPARE(QDir(dir.path()).entryList({"*.json*"}, QDir::Files | QDir::Hidden).size(), 0);
  }
};

QTEST_GUILESS_MAIN(TestCocoExport)
#include "tst_cocoexport.moc"
