// Annotations as vector layers (GeoPackage, GeoJSON, Shapefile) and georeferenced rasters:
// what ogrinfo and GDAL read in them (CRS, feature counts, attributes, holes and parts, COG
// layout), GeoPackage and GeoJSON imported back (identical masks at tolerance 0, IoU >= 99 %
// simplified, reprojected from WGS 84), and bad input: a scene without CRS to GeoJSON,
// features outside the scene, self-intersecting, points, an empty layer, a file that is not
// vector data, an existing output, cancel and a full disk.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <opencv2/core.hpp>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "dataset/annotationimport.h"
#include "dataset/cocoexport.h"
#include "dataset/georasterexport.h"
#include "dataset/rasterimport.h"
#include "dataset/vectorexport.h"
#include "dataset/vectorimport.h"
#include "raster/gdalrastersource.h"
#include "testprojects.h"
#include "testrasters.h"

using namespace rrsis;

namespace {

const QRect kWhole(0, 0, test::kShapesWidth, test::kShapesHeight);

/** A project with the shapes scene alone, no annotations (where imports go). */
std::unique_ptr<Project> emptyProjectOn(const QString& scene) {
  auto p = std::make_unique<Project>();
  p->addScene(scene, kWhole.size(), SceneFingerprint::of(scene));
  return p;
}

/** `ogrinfo -so -al` of a file, or "" (and a skip reason) without ogrinfo. */
QString ogrinfo(const QString& path, QString* skip) {
  const QString tool = QStandardPaths::findExecutable("ogrinfo");
  if (tool.isEmpty()) {
    *skip = "ogrinfo is not installed";
    return {};
  }
  QProcess run;
  run.start(tool, {"-ro", "-so", "-al", path});
  run.waitForFinished(60000);
  return QString::fromUtf8(run.readAllStandardOutput());
}

VectorExportOptions as(VectorFormat f, double tolerance = 0) {
  VectorExportOptions o;
  o.format = f;
  o.tolerance = tolerance;
  return o;
}

/** Writes a GeoPackage layer in the scene's CRS (UTM 32N) with the given WKT geometries. */
bool writeLayer(const QString& path, const std::vector<const char*>& wkts) {
  ensureGdalInitialized();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  std::unique_ptr<GDALDataset> ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds) return false;
  OGRSpatialReference srs;
  srs.importFromEPSG(32632);
  OGRLayer* layer = ds->CreateLayer("drawn", &srs, wkbUnknown, nullptr);
  OGRFieldDefn name("name", OFTString);
  layer->CreateField(&name);
  int i = 0;
  for (const char* wkt : wkts) {
    OGRFeature f(layer->GetLayerDefn());
    f.SetField("name", QByteArray("feature ").append(QByteArray::number(i++)).constData());
    OGRGeometry* g = nullptr;
    OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
    f.SetGeometryDirectly(g);
    if (layer->CreateFeature(&f) != OGRERR_NONE) return false;
  }
  return true;
}

}  // namespace

