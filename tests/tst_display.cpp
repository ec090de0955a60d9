// Statistics, stretch and display mapping, the level plan, tile rendering and the tile cache.
#include <QTemporaryDir>
#include <QtTest>

#include "raster/displaymapping.h"
#include "raster/gdalrastersource.h"
#include "raster/levelplan.h"
#include "raster/scenestatistics.h"
#include "raster/tilecache.h"
#include "raster/tilerenderer.h"
#include "testrasters.h"

using namespace rrsis;
using rrsis::test::RasterSpec;

class TestDisplay : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void statistics_percentiles_matchHandComputedValues();
  void statistics_largeRasterWithoutOverviews_usesSparseSample();
  void defaultMapping_threeByteBands_isUnstretchedRgb();
  void defaultMapping_oneBand_isGray();
  void defaultMapping_uint16_usesPercentileStretch();
  void defaultMapping_thirteenBands_picksFirstThree();
  void render_eachType_stretchesMinToBlackMaxToWhite_data();
  void render_eachType_stretchesMinToBlackMaxToWhite();
  void render_bandMapping_routesBandsToChannels();
  void render_nodata_isTransparent();
  void levelPlan_withOverviews_usesThemDirectly();
  void levelPlan_withoutOverviews_addsResampledThenSparseLevels();
  void renderTile_directLevel_matchesMappingOfWindow();
  void renderTile_sparseLevel_givesCoarsePreview();
  void tileCache_evictsLeastRecentlyUsedBeyondBudget();

 private:
  std::shared_ptr<GdalRasterSource> open(const QString& name, const RasterSpec& spec);
  QTemporaryDir dir_;
};

std::shared_ptr<GdalRasterSource> TestDisplay::open(const QString& name, const RasterSpec& spec) {
  const QString path = dir_.filePath(name);
  if (!test::writeRaster(path, spec)) return nullptr;
  auto src = GdalRasterSource::open(path);
  return src ? *src : nullptr;
}

void TestDisplay::statistics_percentiles_matchHandComputedValues() {
  RasterSpec spec;
  spec.width = 101;  // values 0..100 in each row: the p-th percentile is p
  spec.height = 3;
  spec.bands = 1;
  spec.type = GDT_Float32;
  spec.value = [](int, int x, int) { return double(x); };
  auto src = open(QStringLiteral("pct.tif"), spec);
  QVERIFY(src);
  auto stats = SceneStatistics::compute(*src);
  QVERIFY2(stats, qPrintable(stats.error()));
  QCOMPARE(stats->validCount(1), std::size_t(303));
  QCOMPARE(stats->percentile(1, 0), 0.0);
  QCOMPARE(stats->percentile(1, 2), 2.0);
  QCOMPARE(stats->percentile(1, 98), 98.0);
  QCOMPARE(stats->percentile(1, 100), 100.0);
  QCOMPARE(stats->percentile(1, 50), 50.0);
}

void TestDisplay::statistics_largeRasterWithoutOverviews_usesSparseSample() {
  RasterSpec spec;
  spec.width = 1500;
  spec.height = 1100;
  spec.bands = 1;
  spec.options = {"TILED=YES"};
  spec.value = [](int, int x, int) { return double(x % 200); };
  auto src = open(QStringLiteral("sparse_stats.tif"), spec);
  QVERIFY(src);
  auto stats = SceneStatistics::compute(*src, 1024);
  QVERIFY(stats);
  QVERIFY(stats->origin().contains(QStringLiteral("sparse")));
  QCOMPARE(stats->validCount(1), std::size_t(8 * 8 * 64 * 64));  // 8 x 8 blocks, 64 x 64 each
  QVERIFY(stats->percentile(1, 98) > 180);
}

