// Viewer benchmark: a 30000 x 30000 3-band tiled GeoTIFF with and without overviews, a
// 1600 x 1000 view. Prints first-view time, pan/zoom step times (warm and cold cache) and
// peak resident memory. Run: bench_viewer [work-dir] (default /tmp/rrsis-bench; the large
// files are kept there and reused).
#include <algorithm>
#include <cmath>
#include <functional>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <cpl_conv.h>
#include <gdal_priv.h>

#include "raster/gdalrastersource.h"
#include "raster/overviewbuilder.h"
#include "raster/scene.h"
#include "tiledview.h"
#include "timingstats.h"
#include "util/processmemory.h"

using namespace rrsis;

namespace {

constexpr int kSize = 30000;

long residentKb(const char* field) {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind(field, 0) == 0) return std::stol(line.substr(std::string(field).size()));
  return -1;
}

/** Writes the big scene by tiling the bundled sample scene (real-looking content), JPEG. */
bool makeBigScene(const QString& samplePath, const QString& out) {
  ensureGdalInitialized();
  GDALDataset* sample = GDALDataset::FromHandle(GDALOpen(samplePath.toUtf8().constData(), GA_ReadOnly));
  if (!sample) return false;
  const int sw = sample->GetRasterXSize(), sh = sample->GetRasterYSize();
  std::vector<std::uint8_t> src(std::size_t(sw) * sh * 3);
  int bands[3] = {1, 2, 3};
  if (sample->RasterIO(GF_Read, 0, 0, sw, sh, src.data(), sw, sh, GDT_Byte, 3, bands, 3, std::size_t(sw) * 3, 1) !=
      CE_None)
    return false;
  GDALClose(sample);
  const char* opts[] = {"TILED=YES", "COMPRESS=JPEG", "PHOTOMETRIC=YCBCR", "JPEG_QUALITY=85", "BIGTIFF=YES", nullptr};
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
  GDALDataset* ds = drv->Create(out.toUtf8().constData(), kSize, kSize, 3, GDT_Byte, const_cast<char**>(opts));
  if (!ds) return false;
  double gt[6] = {500000, 0.13, 0, 5400000, 0, -0.13};
  ds->SetGeoTransform(gt);
  const int rows = 256;
  std::vector<std::uint8_t> strip(std::size_t(kSize) * rows * 3);
  for (int y0 = 0; y0 < kSize; y0 += rows) {
    const int h = std::min(rows, kSize - y0);
    for (int y = 0; y < h; ++y) {
      // Shift each repetition so the mosaic does not look like a plain grid.
      const int gy = y0 + y;
      const int sy = (gy + (gy / sh) * 517) % sh;
      for (int x = 0; x < kSize; ++x) {
        const int sx = (x + (gy / sh) * 911 + (x / sw) * 263) % sw;
        const std::uint8_t* p = &src[(std::size_t(sy) * sw + sx) * 3];
        std::uint8_t* q = &strip[(std::size_t(y) * kSize + x) * 3];
        q[0] = p[0];
        q[1] = p[1];
        q[2] = p[2];
      }
    }
    if (ds->RasterIO(GF_Write, 0, y0, kSize, h, strip.data(), kSize, h, GDT_Byte, 3, bands, 3, std::size_t(kSize) * 3,
                     1) != CE_None) {
      GDALClose(ds);
      return false;
    }
  }
  GDALClose(ds);
  return true;
}

bool waitComplete(ui::TiledView& view, int timeoutMs = 60000) {
  QElapsedTimer t;
  t.start();
  while (!view.isComplete()) {
    if (t.elapsed() > timeoutMs) return false;
    QApplication::processEvents(QEventLoop::AllEvents, 5);
  }
  QApplication::processEvents();
  return true;
}

using bench::Stats;
using bench::summarize;

struct StepResult {
  Stats gui;       // GUI thread: apply the step and paint once (ms)
  Stats complete;  // until every visible tile of the new view is drawn (ms)
};

/** Runs `steps` (each a function on the view), measuring GUI time and time to full render. */
template <class Step>
StepResult runSteps(ui::TiledView& view, const std::vector<Step>& steps, bool cold) {
  std::vector<double> gui, complete;
  for (const Step& step : steps) {
    if (cold) view.clearCache();
    waitComplete(view, 0);  // drain
    QElapsedTimer t;
    t.start();
    step(view);
    view.repaint();
    gui.push_back(t.nsecsElapsed() / 1e6);
    waitComplete(view);
    view.repaint();
    complete.push_back(t.nsecsElapsed() / 1e6);
  }
  return {summarize(gui), summarize(complete)};
}

void printRow(const char* name, const StepResult& r) {
  std::printf("%-34s %8.2f %8.2f %8.2f   %9.1f %9.1f\n", name, r.gui.median, r.gui.p99, r.gui.max, r.complete.median,
              r.complete.p99);
}

