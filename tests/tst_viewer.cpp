// The viewer as a user sees it (offscreen platform): tiles land where the image is, zoom
// keeps the point under the cursor, the status bar reads coordinates and values, and a bad
// file leaves the window working.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "raster/scene.h"
#include "testrasters.h"
#include "mainwindow.h"
#include "statusinfo.h"
#include "tileloader.h"
#include "tiledview.h"

using namespace rrsis;
using rrsis::test::RasterSpec;

namespace {
/** Four quadrants: red, green, blue, white. */
double quadrant(int b, int x, int y, int w, int h) {
  const int q = (x >= w / 2 ? 1 : 0) + (y >= h / 2 ? 2 : 0);
  const int rgb[4][3] = {{200, 0, 0}, {0, 200, 0}, {0, 0, 200}, {255, 255, 255}};
  return rgb[q][b - 1];
}
}  // namespace

class TestViewer : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase();
  void view_tiles_lineUpWithImagePixels();
  void view_zoomAroundCursor_keepsPointUnderCursor();
  void view_pan_movesImageWithMouse();
  void view_largeRasterWithoutOverviews_rendersWithoutBlocking();
  void window_badFile_reportsErrorAndKeepsWorking();
  void window_statusBar_showsPixelMapCoordinatesAndValues();

 private:
  QString quadrants_;
  QTemporaryDir dir_;
};

void TestViewer::initTestCase() {
  QStandardPaths::setTestModeEnabled(true);
  RasterSpec spec;
  spec.width = 600;
  spec.height = 400;
  spec.overviews = {2, 4};
  spec.value = [](int b, int x, int y) { return quadrant(b, x, y, 600, 400); };
  quadrants_ = dir_.filePath(QStringLiteral("quadrants.tif"));
  QVERIFY(test::writeRaster(quadrants_, spec));
}

void TestViewer::view_tiles_lineUpWithImagePixels() {
  auto content = loadSceneContent(quadrants_, StretchDefaults{});
  QVERIFY(content);
  ui::TiledView view;
  view.resize(500, 400);
  view.show();
  QSignalSpy done(&view, &ui::TiledView::renderComplete);
  view.setScene(std::make_shared<Scene>(std::move(*content)));
  QVERIFY(done.count() > 0 || done.wait(10000));
  view.actualPixels();
  view.centerOn(QPointF(300, 200));  // the corner where the four quadrants meet
  QTRY_VERIFY_WITH_TIMEOUT(view.isComplete(), 10000);
  const QImage shot = view.grab().toImage();
  auto colourAt = [&](QPointF imagePos) {
    const QPointF v = view.imageToView(imagePos) * shot.devicePixelRatio();
    return QColor(shot.pixel(v.toPoint()));
  };
  // One image pixel either side of the quadrant boundary.
  QCOMPARE(colourAt(QPointF(298.5, 198.5)), QColor(200, 0, 0));
  QCOMPARE(colourAt(QPointF(301.5, 198.5)), QColor(0, 200, 0));
  QCOMPARE(colourAt(QPointF(298.5, 201.5)), QColor(0, 0, 200));
  QCOMPARE(colourAt(QPointF(301.5, 201.5)), QColor(255, 255, 255));
}

void TestViewer::view_zoomAroundCursor_keepsPointUnderCursor() {
  auto content = loadSceneContent(quadrants_, StretchDefaults{});
  QVERIFY(content);
  ui::TiledView view;
  view.resize(400, 300);
  view.show();
  view.setScene(std::make_shared<Scene>(std::move(*content)));
  const QPointF anchor(97, 211);
  const QPointF before = view.viewToImage(anchor);
  const double z = view.zoom();
  view.zoomBy(2.0, anchor);
  QCOMPARE(view.zoom(), z * 2.0);
  const QPointF after = view.viewToImage(anchor);
  QVERIFY(std::abs(after.x() - before.x()) < 1e-9 && std::abs(after.y() - before.y()) < 1e-9);
  view.fitToWindow();
  QCOMPARE(view.zoom(), z);
}

