// Region reads, single-pass and tiled prediction, blending, cancellation, the result cache,
// mask overlays and georeferenced mask files, on real GeoTIFFs and real TorchScript modules.
#include <QDir>
#include <QTemporaryDir>
#include <QJsonObject>
#include <QtTest>
#include <opencv2/core.hpp>

#include "annotation/maskoverlay.h"
#include "inference/maskwriter.h"
#include "inference/queryrunner.h"
#include "raster/regionreader.h"
#include "inference/resultcache.h"
#include "inference/tiledpredictor.h"
#include "raster/gdalrastersource.h"
#include "raster/scene.h"
#include "engine/nativesegmenter.h"
#include "testmodels.h"
#include "testrasters.h"

using namespace rrsis;
using namespace rrsis::test;

namespace {

/** A red rectangle [40, 100) x [30, 90) on green, 300 x 200 pixels. */
bool inRed(int x, int y) { return x >= 40 && x < 100 && y >= 30 && y < 90; }

RasterSpec redSquareSpec(int w = 300, int h = 200) {
  RasterSpec spec;
  spec.width = w;
  spec.height = h;
  spec.value = [](int b, int x, int y) {
    const bool red = inRed(x, y);
    return b == 1 ? (red ? 220 : 30) : b == 2 ? (red ? 20 : 200) : (red ? 30 : 40);
  };
  return spec;
}

}  // namespace