void TestDisplay::defaultMapping_threeByteBands_isUnstretchedRgb() {
  RasterSpec spec;
  auto src = open(QStringLiteral("rgb.tif"), spec);
  QVERIFY(src);
  auto stats = SceneStatistics::compute(*src);
  QVERIFY(stats);
  const DisplayMapping m = DisplayMapping::defaultFor(src->info(), *stats, StretchDefaults{});
  QCOMPARE(int(m.mode), int(DisplayMapping::Mode::Rgb));
  QCOMPARE(m.bands, (std::array<int, 3>{1, 2, 3}));
  QCOMPARE(m.minimum[0], 0.0);
  QCOMPARE(m.maximum[2], 255.0);
  StretchDefaults stretchAll;
  stretchAll.stretchByteImagery = true;
  const DisplayMapping s = DisplayMapping::defaultFor(src->info(), *stats, stretchAll);
  QCOMPARE(s.minimum[0], stats->percentile(1, 2));
  QCOMPARE(s.maximum[0], stats->percentile(1, 98));
}

void TestDisplay::defaultMapping_oneBand_isGray() {
  RasterSpec spec;
  spec.bands = 1;
  auto src = open(QStringLiteral("gray.tif"), spec);
  QVERIFY(src);
  auto stats = SceneStatistics::compute(*src);
  QVERIFY(stats);
  const DisplayMapping m = DisplayMapping::defaultFor(src->info(), *stats, StretchDefaults{});
  QCOMPARE(int(m.mode), int(DisplayMapping::Mode::Gray));
  QCOMPARE(m.readBands(), std::vector<int>{1});
}

void TestDisplay::defaultMapping_uint16_usesPercentileStretch() {
  RasterSpec spec;
  spec.type = GDT_UInt16;
  spec.value = [](int b, int x, int y) { return 1000.0 * b + x * 10 + y; };
  auto src = open(QStringLiteral("u16.tif"), spec);
  QVERIFY(src);
  auto stats = SceneStatistics::compute(*src);
  QVERIFY(stats);
  const DisplayMapping m = DisplayMapping::defaultFor(src->info(), *stats, StretchDefaults{});
  for (int c = 0; c < 3; ++c) {
    QCOMPARE(m.minimum[c], stats->percentile(c + 1, 2));
    QCOMPARE(m.maximum[c], stats->percentile(c + 1, 98));
    QVERIFY(m.minimum[c] > 1000.0 * (c + 1));
    QVERIFY(m.maximum[c] < 1000.0 * (c + 1) + 63 * 10 + 47);
  }
}

void TestDisplay::defaultMapping_thirteenBands_picksFirstThree() {
  RasterSpec spec;
  spec.bands = 13;
  spec.type = GDT_UInt16;
  auto src = open(QStringLiteral("b13.tif"), spec);
  QVERIFY(src);
  QCOMPARE(src->info().bandCount(), 13);
  auto stats = SceneStatistics::compute(*src);
  QVERIFY(stats);
  const DisplayMapping m = DisplayMapping::defaultFor(src->info(), *stats, StretchDefaults{});
  QCOMPARE(m.bands, (std::array<int, 3>{1, 2, 3}));
}

void TestDisplay::render_eachType_stretchesMinToBlackMaxToWhite_data() {
  QTest::addColumn<int>("gdalType");
  QTest::addColumn<double>("lo");
  QTest::addColumn<double>("hi");
  QTest::newRow("uint8") << int(GDT_Byte) << 20.0 << 220.0;
  QTest::newRow("uint16") << int(GDT_UInt16) << 1000.0 << 41000.0;
  QTest::newRow("int16") << int(GDT_Int16) << -3000.0 << 5000.0;
  QTest::newRow("uint32") << int(GDT_UInt32) << 1.0e6 << 4.0e9;
  QTest::newRow("float32") << int(GDT_Float32) << -1.0 << 1.0;
  QTest::newRow("float64") << int(GDT_Float64) << 273.15 << 320.5;
}

