// Bad input: every file here is made by the test. Each must give a clear message (with
// GDAL's own text where GDAL has one) or open and behave sensibly; nothing may crash.
#include <unistd.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "raster/gdalrastersource.h"
#include "raster/scene.h"
#include "raster/tilerenderer.h"
#include "testrasters.h"

using namespace rrsis;
using rrsis::test::RasterSpec;

class TestBadInput : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void open_missingFile_saysItDoesNotExist();
  void open_folder_saysItIsAFolder();
  void open_emptyFile_saysItIsEmpty();
  void open_unreadableFile_saysPermissionDenied();
  void open_textFile_quotesGdal();
  void open_corruptHeader_quotesGdal();
  void read_truncatedFile_failsWithGdalMessage();
  void open_onePixelRaster_rendersIt();
  void open_oneBand_showsGray();
  void open_thirteenBands_opensAndDescribesAll();
  void open_allNodata_rendersTransparentAndStatsAreEmpty();
  void open_rotatedGeotransform_mapsCoordinatesWithRotation();
  void open_noGeoreferencing_reportsPixelCoordinatesOnly();
  void open_complexSamples_saysTypeIsUnsupported();

 private:
  QTemporaryDir dir_;
};

void TestBadInput::open_missingFile_saysItDoesNotExist() {
  auto src = GdalRasterSource::open(dir_.filePath(QStringLiteral("nope.tif")));
  QVERIFY(!src);
  QVERIFY2(src.error().contains(QStringLiteral("does not exist")), qPrintable(src.error()));
  QVERIFY(src.error().contains(QStringLiteral("nope.tif")));
}

void TestBadInput::open_folder_saysItIsAFolder() {
  auto src = GdalRasterSource::open(dir_.path());
  QVERIFY(!src);
  QVERIFY2(src.error().contains(QStringLiteral("folder")), qPrintable(src.error()));
}

void TestBadInput::open_emptyFile_saysItIsEmpty() {
  const QString path = dir_.filePath(QStringLiteral("empty.tif"));
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.close();
  auto src = GdalRasterSource::open(path);
  QVERIFY(!src);
  QVERIFY2(src.error().contains(QStringLiteral("empty")), qPrintable(src.error()));
}

void TestBadInput::open_unreadableFile_saysPermissionDenied() {
  if (geteuid() == 0) QSKIP("root reads every file; permissions cannot be tested as root");
  const QString path = dir_.filePath(QStringLiteral("secret.tif"));
  QVERIFY(test::writeRaster(path, RasterSpec()));
  QFile::setPermissions(path, QFileDevice::Permissions());
  auto src = GdalRasterSource::open(path);
  QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
  QVERIFY(!src);
  QVERIFY2(src.error().contains(QStringLiteral("permission")), qPrintable(src.error()));
}

void TestBadInput::open_textFile_quotesGdal() {
  const QString path = dir_.filePath(QStringLiteral("notes.tif"));
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write("This is not an image, just some notes about one.\n");
  f.close();
  auto src = GdalRasterSource::open(path);
  QVERIFY(!src);
  QVERIFY2(src.error().startsWith(QStringLiteral("Cannot open")), qPrintable(src.error()));
  // GDAL's own words follow the colon.
  QVERIFY(src.error().section(QStringLiteral(": "), 1).size() > 5);
}

void TestBadInput::open_corruptHeader_quotesGdal() {
  const QString good = dir_.filePath(QStringLiteral("good_for_corrupt.tif"));
  QVERIFY(test::writeRaster(good, RasterSpec()));
  QFile f(good);
  QVERIFY(f.open(QIODevice::ReadOnly));
  QByteArray bytes = f.readAll();
  f.close();
  // Keep the TIFF magic, destroy the offset of the first directory.
  bytes[4] = char(0xFF);
  bytes[5] = char(0xFF);
  bytes[6] = char(0xFF);
  bytes[7] = char(0x7F);
  const QString path = dir_.filePath(QStringLiteral("corrupt.tif"));
  QFile out(path);
  QVERIFY(out.open(QIODevice::WriteOnly));
  out.write(bytes);
  out.close();
  auto src = GdalRasterSource::open(path);
  QVERIFY(!src);
  QVERIFY2(src.error().contains(QStringLiteral("corrupt.tif")), qPrintable(src.error()));
}

void TestBadInput::read_truncatedFile_failsWithGdalMessage() {
  RasterSpec spec;
  spec.width = 512;
  spec.height = 512;
  spec.options = {"TILED=YES"};
  spec.value = [](int b, int x, int y) { return (x * 7 + y * 13 + b) % 251; };
  const QString good = dir_.filePath(QStringLiteral("full.tif"));
  QVERIFY(test::writeRaster(good, spec));
  QFile f(good);
  QVERIFY(f.open(QIODevice::ReadOnly));
  const QByteArray bytes = f.readAll();
  f.close();
  const QString path = dir_.filePath(QStringLiteral("truncated.tif"));
  QFile out(path);
  QVERIFY(out.open(QIODevice::WriteOnly));
  out.write(bytes.left(bytes.size() / 2));
  out.close();
  auto src = GdalRasterSource::open(path);
  if (!src) {
    QVERIFY2(src.error().contains(QStringLiteral("truncated.tif")), qPrintable(src.error()));
    return;
  }
  // The header survived: reading the missing half must fail with GDAL's message, not crash.
  ReadRequest req;
  req.window = QRect(0, 256, 512, 256);
  auto block = (*src)->read(req);
  QVERIFY(!block);
  QVERIFY2(block.error().startsWith(QStringLiteral("Reading")), qPrintable(block.error()));
}