class TestInference : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  SceneContent scene_;
  std::unique_ptr<Segmenter> colour_;
  std::unique_ptr<Segmenter> ramp_;

  SceneContent open(const QString& path) {
    auto c = loadSceneContent(path, StretchDefaults{});
    if (!c) qWarning() << c.error();
    return c ? std::move(c.value()) : SceneContent{};
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    QVERIFY(writeRaster(dir_.filePath("red.tif"), redSquareSpec()));
    scene_ = open(dir_.filePath("red.tif"));
    QVERIFY(scene_.source);
    auto c = loadSegmenter(makeTorchScriptBundle(dir_.path(), "colour_logits2.pt"), test::cpuOptions());
    QVERIFY2(c.ok(), qPrintable(c.error()));
    colour_ = std::move(c.value());
    auto r = loadSegmenter(makeTorchScriptBundle(dir_.path(), "ramp_logits2.pt"), test::cpuOptions());
    QVERIFY(r.ok());
    ramp_ = std::move(r.value());
  }

  void readRegion_returnsDisplayRgbAtTheRequestedSize() {
    auto rgb = readRegionRgb(*scene_.source, scene_.mapping, QRect(40, 30, 60, 60), QSize(30, 30));
    QVERIFY2(rgb.ok(), qPrintable(rgb.error()));
    QCOMPARE(rgb->cols, 30);
    const cv::Vec3b px = rgb->at<cv::Vec3b>(15, 15);
    QCOMPARE(int(px[0]), 220);  // RGB order, 8-bit shown as stored
    QCOMPARE(int(px[1]), 20);
    QVERIFY(!readRegionRgb(*scene_.source, scene_.mapping, QRect(500, 500, 10, 10), QSize(8, 8)).ok());
  }

  void planTiles_coversTheRegionWithOverlap() {
    const TilePlan plan = planTiles(QSize(1000, 300), QSize(256, 256), 0.25);
    QCOMPARE(plan.window, QSize(256, 256));
    QCOMPARE(plan.xs.front(), 0);
    QCOMPARE(plan.xs.back() + 256, 1000);  // last window ends at the edge
    for (size_t i = 1; i < plan.xs.size(); ++i) QVERIFY(plan.xs[i] - plan.xs[i - 1] <= 192);
    QCOMPARE(plan.ys.size(), size_t(2));
    const TilePlan small = planTiles(QSize(100, 50), QSize(256, 256), 0.25);
    QCOMPARE(small.count(), 1);
    QCOMPARE(small.window, QSize(100, 50));
  }

  void nativeWindow_followsGroundSampleDistance() {
    ModelManifest m;
    m.inputSize = QSize(64, 64);
    QCOMPARE(nativeWindowSize(m, scene_.source->info()), QSize(64, 64));  // no model GSD
    m.groundSampleDistance = 1.0;                                         // the test raster has 0.5 m pixels
    QCOMPARE(nativeWindowSize(m, scene_.source->info()), QSize(128, 128));
    m.extra["source_window_px"] = 300;  // only for rasters without a ground scale
    QCOMPARE(nativeWindowSize(m, scene_.source->info()), QSize(128, 128));
  }

  void nativeWindow_withoutGeoreferencing_usesTheManifestsSourceWindow() {
    RasterInfo plain = scene_.source->info();
    plain.geo = GeoReference();
    ModelManifest m;
    m.inputSize = QSize(64, 64);
    m.groundSampleDistance = 1.0;
    QCOMPARE(nativeWindowSize(m, plain), QSize(64, 64));
    m.extra["source_window_px"] = 300;
    QCOMPARE(manifestSourceWindow(m), 300);
    QCOMPARE(nativeWindowSize(m, plain), QSize(300, 300));
    m.extra["source_window_px"] = 5;  // nonsense is ignored
    QCOMPARE(manifestSourceWindow(m), 0);
    QCOMPARE(nativeWindowSize(m, plain), QSize(64, 64));
  }

  void singlePass_maskLinesUpWithTheRedSquare() {
    QueryRequest q;
    q.expression = "the red car";
    q.region = QRect(0, 0, 300, 200);
    auto out = runQuery(*scene_.source, scene_.mapping, *colour_, q);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(out->map.region, q.region);
    const cv::Mat mask = out->map.mask(0.5);
    QCOMPARE(mask.size(), cv::Size(300, 200));
    int wrong = 0;
    for (int y = 0; y < 200; ++y)
      for (int x = 0; x < 300; ++x) wrong += (mask.at<uchar>(y, x) > 0) != inRed(x, y);
    // The 300x200 region is squashed to 64x64 and back: only edge pixels may differ.
    QVERIFY2(wrong < 2 * (60 + 60) * 5, qPrintable(QString::number(wrong)));
  }

  void tiled_equalsSinglePass_whenTheRegionFitsOneWindow() {
    QueryRequest q;
    q.expression = "the red car";
    q.region = QRect(20, 10, 60, 50);  // smaller than the 64 px window
    auto single = runQuery(*scene_.source, scene_.mapping, *colour_, q);
    q.tiled = true;
    auto tiled = runQuery(*scene_.source, scene_.mapping, *colour_, q);
    QVERIFY(single.ok() && tiled.ok());
    QCOMPARE(tiled->windows, 1);
    QCOMPARE(tiled->map.probability.size(), single->map.probability.size());
    QVERIFY(cv::norm(tiled->map.probability, single->map.probability, cv::NORM_INF) <= 1.0);
  }

  void tiled_atSourceResolution_findsTheSquareExactly() {
    QueryRequest q;
    q.expression = "red car";
    q.region = QRect(0, 0, 300, 200);
    q.tiled = true;
    auto out = runQuery(*scene_.source, scene_.mapping, *colour_, q);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QVERIFY(out->windows > 4);
    const cv::Mat mask = out->map.mask(0.5);
    int wrong = 0;
    for (int y = 0; y < 200; ++y)
      for (int x = 0; x < 300; ++x) wrong += (mask.at<uchar>(y, x) > 0) != inRed(x, y);
    QCOMPARE(wrong, 0);  // windows are read 1:1, so every pixel is right
  }

  void autoTile_coarseViewRunsInNativeWindows() {
    // The same rule model, declared native at 0.5 m per input pixel (the raster's own GSD):
    // a 300x200 view squashed to 64x64 would be 4.7x coarser, so it runs in 24 windows.
    QDir().mkpath(dir_.filePath("gsd"));
    auto s = loadSegmenter(makeTorchScriptBundle(dir_.filePath("gsd"), "colour_logits2.pt",
                                                 QJsonObject{{"ground_sample_distance_m", 0.5}}),
                           test::cpuOptions(false));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QueryRequest q;
    q.expression = "red car";
    q.region = QRect(0, 0, 300, 200);
    q.autoTileWindows = 36;
    auto out = runQuery(*scene_.source, scene_.mapping, **s, q);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QVERIFY(out->tiled);
    QCOMPARE(out->windows, 24);
    int wrong = 0;
    const cv::Mat mask = out->map.mask(0.5);
    for (int y = 0; y < 200; ++y)
      for (int x = 0; x < 300; ++x) wrong += (mask.at<uchar>(y, x) > 0) != inRed(x, y);
    QCOMPARE(wrong, 0);
    // More windows than allowed, a region near native scale, or no model GSD: single pass.
    q.autoTileWindows = 23;
    QVERIFY(!runQuery(*scene_.source, scene_.mapping, **s, q)->tiled);
    q.autoTileWindows = 36;
    q.region = QRect(0, 0, 96, 96);
    QVERIFY(!runQuery(*scene_.source, scene_.mapping, **s, q)->tiled);
    q.region = QRect(0, 0, 300, 200);
    auto plain = runQuery(*scene_.source, scene_.mapping, *colour_, q);
    QVERIFY(plain.ok() && !plain->tiled && plain->windows == 1);
  }

  void tiled_blending_leavesNoSeams() {
    // The ramp module's probability rises across each window; without blending every
    // window edge would jump from ~1 back to ~0.
    TiledPredictor predictor(*scene_.source, scene_.mapping, *ramp_, {});
    auto map = predictor.run(QRect(0, 0, 300, 200), *ramp_->encode("road"), {});
    QVERIFY(map.ok());
    cv::Mat p;
    map->probability.convertTo(p, CV_32F);
    double maxStep = 0;
    for (int y = 0; y < p.rows; ++y)
      for (int x = 1; x < p.cols; ++x)
        maxStep = std::max(maxStep, double(std::abs(p.at<float>(y, x) - p.at<float>(y, x - 1))));
    // One window spans 64 px and ~245 levels: the steepest step of one ramp is ~8 levels and
    // blending two ramps may steepen it somewhat; a seam would be ~200.
    QVERIFY2(maxStep <= 24, qPrintable(QString::number(maxStep)));
    // And without blending there would be seams: the same module on abutting windows.
    auto left = ramp_->predict(cv::Mat(64, 64, CV_8UC3, cv::Scalar::all(90)), *ramp_->encode("road"));
    QVERIFY(left.ok());
    QVERIFY(left->at<float>(0, 63) - left->at<float>(0, 0) > 0.9f);
  }

  void tiled_cancelBetweenBatches_stopsAndSaysSo_data() {
    QTest::addColumn<int>("cancelAfter");
    QTest::newRow("before the first batch") << 0;
    QTest::newRow("after one batch") << 1;
    QTest::newRow("after three batches") << 3;
  }
  void tiled_cancelBetweenBatches_stopsAndSaysSo() {
    QFETCH(int, cancelAfter);
    TiledPredictor::Options o;
    o.batchSize = 1;
    TiledPredictor predictor(*scene_.source, scene_.mapping, *colour_, o);
    int calls = 0, lastDone = -1;
    bool cancelled = false;
    auto map = predictor.run(
        QRect(0, 0, 300, 200), *colour_->encode("red car"),
        [&](int done, int) {
          lastDone = done;
          return calls++ < cancelAfter;
        },
        &cancelled);
    QVERIFY(!map.ok());
    QVERIFY(cancelled);
    QCOMPARE(lastDone, cancelAfter);  // no window ran after the cancel
    QVERIFY(map.error().contains("Cancelled"));
  }

  void tiled_modelFailure_isReportedNotThrown() {
    auto s = loadSegmenter(makeTorchScriptBundle(dir_.path(), "throws.pt"), test::cpuOptions());
    QVERIFY(s.ok());
    QueryRequest q;
    q.expression = "boom";
    q.region = QRect(0, 0, 300, 200);
    q.tiled = true;
    auto out = runQuery(*scene_.source, scene_.mapping, **s, q);
    QVERIFY(!out.ok());
    QVERIFY(out.error().contains("refuses id 9"));
  }

  void resultCache_returnsTheSameResultAndEvicts() {
    ResultCache cache(3000);
    QueryRequest q;
    q.expression = "red  car ";
    q.region = QRect(0, 0, 40, 30);
    QueryOutcome o;
    o.map.region = q.region;
    o.map.probability = cv::Mat(30, 40, CV_8U, cv::Scalar(200));
    const QString key = ResultCache::key("scene1:1", "model#1", q);
    cache.insert(key, o);
    q.expression = "red car";  // the same expression, other spacing
    QVERIFY(cache.find(ResultCache::key("scene1:1", "model#1", q)).has_value());
    QVERIFY(!cache.find(ResultCache::key("scene1:2", "model#1", q)).has_value());  // new stretch
    q.tiled = true;
    QVERIFY(!cache.find(ResultCache::key("scene1:1", "model#1", q)).has_value());
    for (int i = 0; i < 3; ++i) cache.insert(QString::number(i), o);  // 1200 bytes each
    QCOMPARE(cache.count(), 2);
    QVERIFY(cache.bytes() <= 3000);
    QVERIFY(!cache.find(key).has_value());  // least recently used went first
  }

  void overlay_pixelsLineUpWithTheScene() {
    ProbabilityMap map;
    map.region = QRect(100, 50, 20, 10);
    map.probability = cv::Mat(5, 10, CV_8U, cv::Scalar(0));  // half resolution
    map.probability.at<uchar>(2, 3) = 255;                   // covers scene x 106..107, y 54..55
    // Show scene x 100..140, y 50..70 on 80 x 40 pixels: 2 screen pixels per scene pixel.
    const QImage img = renderMaskOverlay(map, 0.5, QColor(255, 0, 0), 0.5, QRectF(100, 50, 40, 20), QSize(80, 40));
    auto on = [&](int x, int y) { return qAlpha(img.pixel(x, y)) > 0; };
    QVERIFY(on(12, 8) && on(15, 11));  // scene (106, 54) .. (107.5, 55.5)
    QVERIFY(!on(11, 8) && !on(16, 8) && !on(12, 7) && !on(12, 12));
    QVERIFY(!on(60, 30));  // outside the map: transparent
    const QImage none = renderMaskOverlay(map, 1.0, Qt::red, 0.5, QRectF(100, 50, 40, 20), QSize(80, 40));
    QVERIFY(qAlpha(none.pixel(12, 8)) > 0);  // 255 >= 1.0 * 255
    const QImage all = renderMaskOverlay(map, 0.0, Qt::red, 0.5, QRectF(100, 50, 40, 20), QSize(80, 40));
    QVERIFY(qAlpha(all.pixel(2, 2)) > 0 && !(qAlpha(all.pixel(60, 30)) > 0));
  }

  void maskFile_isGeoreferencedOverTheRegion() {
    QueryRequest q;
    q.expression = "red car";
    q.region = QRect(30, 20, 100, 80);
    q.tiled = true;
    auto out = runQuery(*scene_.source, scene_.mapping, *colour_, q);
    QVERIFY(out.ok());
    const QString path = dir_.filePath("mask.tif");
    const cv::Mat mask = out->map.mask(0.5);
    QVERIFY(writeRegionGeoTiff(path, mask, out->map, scene_.source->info().geo).ok());
    QVERIFY(!QFile::exists(path + ".part"));
    auto written = GdalRasterSource::open(path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const RasterInfo& info = (*written)->info();
    QCOMPARE(info.width, 100);
    QCOMPARE(info.bandCount(), 1);
    const QPointF expected = scene_.source->info().geo.pixelToMap(QPointF(30, 20));
    QCOMPARE(info.geo.pixelToMap(QPointF(0, 0)), expected);
    QCOMPARE(info.geo.crsAuthority(), QString("EPSG:32632"));
    ReadRequest r;
    r.window = QRect(0, 0, 100, 80);
    auto block = (*written)->read(r);
    QVERIFY(block.ok());
    const auto* px = static_cast<const uchar*>(block->bandData(0));
    QCOMPARE(int(px[(40 - 20) * 100 + (50 - 30)]), 255);  // scene (50, 40) is red
    QCOMPARE(int(px[(10) * 100 + (5)]), 0);               // scene (35, 30) is not
    QVERIFY(!writeRegionGeoTiff(dir_.filePath("no/such/folder/m.tif"), mask, out->map, {}).ok());
  }
};

QTEST_GUILESS_MAIN(TestInference)
#include "tst_inference.moc"