void TestDisplay::render_eachType_stretchesMinToBlackMaxToWhite() {
  QFETCH(int, gdalType);
  QFETCH(double, lo);
  QFETCH(double, hi);
  RasterSpec spec;
  spec.width = 3;
  spec.height = 1;
  spec.bands = 1;
  spec.type = GDALDataType(gdalType);
  spec.options = {};
  spec.value = [lo, hi](int, int x, int) { return x == 0 ? lo : x == 1 ? (lo + hi) / 2 : hi; };
  auto src = open(QStringLiteral("render_%1.tif").arg(gdalType), spec);
  QVERIFY(src);
  ReadRequest req;
  req.window = QRect(0, 0, 3, 1);
  auto block = src->read(req);
  QVERIFY(block);
  DisplayMapping m;
  m.mode = DisplayMapping::Mode::Gray;
  m.bands = {1, 1, 1};
  m.minimum = {lo, lo, lo};
  m.maximum = {hi, hi, hi};
  const QImage img = m.render(*block);
  QCOMPARE(img.size(), QSize(3, 1));
  QCOMPARE(img.pixel(0, 0), qRgb(0, 0, 0));
  QVERIFY(std::abs(qGray(img.pixel(1, 0)) - 128) <= 1);
  QCOMPARE(img.pixel(2, 0), qRgb(255, 255, 255));
}

void TestDisplay::render_bandMapping_routesBandsToChannels() {
  RasterSpec spec;
  spec.width = 2;
  spec.height = 2;
  spec.bands = 4;
  spec.options = {};
  spec.value = [](int b, int, int) { return b * 50.0; };  // 50, 100, 150, 200
  auto src = open(QStringLiteral("route.tif"), spec);
  QVERIFY(src);
  DisplayMapping m;
  m.bands = {4, 1, 3};
  ReadRequest req;
  req.window = QRect(0, 0, 2, 2);
  req.bands = m.readBands();
  auto block = src->read(req);
  QVERIFY(block);
  const QImage img = m.render(*block);
  QCOMPARE(img.pixel(1, 1), qRgb(200, 50, 150));
}

void TestDisplay::render_nodata_isTransparent() {
  RasterSpec spec;
  spec.bands = 1;
  spec.nodata = 0;
  spec.value = [](int, int x, int) { return x < 5 ? 0 : 100; };
  auto src = open(QStringLiteral("transparent.tif"), spec);
  QVERIFY(src);
  ReadRequest req;
  req.window = QRect(0, 0, 10, 1);
  auto block = src->read(req);
  QVERIFY(block);
  DisplayMapping m;
  m.mode = DisplayMapping::Mode::Gray;
  const QImage img = m.render(*block);
  QCOMPARE(qAlpha(img.pixel(2, 0)), 0);
  QCOMPARE(qAlpha(img.pixel(7, 0)), 255);
  QCOMPARE(qGray(img.pixel(7, 0)), 100);
}

void TestDisplay::levelPlan_withOverviews_usesThemDirectly() {
  RasterInfo info;
  info.width = 4096;
  info.height = 2048;
  info.levels = {QSize(4096, 2048), QSize(2048, 1024), QSize(1024, 512), QSize(512, 256), QSize(256, 128)};
  const LevelPlan plan(info);
  QCOMPARE(plan.count(), 5);
  for (int l = 0; l < plan.count(); ++l) QCOMPARE(int(plan.level(l).kind), int(LevelPlan::Kind::Direct));
  QVERIFY(!plan.hasSparseLevels());
  QCOMPARE(plan.levelFor(1.0), 0);
  QCOMPARE(plan.levelFor(3.0), 1);
  QCOMPARE(plan.levelFor(4.0), 2);
  QCOMPARE(plan.levelFor(1000.0), 4);
  QCOMPARE(plan.tilesX(0), 16);
  QCOMPARE(plan.tilesY(0), 8);
  QCOMPARE(plan.tileRectInLevel0(2, 3, 1), QRectF(3072, 1024, 1024, 1024));
}

