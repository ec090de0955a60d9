// Raster reads: every sample type, every overview level, windows, sparse reads, masks.
#include <cmath>

#include <QTemporaryDir>
#include <QtTest>

#include "raster/gdalrastersource.h"
#include "testrasters.h"

using namespace rrsis;
using rrsis::test::RasterSpec;

class TestRasterSource : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void read_eachType_returnsStoredValues_data();
  void read_eachType_returnsStoredValues();
  void open_reportsSizeBandsTypesAndOverviews();
  void read_everyOverviewLevel_matchesAveragedFullResolution();
  void read_resampledWindow_hasRequestedSize();
  void read_windowOutsideLevel_failsWithMessage();
  void read_unknownBand_failsWithMessage();
  void read_nodataPixels_areInvalid();
  void read_nanPixels_areInvalid();
  void readSparse_samplesPointsOfTheWindow();
  void read_fromSeveralThreads_givesSameResults();

 private:
  QTemporaryDir dir_;
};

void TestRasterSource::read_eachType_returnsStoredValues_data() {
  QTest::addColumn<int>("gdalType");
  QTest::addColumn<int>("pixelType");
  QTest::addColumn<double>("offset");
  QTest::newRow("uint8") << int(GDT_Byte) << int(PixelType::Byte) << 0.0;
  QTest::newRow("uint16") << int(GDT_UInt16) << int(PixelType::UInt16) << 40000.0;
  QTest::newRow("int16") << int(GDT_Int16) << int(PixelType::Int16) << -20000.0;
  QTest::newRow("uint32") << int(GDT_UInt32) << int(PixelType::UInt32) << 3.0e9;
  QTest::newRow("int32") << int(GDT_Int32) << int(PixelType::Int32) << -2.0e9;
  QTest::newRow("float32") << int(GDT_Float32) << int(PixelType::Float32) << -0.25;
  QTest::newRow("float64") << int(GDT_Float64) << int(PixelType::Float64) << 1.0e-3;
}

void TestRasterSource::read_eachType_returnsStoredValues() {
  QFETCH(int, gdalType);
  QFETCH(int, pixelType);
  QFETCH(double, offset);
  RasterSpec spec;
  spec.type = GDALDataType(gdalType);
  spec.bands = 2;
  spec.value = [offset](int b, int x, int y) { return offset + b * 10 + x + 2 * y; };
  const QString path = dir_.filePath(QStringLiteral("type_%1.tif").arg(gdalType));
  QVERIFY(test::writeRaster(path, spec));
  auto src = GdalRasterSource::open(path);
  QVERIFY2(src, qPrintable(src.error()));
  QCOMPARE(int((*src)->info().bands[0].type), pixelType);
  ReadRequest req;
  req.window = QRect(5, 7, 20, 10);
  auto block = (*src)->read(req);
  QVERIFY2(block, qPrintable(block.error()));
  QCOMPARE(block->width(), 20);
  QCOMPARE(block->height(), 10);
  QCOMPARE(block->bandCount(), 2);
  QCOMPARE(int(block->type()), pixelType);
  for (int b = 0; b < 2; ++b)
    for (int y : {0, 9})
      for (int x : {0, 13, 19}) {
        const double expected = spec.value(b + 1, 5 + x, 7 + y);
        QVERIFY2(std::abs(block->value(b, x, y) - expected) < 1e-6 * std::max(1.0, std::abs(expected)),
                 qPrintable(QStringLiteral("band %1 (%2,%3): %4 != %5")
                                .arg(b)
                                .arg(x)
                                .arg(y)
                                .arg(block->value(b, x, y))
                                .arg(expected)));
        QVERIFY(block->isValid(x, y));
      }
}