void benchScene(const QString& path, const char* label) {
  std::printf("\n== %s: %s\n", label, qPrintable(path));
  ui::TiledView view;
  view.resize(1600, 1000);
  view.show();
  QApplication::processEvents();

  QElapsedTimer t;
  t.start();
  auto content = loadSceneContent(path, StretchDefaults{});
  if (!content) {
    std::printf("cannot open: %s\n", qPrintable(content.error()));
    return;
  }
  const double openMs = t.nsecsElapsed() / 1e6;
  view.setScene(std::make_shared<Scene>(std::move(*content)));
  waitComplete(view);
  view.repaint();
  const double firstMs = t.nsecsElapsed() / 1e6;
  std::printf("open + statistics: %.1f ms; first full view (fit, level %d): %.1f ms\n", openMs, view.currentLevel(),
              firstMs);

  using Step = std::function<void(ui::TiledView&)>;
  std::mt19937 rng(42);
  std::vector<Step> pans;
  const QPointF dirs[4] = {{100, 0}, {0, 100}, {-100, 0}, {0, -100}};
  for (int i = 0; i < 120; ++i) {
    const QPointF d = dirs[(i / 30) % 4];
    pans.push_back([d](ui::TiledView& v) { v.panBy(d); });
  }
  std::vector<Step> zooms;
  for (int i = 0; i < 60; ++i) {
    const double f = (i / 6) % 2 == 0 ? 1.25 : 0.8;
    zooms.push_back([f](ui::TiledView& v) { v.zoomBy(f, QPointF(800, 500)); });
  }

  std::printf("%-34s %8s %8s %8s   %9s %9s\n", "step (1600x1000 view)", "gui med", "gui p99", "gui max", "full med",
              "full p99");
  for (double zoom : {1.0, 0.25}) {
    view.centerOn(QPointF(kSize / 2.0, kSize / 2.0));
    view.zoomBy(zoom / view.zoom(), QPointF(800, 500));
    waitComplete(view);
    // Warm: walk the path once to fill the cache, then measure the same path again.
    runSteps(view, pans, false);
    view.centerOn(QPointF(kSize / 2.0, kSize / 2.0));
    waitComplete(view);
    const StepResult warm = runSteps(view, pans, false);
    view.centerOn(QPointF(kSize / 2.0, kSize / 2.0));
    const StepResult cold = runSteps(view, std::vector<Step>(pans.begin(), pans.begin() + 40), true);
    char name[64];
    std::snprintf(name, sizeof name, "pan 100 px at %g%%, warm", zoom * 100);
    printRow(name, warm);
    std::snprintf(name, sizeof name, "pan 100 px at %g%%, cold", zoom * 100);
    printRow(name, cold);
  }
  view.centerOn(QPointF(kSize / 2.0, kSize / 2.0));
  view.zoomBy(0.5 / view.zoom(), QPointF(800, 500));
  waitComplete(view);
  runSteps(view, zooms, false);
  printRow("zoom x1.25 / x0.8 near 50%, warm", runSteps(view, zooms, false));
  printRow("zoom x1.25 / x0.8 near 50%, cold", runSteps(view, zooms, true));

  // A long session: random jumps, zooms and pans all over the scene.
  std::uniform_real_distribution<double> pos(0, kSize), z(0.02, 2.0), d(-400, 400);
  for (int i = 0; i < 300; ++i) {
    view.centerOn(QPointF(pos(rng), pos(rng)));
    view.zoomBy(z(rng) / view.zoom(), QPointF(800, 500));
    view.panBy(QPointF(d(rng), d(rng)));
    waitComplete(view);
  }
  std::printf("after a 300-step random session: tile cache %.1f MB in %zu tiles; RSS now %.1f MB\n",
              view.cache().bytes() / 1048576.0, view.cache().count(), residentKb("VmRSS:") / 1024.0);
  view.clearCache();
  std::printf("after clearing the tile cache: RSS %.1f MB\n", residentKb("VmRSS:") / 1024.0);
}

}  // namespace

int main(int argc, char** argv) {
  rrsis::configureProcessMemory();
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/rrsis-bench");
  QDir().mkpath(dir);
  const QString sample = QStringLiteral(RRSIS_SOURCE_DIR "/resources/sample_scene.tif");
  const QString noOvr = dir + QStringLiteral("/big_no_overviews.tif");
  const QString withOvr = dir + QStringLiteral("/big_with_overviews.tif");

  QElapsedTimer t;
  if (!QFile::exists(noOvr)) {
    t.start();
    if (!makeBigScene(sample, noOvr)) {
      std::printf("cannot write %s: %s\n", qPrintable(noOvr), qPrintable(lastGdalError()));
      return 1;
    }
    std::printf("wrote %dx%d scene in %.1f s\n", kSize, kSize, t.elapsed() / 1000.0);
  }
  if (!QFile::exists(withOvr + QStringLiteral(".ovr"))) {
    QFile::remove(withOvr);
    QFile::copy(noOvr, withOvr);
    t.start();
    const Status st = OverviewBuilder::build(withOvr);
    if (!st) {
      std::printf("overviews failed: %s\n", qPrintable(st.error()));
      return 1;
    }
    std::printf("built overviews (.ovr) in %.1f s\n", t.elapsed() / 1000.0);
  }
  ensureGdalInitialized();
  std::printf("resident memory before opening anything: %.1f MB\n", residentKb("VmRSS:") / 1024.0);
  std::printf("machine: %d logical CPUs; tile cache budget 256 MB; GDAL block cache %lld MB\n",
              QThread::idealThreadCount(), static_cast<long long>(GDALGetCacheMax64() / 1048576));
  benchScene(withOvr, "with overviews");
  benchScene(noOvr, "without overviews (sparse previews)");
  std::printf("\npeak resident memory (VmHWM) over the whole run: %.1f MB\n", residentKb("VmHWM:") / 1024.0);
  return 0;
}