void TestDisplay::levelPlan_withoutOverviews_addsResampledThenSparseLevels() {
  RasterInfo info;
  info.width = 30000;
  info.height = 30000;
  info.levels = {QSize(30000, 30000)};
  const LevelPlan plan(info);
  QVERIFY(plan.hasSparseLevels());
  QCOMPARE(int(plan.level(1).kind), int(LevelPlan::Kind::Resampled));
  QCOMPARE(int(plan.level(2).kind), int(LevelPlan::Kind::Resampled));
  QCOMPARE(int(plan.level(3).kind), int(LevelPlan::Kind::Sparse));
  const LevelPlan::Level& last = plan.level(plan.count() - 1);
  QVERIFY(std::max(last.size.width(), last.size.height()) <= kTileSize);
}

void TestDisplay::renderTile_directLevel_matchesMappingOfWindow() {
  RasterSpec spec;
  spec.width = 300;
  spec.height = 270;
  spec.value = [](int b, int x, int y) { return (b * 40 + x + y) % 256; };
  auto src = open(QStringLiteral("tile.tif"), spec);
  QVERIFY(src);
  const LevelPlan plan(src->info());
  DisplayMapping m;
  auto tile = renderTile(*src, plan, m, 0, 1, 1);  // the partial corner tile 256..300 x 256..270
  QVERIFY2(tile, qPrintable(tile.error()));
  QCOMPARE(tile->size(), QSize(44, 14));
  QCOMPARE(tile->pixel(0, 0), qRgb((40 + 512) % 256, (80 + 512) % 256, (120 + 512) % 256));
}

void TestDisplay::renderTile_sparseLevel_givesCoarsePreview() {
  RasterSpec spec;
  spec.width = 3000;
  spec.height = 2500;
  spec.bands = 1;
  spec.options = {"TILED=YES"};
  spec.value = [](int, int x, int) { return x < 1500 ? 30 : 220; };
  auto src = open(QStringLiteral("sparse_tile.tif"), spec);
  QVERIFY(src);
  const LevelPlan plan(src->info());
  int sparse = -1;
  for (int l = 0; l < plan.count(); ++l)
    if (plan.level(l).kind == LevelPlan::Kind::Sparse) {
      sparse = l;
      break;
    }
  QVERIFY(sparse > 0);
  DisplayMapping m;
  m.mode = DisplayMapping::Mode::Gray;
  auto tile = renderTile(*src, plan, m, sparse, 0, 0);
  QVERIFY2(tile, qPrintable(tile.error()));
  QVERIFY(tile->width() <= LevelPlan::kSparseGrid);
  QCOMPARE(qGray(tile->pixel(0, 0)), 30);
  QCOMPARE(qGray(tile->pixel(tile->width() - 1, 0)), 220);
}

void TestDisplay::tileCache_evictsLeastRecentlyUsedBeyondBudget() {
  QImage img(64, 64, QImage::Format_ARGB32_Premultiplied);
  const std::size_t cost = TileCache::costOf(img);
  TileCache cache(cost * 3);
  for (int i = 0; i < 3; ++i) cache.insert(TileKey{1, 1, 0, i, 0}, img);
  QVERIFY(cache.find(TileKey{1, 1, 0, 0, 0}));  // touch 0: 1 is now the oldest
  cache.insert(TileKey{1, 1, 0, 3, 0}, img);
  QCOMPARE(cache.count(), std::size_t(3));
  QVERIFY(cache.contains(TileKey{1, 1, 0, 0, 0}));
  QVERIFY(!cache.contains(TileKey{1, 1, 0, 1, 0}));
  QVERIFY(cache.bytes() <= cache.maxBytes());
  cache.setMaxBytes(cost);
  QCOMPARE(cache.count(), std::size_t(1));
  QVERIFY(cache.contains(TileKey{1, 1, 0, 3, 0}));
  QVERIFY(!cache.contains(TileKey{2, 1, 0, 3, 0}));  // another scene
}

QTEST_GUILESS_MAIN(TestDisplay)
#include "tst_display.moc"