void TestViewer::view_pan_movesImageWithMouse() {
  auto content = loadSceneContent(quadrants_, StretchDefaults{});
  QVERIFY(content);
  ui::TiledView view;
  view.resize(400, 300);
  view.show();
  view.setScene(std::make_shared<Scene>(std::move(*content)));
  view.actualPixels();
  const QPointF p = view.viewToImage(QPointF(200, 150));
  QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(200, 150));
  QTest::mouseMove(&view, QPoint(230, 170));
  QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(230, 170));
  // The image point that was under the cursor followed it.
  const QPointF q = view.viewToImage(QPointF(230, 170));
  QVERIFY2(std::abs(q.x() - p.x()) < 1e-6 && std::abs(q.y() - p.y()) < 1e-6,
           qPrintable(QStringLiteral("%1,%2 vs %3,%4").arg(q.x()).arg(q.y()).arg(p.x()).arg(p.y())));
  QTest::keyClick(&view, Qt::Key_Right);
  QVERIFY(view.viewToImage(QPointF(230, 170)).x() > q.x());
}

void TestViewer::view_largeRasterWithoutOverviews_rendersWithoutBlocking() {
  RasterSpec spec;
  spec.width = 6000;
  spec.height = 5000;
  spec.bands = 3;
  spec.options = {"TILED=YES"};
  spec.value = [](int b, int x, int y) { return quadrant(b, x, y, 6000, 5000); };
  const QString path = dir_.filePath(QStringLiteral("big_no_ovr.tif"));
  QVERIFY(test::writeRaster(path, spec));
  auto content = loadSceneContent(path, StretchDefaults{});
  QVERIFY(content);
  ui::TiledView view;
  view.resize(600, 500);
  view.show();
  auto scene = std::make_shared<Scene>(std::move(*content));
  QVERIFY(scene->plan().hasSparseLevels());
  view.setScene(scene);
  // setScene returned with the reads still queued on the tile threads: the GUI never waited.
  QVERIFY(!view.isComplete());
  QVERIFY(view.loader()->pendingCount() > 0);
  QTRY_VERIFY_WITH_TIMEOUT(view.isComplete(), 30000);
  QVERIFY(scene->plan().level(view.currentLevel()).kind == LevelPlan::Kind::Sparse);
  const QImage shot = view.grab().toImage();
  const QPointF v = view.imageToView(QPointF(1000, 1000)) * shot.devicePixelRatio();
  QCOMPARE(QColor(shot.pixel(v.toPoint())), QColor(200, 0, 0));
}

void TestViewer::window_badFile_reportsErrorAndKeepsWorking() {
  ui::MainWindow window;
  window.setQuietErrors(true);
  window.show();
  QSignalSpy opened(&window, &ui::MainWindow::sceneOpened);
  window.openFile(dir_.filePath(QStringLiteral("missing.tif")));
  QVERIFY(opened.wait(10000));
  QCOMPARE(opened.last().at(0).toBool(), false);
  QVERIFY(window.lastError().contains(QStringLiteral("does not exist")));
  QVERIFY(!window.scene());
  window.openFile(quadrants_);
  QVERIFY(opened.wait(10000));
  QCOMPARE(opened.last().at(0).toBool(), true);
  QVERIFY(window.scene());
  QCOMPARE(window.scene()->info().width, 600);
}

void TestViewer::window_statusBar_showsPixelMapCoordinatesAndValues() {
  ui::MainWindow window;
  window.setQuietErrors(true);
  window.show();
  QSignalSpy opened(&window, &ui::MainWindow::sceneOpened);
  window.openFile(quadrants_);
  QVERIFY(opened.wait(10000));
  QVERIFY(window.scene());
  window.statusInfo()->showCursor(QPointF(10.5, 20.5), true);
  const QString coords = window.statusInfo()->coordinatesText();
  QVERIFY2(coords.contains(QStringLiteral("Pixel 10, 20")), qPrintable(coords));
  // 600000 + 10.5 * 0.5, 5300000 - 20.5 * 0.5
  QVERIFY2(coords.contains(QStringLiteral("600005.25, 5299989.75")), qPrintable(coords));
  QVERIFY(coords.contains(QStringLiteral("EPSG:32632")));
  QTRY_COMPARE_WITH_TIMEOUT(window.statusInfo()->valuesText(), QStringLiteral("Values: 200, 0, 0"), 5000);
  QVERIFY(window.statusInfo()->zoomText().contains(QStringLiteral("Zoom")));
}

QTEST_MAIN(TestViewer)
#include "tst_viewer.moc"