void TestBadInput::open_onePixelRaster_rendersIt() {
  RasterSpec spec;
  spec.width = 1;
  spec.height = 1;
  spec.options = {};
  spec.value = [](int b, int, int) { return b * 60.0; };
  const QString path = dir_.filePath(QStringLiteral("one.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto content = loadSceneContent(path, StretchDefaults{});
  QVERIFY2(content, qPrintable(content.error()));
  const LevelPlan plan(content->source->info());
  QCOMPARE(plan.count(), 1);
  auto tile = renderTile(*content->source, plan, content->mapping, 0, 0, 0);
  QVERIFY(tile);
  QCOMPARE(tile->size(), QSize(1, 1));
  QCOMPARE(tile->pixel(0, 0), qRgb(60, 120, 180));
}

void TestBadInput::open_oneBand_showsGray() {
  RasterSpec spec;
  spec.bands = 1;
  const QString path = dir_.filePath(QStringLiteral("single.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto content = loadSceneContent(path, StretchDefaults{});
  QVERIFY(content);
  QCOMPARE(int(content->mapping.mode), int(DisplayMapping::Mode::Gray));
}

void TestBadInput::open_thirteenBands_opensAndDescribesAll() {
  RasterSpec spec;
  spec.bands = 13;
  spec.type = GDT_UInt16;
  const QString path = dir_.filePath(QStringLiteral("thirteen.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto content = loadSceneContent(path, StretchDefaults{});
  QVERIFY(content);
  QCOMPARE(content->source->info().bandCount(), 13);
  QVERIFY(describeRasterInfo(content->source->info()).contains(QStringLiteral("Band 13: UInt16")));
  QCOMPARE(content->statistics.bandCount(), 13);
}

void TestBadInput::open_allNodata_rendersTransparentAndStatsAreEmpty() {
  RasterSpec spec;
  spec.nodata = 0;
  spec.value = [](int, int, int) { return 0.0; };
  const QString path = dir_.filePath(QStringLiteral("allnodata.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto content = loadSceneContent(path, StretchDefaults{});
  QVERIFY2(content, qPrintable(content.error()));
  QCOMPARE(content->statistics.validCount(1), std::size_t(0));
  const LevelPlan plan(content->source->info());
  auto tile = renderTile(*content->source, plan, content->mapping, 0, 0, 0);
  QVERIFY(tile);
  for (int y = 0; y < tile->height(); y += 7)
    for (int x = 0; x < tile->width(); x += 7) QCOMPARE(qAlpha(tile->pixel(x, y)), 0);
}

void TestBadInput::open_rotatedGeotransform_mapsCoordinatesWithRotation() {
  RasterSpec spec;
  spec.rotated = true;
  const QString path = dir_.filePath(QStringLiteral("rotated.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto src = GdalRasterSource::open(path);
  QVERIFY2(src, qPrintable(src.error()));
  const GeoReference& geo = (*src)->info().geo;
  QVERIFY(geo.isRotated());
  const QPointF m = geo.pixelToMap(QPointF(10, 20));
  QCOMPARE(m.x(), 600000.0 + 10 * 0.5 + 20 * 0.1);
  QCOMPARE(m.y(), 5300000.0 + 10 * 0.1 - 20 * 0.5);
  const auto back = geo.mapToPixel(m);
  QVERIFY(back);
  QVERIFY(std::abs(back->x() - 10) < 1e-6 && std::abs(back->y() - 20) < 1e-6);
  QVERIFY(describeRasterInfo((*src)->info()).contains(QStringLiteral("Rotation terms")));
}

void TestBadInput::open_noGeoreferencing_reportsPixelCoordinatesOnly() {
  RasterSpec spec;
  spec.georeferenced = false;
  const QString path = dir_.filePath(QStringLiteral("plain.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto src = GdalRasterSource::open(path);
  QVERIFY(src);
  QVERIFY(!(*src)->info().geo.hasTransform());
  QVERIFY(!(*src)->info().geo.hasCrs());
  QVERIFY(describeRasterInfo((*src)->info()).contains(QStringLiteral("Georeferencing: none")));
  const QJsonObject json = rasterInfoToJson((*src)->info());
  QVERIFY(json.value(QStringLiteral("geotransform")).isNull());
}

void TestBadInput::open_complexSamples_saysTypeIsUnsupported() {
  RasterSpec spec;
  spec.type = GDT_CInt16;
  spec.bands = 1;
  spec.options = {};
  const QString path = dir_.filePath(QStringLiteral("complex.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto src = GdalRasterSource::open(path);
  QVERIFY(!src);
  QVERIFY2(src.error().contains(QStringLiteral("CInt16")), qPrintable(src.error()));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