class TestVectorExport : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void geoPackage_reimported_givesIdenticalMasksAtToleranceZero() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    const QString file = dir.filePath("work.gpkg");
    auto report = exportVectors(*p, file, as(VectorFormat::GeoPackage));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->features, 3);  // "no boats here" has no area; one annotation has no mask either
    QCOMPARE(report->layers, 1);
    auto fresh = emptyProjectOn(p->scene(0).path);
    auto imported = importVectors(*fresh, file, {});
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->annotations, 3);
    const AnnotationDocument& d = *fresh->document(0);
    QCOMPARE(d.undoStack()->count(), 1);
    for (int i = 0; i < 3; ++i) {
      const Annotation& original = p->document(0)->at(i);
      QCOMPARE(d.at(i).expression, original.expression);
      QCOMPARE(d.at(i).category, original.category);
      QCOMPARE(d.at(i).split, original.split);
      QCOMPARE(cv::norm(d.at(i).mask(kWhole), original.mask(kWhole), cv::NORM_INF), 0.0);
    }
  }

  void simplified_reimport_keepsIouAbove99Percent() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    const QString file = dir.filePath("simple.gpkg");
    QVERIFY(exportVectors(*p, file, as(VectorFormat::GeoPackage, 0.5)));  // one pixel, in metres
    auto fresh = emptyProjectOn(p->scene(0).path);
    QVERIFY(importVectors(*fresh, file, {}));
    for (int i = 0; i < 3; ++i) {
      const double iou = test::maskIou(fresh->document(0)->at(i).mask(kWhole), p->document(0)->at(i).mask(kWhole));
      QVERIFY2(iou >= 0.99, qPrintable(QString("annotation %1: IoU %2").arg(i).arg(iou)));
    }
  }

  void ogrinfo_readsCrsCountsAndAttributes_data() {
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("crs");
    QTest::addColumn<QString>("edited");
    QTest::newRow("gpkg") << int(VectorFormat::GeoPackage) << "out.gpkg"
                          << "UTM zone 32N"
                          << "edited_by_hand: Integer(Boolean)";
    QTest::newRow("geojson") << int(VectorFormat::GeoJson) << "out.geojson"
                             << "WGS 84"
                             << "edited_by_hand: Integer(Boolean)";
    QTest::newRow("shp") << int(VectorFormat::Shapefile) << "out_shp"
                         << "UTM zone 32N"
                         << "hand_edit: Integer";
  }
  void ogrinfo_readsCrsCountsAndAttributes() {
    QFETCH(int, format);
    QFETCH(QString, name);
    QFETCH(QString, crs);
    QFETCH(QString, edited);
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    auto report = exportVectors(*p, dir.filePath(name), as(VectorFormat(format)));
    QVERIFY2(report, qPrintable(report.error()));
    QString skip;
    const QString info = ogrinfo(dir.filePath(name), &skip);
    if (!skip.isEmpty()) QSKIP(qPrintable(skip));
    QVERIFY2(info.contains("Feature Count: 3"), qPrintable(info));
    QVERIFY2(info.contains(crs), qPrintable(info));
    QVERIFY2(info.contains(edited), qPrintable(info));
    for (const char* field : {"expression: String", "category: String", "split: String", "model: String",
                              "area_m2: Real", "created: ", "scene: String"})
      QVERIFY2(info.contains(field), qPrintable(QString("%1 missing in\n%2").arg(field, info)));
  }

  void holesPartsAndAreas_areKept() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    QVERIFY(exportVectors(*p, dir.filePath("out.gpkg"), as(VectorFormat::GeoPackage)));
    std::unique_ptr<GDALDataset> ds(static_cast<GDALDataset*>(
        GDALOpenEx(dir.filePath("out.gpkg").toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr)));
    QVERIFY(ds);
    OGRLayer* layer = ds->GetLayer(0);
    std::unique_ptr<OGRFeature> ring(layer->GetNextFeature());
    const auto* rings = ring->GetGeometryRef()->toMultiPolygon();
    QCOMPARE(rings->getNumGeometries(), 1);
    QCOMPARE(rings->getGeometryRef(0)->getNumInteriorRings(), 1);                              // the hole
    QCOMPARE(ring->GetFieldAsDouble("area_m2"), double(p->document(0)->at(0).area()) * 0.25);  // 0.5 m pixels
    QCOMPARE(QString(ring->GetFieldAsString("scene")), QString("scene.tif"));
    QCOMPARE(ring->GetFieldAsInteger("edited_by_hand"), 1);
    std::unique_ptr<OGRFeature> parts(layer->GetNextFeature());
    QCOMPARE(parts->GetGeometryRef()->toMultiPolygon()->getNumGeometries(), 2);  // the two tanks
  }

  void geoJson_isInLongitudeLatitude_andComesBackOntoTheUtmScene() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    const QString file = dir.filePath("out.geojson");
    QVERIFY(exportVectors(*p, file, as(VectorFormat::GeoJson)));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("\"coordinates\": [ [ [ [ 10."));  // UTM 32N, 600 km east: about 10.3 degrees east
    auto fresh = emptyProjectOn(p->scene(0).path);
    auto imported = importVectors(*fresh, file, {});  // EPSG:4326 onto EPSG:32632
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->annotations, 3);
    for (int i = 0; i < 3; ++i) {
      const double iou = test::maskIou(fresh->document(0)->at(i).mask(kWhole), p->document(0)->at(i).mask(kWhole));
      QVERIFY2(iou >= 0.99, qPrintable(QString("annotation %1: IoU %2").arg(i).arg(iou)));
    }
  }

  void sceneWithoutCrs_refusesGeoJson_butGeoPackageKeepsPixels() {
    QTemporaryDir dir;
    test::RasterSpec spec;
    spec.width = 300;
    spec.height = 200;
    spec.georeferenced = false;
    QVERIFY(test::writeRaster(dir.filePath("plain.tif"), spec));
    Project p;
    AnnotationDocument& d = *p.document(
        p.addScene(dir.filePath("plain.tif"), QSize(300, 200), SceneFingerprint::of(dir.filePath("plain.tif"))));
    Annotation a;
    a.expression = "the field";
    d.fillPolygon(d.addAnnotation(a), test::boxPolygon(QRect(10, 20, 30, 40)), false);
    auto refused = exportVectors(p, dir.filePath("plain.geojson"), as(VectorFormat::GeoJson));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains("coordinate reference system"), qPrintable(refused.error()));
    QVERIFY(!QFile::exists(dir.filePath("plain.geojson")));
    auto report = exportVectors(p, dir.filePath("plain.gpkg"), as(VectorFormat::GeoPackage));
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY2(report->notes.join(' ').contains("pixel coordinates"), qPrintable(report->notes.join(' ')));
    Project fresh;
    fresh.addScene(dir.filePath("plain.tif"), QSize(300, 200), SceneFingerprint::of(dir.filePath("plain.tif")));
    auto imported = importVectors(fresh, dir.filePath("plain.gpkg"), {});
    QVERIFY2(imported, qPrintable(imported.error()));
    QVERIFY2(imported->annotations == 1, qPrintable(imported->notes.join('\n')));
    QCOMPARE(fresh.document(0)->at(0).bounds(), QRect(10, 20, 30, 40));
  }

  void badFeatures_areNoted_validOnesImported() {
    QTemporaryDir dir;
    const QString scene = test::writeShapesScene(dir.path());
    // The scene covers x 600000..600450, y 5299650..5300000 (0.5 m pixels).
    const QString file = dir.filePath("drawn.gpkg");
    QVERIFY(writeLayer(
        file, {"POLYGON ((600010 5299990,600030 5299990,600030 5299970,600010 5299970,600010 5299990))",
               "POLYGON ((600100 5299900,600140 5299860,600140 5299900,600100 5299860,600100 5299900))",
               "POLYGON ((700000 5299900,700010 5299900,700010 5299890,700000 5299900))", "POINT (600200 5299800)"}));
    auto p = emptyProjectOn(scene);
    auto report = importVectors(*p, file, {});
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->annotations, 2);  // the square and the repaired bow tie
    const QString notes = report->notes.join('\n');
    QVERIFY2(notes.contains("repaired"), qPrintable(notes));
    QVERIFY2(notes.contains("outside scene.tif"), qPrintable(notes));
    QVERIFY2(notes.contains("not an area"), qPrintable(notes));
    QCOMPARE(p->document(0)->at(0).expression, QString("feature 0"));
    QCOMPARE(p->document(0)->at(0).bounds(), QRect(20, 20, 40, 40));
    QVERIFY(p->document(0)->at(1).area() > 0);
  }

  void emptyLayer_andNotVectorData_changeNothing() {
    QTemporaryDir dir;
    const QString scene = test::writeShapesScene(dir.path());
    QVERIFY(writeLayer(dir.filePath("empty.gpkg"), {}));
    auto p = emptyProjectOn(scene);
    auto empty = importVectors(*p, dir.filePath("empty.gpkg"), {});
    QVERIFY(!empty);
    QVERIFY2(empty.error().contains("no features"), qPrintable(empty.error()));
    QFile text(dir.filePath("notes.geojson"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("{\"type\": \"FeatureCollection\", \"features\": [");
    text.close();
    auto broken = importVectors(*p, text.fileName(), {});
    QVERIFY(!broken);
    QVERIFY2(broken.error().contains("notes.geojson"), qPrintable(broken.error()));
    QCOMPARE(p->document(0)->count(), 0);
  }

  void existingOutput_cancel_andFullDisk_leaveNothing() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    auto cancelled =
        exportVectors(*p, dir.filePath("c.gpkg"), as(VectorFormat::GeoPackage), [](int done, int) { return done < 1; });
    QVERIFY(!cancelled);
    const int code = test::runUnderFileSizeLimit(20000, [&] {  // a GeoPackage starts near 100 KB
      auto r = exportVectors(*p, dir.filePath("full.gpkg"), as(VectorFormat::GeoPackage));
      return r ? 0 : (r.error().contains("full.gpkg") ? 3 : 4);
    });
    QCOMPARE(code, 3);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    QVERIFY(exportVectors(*p, dir.filePath("a.gpkg"), as(VectorFormat::GeoPackage)));
    auto again = exportVectors(*p, dir.filePath("a.gpkg"), as(VectorFormat::GeoPackage));
    QVERIFY(!again);
    QVERIFY2(again.error().contains("already exists"), qPrintable(again.error()));
    VectorExportOptions o = as(VectorFormat::GeoPackage);
    o.overwrite = true;
    QVERIFY(exportVectors(*p, dir.filePath("a.gpkg"), o));
  }

  void maskRasters_areCogsOnTheScenesGrid() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    auto report = exportGeoRasters(*p, dir.filePath("masks"), {});
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->files, 3);
    const Annotation& ring = p->document(0)->at(0);
    const QString file = dir.filePath(QString("masks/scene_%1.tif").arg(ring.id));
    std::unique_ptr<GDALDataset> ds(
        static_cast<GDALDataset*>(GDALOpenEx(file.toUtf8().constData(), GDAL_OF_RASTER, nullptr, nullptr, nullptr)));
    QVERIFY2(ds, qPrintable(file));
    QCOMPARE(QString(ds->GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE")), QString("COG"));
    QCOMPARE(QString(ds->GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE")), QString("DEFLATE"));
    double gt[6];
    ds->GetGeoTransform(gt);
    QCOMPARE(gt[0], 600000.0 + 100 * 0.5);
    QCOMPARE(gt[3], 5300000.0 - 100 * 0.5);
    QVERIFY(QString(ds->GetProjectionRef()).contains("UTM zone 32N"));
    cv::Mat pixels(ds->GetRasterYSize(), ds->GetRasterXSize(), CV_8U);
    QCOMPARE(ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, pixels.cols, pixels.rows, pixels.data, pixels.cols,
                                            pixels.rows, GDT_Byte, 0, 0),
             CE_None);
    QCOMPARE(cv::norm(pixels, ring.mask(ring.bounds()), cv::NORM_INF), 0.0);
  }

  void labelRaster_holdsEveryAnnotationWithItsTable() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    GeoRasterExportOptions o;
    o.kind = GeoRasterKind::Labels;
    auto report = exportGeoRasters(*p, dir.filePath("labels"), o);
    QVERIFY2(report, qPrintable(report.error()));
    std::unique_ptr<GDALDataset> ds(static_cast<GDALDataset*>(GDALOpenEx(
        dir.filePath("labels/scene_labels.tif").toUtf8().constData(), GDAL_OF_RASTER, nullptr, nullptr, nullptr)));
    QVERIFY(ds);
    QCOMPARE(ds->GetRasterBand(1)->GetRasterDataType(), GDT_UInt16);
    QCOMPARE(ds->GetRasterXSize(), test::kShapesWidth);
    cv::Mat labels(test::kShapesHeight, test::kShapesWidth, CV_16U);
    QCOMPARE(ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, labels.cols, labels.rows, labels.data, labels.cols,
                                            labels.rows, GDT_UInt16, 0, 0),
             CE_None);
    for (int i = 0; i < 3; ++i) {
      cv::Mat mine = labels == (i + 1);
      QCOMPARE(cv::norm(mine, p->document(0)->at(i).mask(kWhole), cv::NORM_INF), 0.0);
    }
    QFile csv(dir.filePath("labels/scene_labels.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + p->document(0)->count());
    QVERIFY2(lines[1].contains("\"the square field with a shed in the middle\",\"low vegetation\",\"train\""),
             qPrintable(lines[1]));
  }
  void maskAndLabelRasters_reimported_giveTheSameMasks() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    QVERIFY(exportGeoRasters(*p, dir.filePath("masks"), {}));
    GeoRasterExportOptions labels;
    labels.kind = GeoRasterKind::Labels;
    QVERIFY(exportGeoRasters(*p, dir.filePath("labels"), labels));
    auto fresh = emptyProjectOn(p->scene(0).path);
    const Annotation& ring = p->document(0)->at(0);
    RasterImportOptions named;
    named.expression = "the field";
    auto mask = importRaster(*fresh, dir.filePath(QString("masks/scene_%1.tif").arg(ring.id)), named);
    QVERIFY2(mask, qPrintable(mask.error()));
    QCOMPARE(fresh->document(0)->at(0).expression, QString("the field"));
    QCOMPARE(cv::norm(fresh->document(0)->at(0).mask(kWhole), ring.mask(kWhole), cv::NORM_INF), 0.0);
    auto label = importRaster(*fresh, dir.filePath("labels/scene_labels.tif"), {});
    QVERIFY2(label, qPrintable(label.error()));
    QCOMPARE(label->annotations, 3);
    QCOMPARE(fresh->document(0)->undoStack()->count(), 2);  // one step per import
    for (int i = 0; i < 3; ++i) {
      const Annotation& original = p->document(0)->at(i);
      const Annotation& back = fresh->document(0)->at(1 + i);
      QCOMPARE(back.expression, original.expression);
      QCOMPARE(back.split, original.split);
      QCOMPARE(cv::norm(back.mask(kWhole), original.mask(kWhole), cv::NORM_INF), 0.0);
    }
  }

  void rasterInAnotherCrs_isResampledOntoTheScene() {
    const QString gdalwarp = QStandardPaths::findExecutable("gdalwarp");
    if (gdalwarp.isEmpty()) QSKIP("gdalwarp is not installed");
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    QVERIFY(exportGeoRasters(*p, dir.filePath("masks"), {}));
    const Annotation& ring = p->document(0)->at(0);
    QProcess warp;
    warp.start(gdalwarp, {"-q", "-t_srs", "EPSG:4326", "-r", "near",
                          dir.filePath(QString("masks/scene_%1.tif").arg(ring.id)), dir.filePath("wgs84.tif")});
    QVERIFY(warp.waitForFinished(60000) && warp.exitCode() == 0);
    auto fresh = emptyProjectOn(p->scene(0).path);
    auto report = importRaster(*fresh, dir.filePath("wgs84.tif"), {});
    QVERIFY2(report, qPrintable(report.error()));
    const double iou = test::maskIou(fresh->document(0)->at(0).mask(kWhole), ring.mask(kWhole));
    QVERIFY2(iou > 0.95, qPrintable(QString::number(iou)));
  }

  void rasterOutsideEveryScene_isAnError() {
    QTemporaryDir dir;
    const QString scene = test::writeShapesScene(dir.path());
    test::RasterSpec spec;
    spec.width = 50;  // not georeferenced, and not the scene's size
    spec.georeferenced = false;
    QVERIFY(test::writeRaster(dir.filePath("small.tif"), spec));
    auto p = emptyProjectOn(scene);
    auto report = importRaster(*p, dir.filePath("small.tif"), {});
    QVERIFY(!report);
    QVERIFY2(report.error().contains("outside"), qPrintable(report.error()));
    QCOMPARE(p->document(0)->count(), 0);
  }
  void touchingPartsAndIslandsInHoles_roundTripExactly_data() {
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("gpkg") << int(VectorFormat::GeoPackage) << "tricky.gpkg";
    QTest::newRow("shp") << int(VectorFormat::Shapefile) << "tricky_shp";
    QTest::newRow("geojson") << int(VectorFormat::GeoJson) << "tricky.geojson";
  }
  void touchingPartsAndIslandsInHoles_roundTripExactly() {
    QFETCH(int, format);
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString scene = test::writeShapesScene(dir.path());
    Project p;
    AnnotationDocument& d = *p.document(p.addScene(scene, kWhole.size(), SceneFingerprint::of(scene)));
    Annotation a;
    a.expression = "the checkered yard";
    const int id = d.addAnnotation(a);
    d.fillPolygon(id, test::boxPolygon(QRect(100, 100, 120, 120)), false);
    d.fillPolygon(id, test::boxPolygon(QRect(120, 120, 80, 80)), true);   // a hole...
    d.fillPolygon(id, test::boxPolygon(QRect(140, 140, 40, 40)), false);  // ...with an island
    d.fillPolygon(id, test::boxPolygon(QRect(150, 150, 10, 10)), true);   // ...with its own hole
    for (int k = 0; k < 6; ++k)                                           // squares touching only at corners
      d.fillPolygon(id, test::boxPolygon(QRect(300 + 7 * k, 300 + 7 * k, 7, 7)), false);
    d.fillPolygon(id, test::boxPolygon(QRect(300, 342, 7, 7)), false);
    d.fillPolygon(id, test::boxPolygon(QRect(307, 335, 7, 7)), false);
    QVERIFY(exportVectors(p, dir.filePath(name), as(VectorFormat(format))));
    Project fresh;
    fresh.addScene(scene, kWhole.size(), SceneFingerprint::of(scene));
    auto report = importVectors(fresh, dir.filePath(name), {});
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY2(report->notes.isEmpty(), qPrintable(report->notes.join('\n')));
    const cv::Mat expected = d.at(0).mask(kWhole), actual = fresh.document(0)->at(0).mask(kWhole);
    if (format == int(VectorFormat::GeoJson)) {  // 7 decimals of a degree: about a centimetre
      QVERIFY(test::maskIou(actual, expected) > 0.999);
      return;
    }
    QCOMPARE(cv::countNonZero(actual), cv::countNonZero(expected));
    QCOMPARE(cv::norm(actual, expected, cv::NORM_INF), 0.0);
  }
  void tenThousandAnnotations_comeBackFromGeoPackageAndCoco() {
    QTemporaryDir dir;
    const QString scene = test::writeShapesScene(dir.path());
    Project p;
    AnnotationDocument& d = *p.document(p.addScene(scene, kWhole.size(), SceneFingerprint::of(scene)));
    std::vector<Annotation> many;
    for (int i = 0; i < 10000; ++i) {  // 3 x 3 squares on a 100 x 100 grid
      Annotation a;
      a.id = i + 1;
      a.expression = QStringLiteral("square %1").arg(i);
      a.added = TiledMask(kWhole.size());
      a.added.write(QRect(5 + (i % 100) * 8, 5 + (i / 100) * 6, 3, 3), cv::Mat(3, 3, CV_8U, cv::Scalar(255)));
      many.push_back(std::move(a));
    }
    d.restore(std::move(many));
    QVERIFY(exportVectors(p, dir.filePath("many.gpkg"), as(VectorFormat::GeoPackage)));
    QVERIFY(exportCoco(p, dir.filePath("many.json"), {}));
    for (const char* file : {"many.gpkg", "many.json"}) {
      Project fresh;
      fresh.addScene(scene, kWhole.size(), SceneFingerprint::of(scene));
      AnnotationImportOptions o;
      auto report = importAnnotations(fresh, dir.filePath(file), o);
      QVERIFY2(report, qPrintable(report.error()));
      QCOMPARE(report->annotations, 10000);
      const AnnotationDocument& back = *fresh.document(0);
      QCOMPARE(back.at(9999).expression, QString("square 9999"));
      QCOMPARE(back.at(9999).bounds(), QRect(5 + 99 * 8, 5 + 99 * 6, 3, 3));
      QCOMPARE(back.undoStack()->count(), 1);
    }
  }

  void unwritableFolder_isAClearError() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    // /proc takes no new files, even from root; a read-only folder does the same for other users.
    auto r = exportVectors(*p, "/proc/rrsis-export-test.gpkg", as(VectorFormat::GeoPackage));
    QVERIFY(!r);
    QVERIFY2(r.error().contains("/proc"), qPrintable(r.error()));
    auto folder = exportGeoRasters(*p, "/proc/rrsis-export-test", {});
    QVERIFY(!folder);
    QVERIFY2(folder.error().contains("Cannot write into /proc"), qPrintable(folder.error()));
  }
  void featureOnTheSecondScene_bringsNoNoteFromTheFirst() {
    QTemporaryDir dir;
    test::RasterSpec spec;
    spec.georeferenced = false;
    QVERIFY(test::writeRaster(dir.filePath("plain.tif"), spec));
    const QString scene = test::writeShapesScene(dir.path());
    QVERIFY(writeLayer(dir.filePath("one.gpkg"),
                       {"POLYGON ((600010 5299990,600030 5299990,600030 5299970,600010 5299970,600010 5299990))"}));
    Project p;
    p.addScene(dir.filePath("plain.tif"), QSize(spec.width, spec.height),
               SceneFingerprint::of(dir.filePath("plain.tif")));
    p.addScene(scene, kWhole.size(), SceneFingerprint::of(scene));
    auto report = importVectors(p, dir.filePath("one.gpkg"), {});  // tried on plain.tif first, placed on scene.tif
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->annotations, 1);
    QCOMPARE(p.document(1)->count(), 1);
    QVERIFY2(report->notes.isEmpty(), qPrintable(report->notes.join('\n')));
  }
};

QTEST_GUILESS_MAIN(TestVectorExport)
#include "tst_vectorexport.moc"