void TestRasterSource::open_reportsSizeBandsTypesAndOverviews() {
  RasterSpec spec;
  spec.width = 200;
  spec.height = 120;
  spec.type = GDT_UInt16;
  spec.overviews = {2, 4, 8};
  const QString path = dir_.filePath(QStringLiteral("meta.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto src = GdalRasterSource::open(path);
  QVERIFY2(src, qPrintable(src.error()));
  const RasterInfo& info = (*src)->info();
  QCOMPARE(info.width, 200);
  QCOMPARE(info.height, 120);
  QCOMPARE(info.bandCount(), 3);
  QCOMPARE(info.driver, QStringLiteral("GTiff"));
  QCOMPARE(info.blockSize, QSize(16, 16));
  QCOMPARE(int(info.levels.size()), 4);
  QCOMPARE(info.levels[1], QSize(100, 60));
  QCOMPARE(info.levels[2], QSize(50, 30));
  QCOMPARE(info.levels[3], QSize(25, 15));
  QCOMPARE(info.levelFactor(2), 4.0);
  QVERIFY(info.geo.hasTransform());
  QCOMPARE(info.geo.crsAuthority(), QStringLiteral("EPSG:32632"));
}

void TestRasterSource::read_everyOverviewLevel_matchesAveragedFullResolution() {
  RasterSpec spec;
  spec.width = 128;
  spec.height = 64;
  spec.bands = 1;
  spec.type = GDT_Float32;
  spec.overviews = {2, 4, 8};
  spec.value = [](int, int x, int y) { return x * 3.0 + y * 5.0; };  // linear: averages are exact
  const QString path = dir_.filePath(QStringLiteral("levels.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto src = GdalRasterSource::open(path);
  QVERIFY(src);
  for (int level = 0; level <= 3; ++level) {
    const int f = 1 << level;
    const QSize size = (*src)->info().levels[level];
    QCOMPARE(size, QSize(128 / f, 64 / f));
    ReadRequest req;
    req.level = level;
    req.window = QRect(QPoint(0, 0), size);
    auto block = (*src)->read(req);
    QVERIFY2(block, qPrintable(block.error()));
    for (int y : {0, size.height() / 2, size.height() - 1})
      for (int x : {0, size.width() / 3, size.width() - 1}) {
        // Mean of the f x f level-0 pixels under this overview pixel.
        const double cx = x * f + (f - 1) / 2.0, cy = y * f + (f - 1) / 2.0;
        QVERIFY2(std::abs(block->value(0, x, y) - (cx * 3 + cy * 5)) < 1e-3,
                 qPrintable(QStringLiteral("level %1 (%2,%3)").arg(level).arg(x).arg(y)));
      }
  }
}

void TestRasterSource::read_resampledWindow_hasRequestedSize() {
  RasterSpec spec;
  spec.width = 100;
  spec.height = 100;
  spec.bands = 1;
  spec.value = [](int, int x, int) { return x < 50 ? 10 : 200; };
  const QString path = dir_.filePath(QStringLiteral("resample.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto src = GdalRasterSource::open(path);
  QVERIFY(src);
  ReadRequest req;
  req.window = QRect(0, 0, 100, 100);
  req.outputSize = QSize(10, 5);
  req.resampling = Resampling::Average;
  auto block = (*src)->read(req);
  QVERIFY(block);
  QCOMPARE(block->width(), 10);
  QCOMPARE(block->height(), 5);
  QCOMPARE(block->value(0, 0, 0), 10.0);
  QCOMPARE(block->value(0, 9, 4), 200.0);
}

void TestRasterSource::read_windowOutsideLevel_failsWithMessage() {
  RasterSpec spec;
  const QString path = dir_.filePath(QStringLiteral("window.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto src = GdalRasterSource::open(path);
  QVERIFY(src);
  ReadRequest req;
  req.window = QRect(60, 0, 10, 10);  // crosses the right edge of a 64 px wide raster
  auto block = (*src)->read(req);
  QVERIFY(!block);
  QVERIFY(block.error().contains(QStringLiteral("outside")));
  req.window = QRect(0, 0, 4, 4);
  req.level = 3;  // no overviews
  block = (*src)->read(req);
  QVERIFY(!block);
  QVERIFY(block.error().contains(QStringLiteral("Level 3")));
}

void TestRasterSource::read_unknownBand_failsWithMessage() {
  RasterSpec spec;
  const QString path = dir_.filePath(QStringLiteral("bands.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto src = GdalRasterSource::open(path);
  QVERIFY(src);
  ReadRequest req;
  req.window = QRect(0, 0, 4, 4);
  req.bands = {4};
  auto block = (*src)->read(req);
  QVERIFY(!block);
  QVERIFY(block.error().contains(QStringLiteral("Band 4")));
}

void TestRasterSource::read_nodataPixels_areInvalid() {
  RasterSpec spec;
  spec.bands = 1;
  spec.type = GDT_Int16;
  spec.nodata = -9999;
  spec.value = [](int, int x, int y) { return x < 10 && y < 10 ? -9999 : x; };
  const QString path = dir_.filePath(QStringLiteral("nodata.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto src = GdalRasterSource::open(path);
  QVERIFY(src);
  QVERIFY((*src)->info().bands[0].nodata.has_value());
  QCOMPARE(*(*src)->info().bands[0].nodata, -9999.0);
  QVERIFY((*src)->info().bands[0].hasMask);
  ReadRequest req;
  req.window = QRect(0, 0, 20, 20);
  auto block = (*src)->read(req);
  QVERIFY(block);
  QVERIFY(!block->isValid(0, 0));
  QVERIFY(!block->isValid(9, 9));
  QVERIFY(block->isValid(10, 9));
  QVERIFY(block->isValid(15, 15));
}

void TestRasterSource::read_nanPixels_areInvalid() {
  RasterSpec spec;
  spec.bands = 1;
  spec.type = GDT_Float32;
  spec.value = [](int, int x, int) { return x == 3 ? std::nan("") : 1.0; };
  const QString path = dir_.filePath(QStringLiteral("nan.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto src = GdalRasterSource::open(path);
  QVERIFY(src);
  ReadRequest req;
  req.window = QRect(0, 0, 8, 2);
  auto block = (*src)->read(req);
  QVERIFY(block);
  QVERIFY(!block->isValid(3, 1));
  QVERIFY(block->isValid(2, 1));
}

void TestRasterSource::readSparse_samplesPointsOfTheWindow() {
  RasterSpec spec;
  spec.width = 400;
  spec.height = 300;
  spec.bands = 2;
  spec.type = GDT_UInt16;
  spec.value = [](int b, int x, int y) { return b * 1000 + x + y; };
  const QString path = dir_.filePath(QStringLiteral("sparse.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto src = GdalRasterSource::open(path);
  QVERIFY(src);
  auto block = (*src)->readSparse(QRectF(0, 0, 400, 300), QSize(4, 3), {2});
  QVERIFY2(block, qPrintable(block.error()));
  QCOMPARE(block->width(), 4);
  QCOMPARE(block->height(), 3);
  QCOMPARE(block->bandCount(), 1);
  // Grid cell centres: x = 50, 150, 250, 350; y = 50, 150, 250.
  QCOMPARE(block->value(0, 0, 0), 2000.0 + 50 + 50);
  QCOMPARE(block->value(0, 3, 2), 2000.0 + 350 + 250);
}

void TestRasterSource::read_fromSeveralThreads_givesSameResults() {
  RasterSpec spec;
  spec.width = 256;
  spec.height = 256;
  spec.value = [](int b, int x, int y) { return (b * 10 + x * 3 + y * 7) % 256; };
  const QString path = dir_.filePath(QStringLiteral("threads.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto src = GdalRasterSource::open(path);
  QVERIFY(src);
  std::shared_ptr<GdalRasterSource> s = *src;
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        ReadRequest req;
        const int x = (t * 37 + i * 13) % 200, y = (t * 11 + i * 29) % 200;
        req.window = QRect(x, y, 32, 32);
        auto block = s->read(req);
        if (!block || block->value(1, 5, 7) != spec.value(2, x + 5, y + 7)) ++mismatches;
      }
    });
  for (auto& th : threads) th.join();
  QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestRasterSource)
#include "tst_rastersource.moc"
