// Editing benchmark on a 30000 x 30000 scene (sparse tiled GeoTIFF with empty overviews,
// made once in the work folder): brush strokes at 100 % and 25 % zoom (GUI-thread time per
// mouse move including the overlay re-render), 200 annotations of 1-5 % of the scene
// (resident memory with the viewer, project save and load), the recovery journal's cost per
// edit on the GUI thread and its recovery time, and RefSegRS export of 1,000 annotations.
// Run: QT_QPA_PLATFORM=offscreen bench_editing [work-dir] (default /tmp/rrsis-bench-editing).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QUndoStack>

#include <gdal_priv.h>

#include "annotation/annotationdocument.h"
#include "annotation/journalreplay.h"
#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "annotation/recoveryjournal.h"
#include "dataset/refsegrsexport.h"
#include "raster/gdalrastersource.h"
#include "edittools.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "tiledview.h"
#include "tools/toolmanager.h"
#include "sparsescene.h"
#include "timingstats.h"
#include "util/processmemory.h"

using namespace rrsis;

namespace {

constexpr int kSize = 30000;

long residentMb() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6)) / 1024;
  return -1;
}

QString makeScene(const QString& dir) { return bench::makeSparseScene(dir, kSize); }

using bench::Stats;
using bench::summarize;

void mouse(ui::TiledView* view, QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
  QMouseEvent e(type, at, view->mapToGlobal(at), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                Qt::NoModifier);
  QApplication::sendEvent(view, &e);
}

/** One brush drag of 300 mouse moves across the view; per move: the event plus a synchronous repaint. */
Stats brushDrag(ui::MainWindow& w) {
  ui::TiledView* view = w.view();
  std::vector<double> times;
  const QPointF start(view->width() * 0.2, view->height() * 0.5);
  mouse(view, QEvent::MouseButtonPress, start, Qt::LeftButton);
  for (int i = 1; i <= 300; ++i) {
    const QPointF at = start + QPointF(i * view->width() * 0.6 / 300, 60 * std::sin(i / 15.0));
    QElapsedTimer t;
    t.start();
    mouse(view, QEvent::MouseMove, at, Qt::LeftButton);
    view->repaint();
    times.push_back(t.nsecsElapsed() / 1e6);
  }
  mouse(view, QEvent::MouseButtonRelease, start, Qt::NoButton);
  return summarize(times);
}

void settle(ui::TiledView* view) {
  QElapsedTimer t;
  t.start();
  while (!view->isComplete() && t.elapsed() < 30000) QApplication::processEvents(QEventLoop::AllEvents, 5);
  QApplication::processEvents();
}

/** 200 blobs (polygons of 64 vertices) of 1-5 % of the scene each. */
void addBlobs(AnnotationDocument& d, int n, unsigned seed) {
  std::mt19937 r(seed);
  std::uniform_real_distribution<double> share(0.01, 0.05), pos(0.1, 0.9), wobble(0.85, 1.15);
  for (int i = 0; i < n; ++i) {
    Annotation a;
    a.expression = QStringLiteral("object %1").arg(i);
    const int id = d.addAnnotation(a);
    const double radius = std::sqrt(share(r) * kSize * double(kSize) / M_PI);
    const QPointF c(pos(r) * kSize, pos(r) * kSize);
    std::vector<QPointF> poly;
    for (int k = 0; k < 64; ++k) {
      const double t = 2 * M_PI * k / 64, rr = radius * wobble(r);
      poly.push_back(c + QPointF(std::cos(t) * rr, std::sin(t) * rr));
    }
    d.fillPolygon(id, poly, false);
  }
}

}  // namespace

int main(int argc, char** argv) {
  configureProcessMemory();
  QApplication app(argc, argv);
  QStandardPaths::setTestModeEnabled(true);
  const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/rrsis-bench-editing");
  QDir().mkpath(dir);
  const QString scene = makeScene(dir);
  if (scene.isEmpty()) {
    std::fprintf(stderr, "cannot make the scene in %s\n", qPrintable(dir));
    return 1;
  }
  ui::MainWindow w;
  w.setQuietErrors(true);
  w.resize(1600, 1000);
  w.show();
  w.openFile(scene);
  while (!w.view()->scene()) QApplication::processEvents(QEventLoop::AllEvents, 10);
  std::printf("scene: %d x %d (sparse GeoTIFF), view %d x %d\n", kSize, kSize, w.view()->width(), w.view()->height());
  const long baseMb = residentMb();

  // 1. Brush strokes at 100 % and 25 % zoom, over an annotation that already has a mask.
  ui::ToolManager* tools = w.editTools()->manager();
  tools->setActiveTool(tools->tool(QObject::tr("Brush")));
  std::printf("\n%-34s %10s %10s %10s\n", "brush drag (300 moves)", "median ms", "p99 ms", "max ms");
  for (double zoom : {1.0, 0.25}) {
    tools->setBrushRadius(zoom == 1.0 ? 12 : 48);
    w.view()->setView(QPointF(15000, 15000), zoom);
    settle(w.view());
    brushDrag(w);  // warm-up: tiles cached, first annotation made
    const Stats s = brushDrag(w);
    std::printf("%-34s %10.2f %10.2f %10.2f\n",
                qPrintable(QStringLiteral("zoom %1 %, radius %2 px").arg(zoom * 100).arg(tools->brushRadius())),
                s.median, s.p99, s.max);
  }

  // 2. 200 annotations of 1-5 % of the scene: memory, save, load.
  AnnotationDocument* doc = w.document();
  QElapsedTimer t;
  t.start();
  addBlobs(*doc, 200, 7);
  const double makeS = t.nsecsElapsed() / 1e9;
  doc->undoStack()->clear();  // the history would keep the first versions of the tiles too
  w.view()->setView(QPointF(15000, 15000), 0.05);
  settle(w.view());
  w.view()->repaint();
  std::int64_t pixels = 0;
  std::size_t maskBytes = 0;
  for (int i = 0; i < doc->count(); ++i) {
    pixels += doc->at(i).added.count();
    maskBytes += doc->at(i).added.bytes();
  }
  std::printf("\n200 annotations, %.1f %% of the scene each on average (made in %.1f s)\n",
              100.0 * pixels / 200 / (double(kSize) * kSize), makeS);
  std::printf("  mask storage %.1f MB; resident memory %ld MB (viewer alone %ld MB)\n", maskBytes / 1e6, residentMb(),
              baseMb);
  // The view stays fluid with all of them on screen: zoom steps (every overlay tile re-made)
  // and pan steps (only the uncovered ones), GUI time including the repaint.
  std::vector<double> zooms, pans;
  for (int i = 0; i < 10; ++i) {
    t.restart();
    w.view()->zoomBy(i % 2 ? 1 / 1.25 : 1.25, QPointF(w.view()->width() / 2.0, w.view()->height() / 2.0));
    w.view()->repaint();
    zooms.push_back(t.nsecsElapsed() / 1e6);
  }
  w.view()->setView(QPointF(15000, 15000), 0.1);
  w.view()->repaint();
  for (int i = 0; i < 20; ++i) {
    t.restart();
    w.view()->panBy(QPointF(i % 2 ? -60 : 60, 40));
    w.view()->repaint();
    pans.push_back(t.nsecsElapsed() / 1e6);
  }
  const Stats zs = summarize(zooms), ps = summarize(pans);
  std::printf("  with all 200 on screen: zoom step %.1f ms median (%.1f p99), pan step %.1f ms median (%.1f p99)\n",
              zs.median, zs.p99, ps.median, ps.p99);
  const QString file = dir + "/bench.rrsisproj";
  t.restart();
  const bool saved = w.session()->saveTo(file);
  const double saveS = t.nsecsElapsed() / 1e9;
  t.restart();
  auto loaded = projectfile::load(file);
  const double loadS = t.nsecsElapsed() / 1e9;
  std::printf("  project save %.2f s (%s, %.1f MB), load %.2f s (%s)\n", saveS, saved ? "ok" : "FAILED",
              QFileInfo(file).size() / 1e6, loadS, loaded ? "ok" : qPrintable(loaded.error()));

  // 3. The journal: GUI-thread cost per edit (signal bookkeeping + hand-over), recovery time.
  RecoveryJournal* journal = w.session()->journal();
  journal->flush();
  const int id = doc->at(0).id;
  std::vector<double> edit, plain, handover;
  for (int i = 0; i < 200; ++i) {
    const QPointF at(2000 + (i % 20) * 300, 2000 + (i / 20) * 300);
    t.restart();
    doc->paintStroke(id, {at, at + QPointF(40, 10)}, 8, false);
    edit.push_back(t.nsecsElapsed() / 1e6);
    if (i % 10 == 9) {  // the timer hands over about every 10 edits at a brush's pace
      t.restart();
      journal->submitNow();
      handover.push_back(t.nsecsElapsed() / 1e6);
    }
  }
  journal->flush();
  QObject::disconnect(doc, nullptr, journal, nullptr);  // the same edits without the journal listening
  for (int i = 0; i < 200; ++i) {
    const QPointF at(2000 + (i % 20) * 300, 8000 + (i / 20) * 300);
    t.restart();
    doc->paintStroke(id, {at, at + QPointF(40, 10)}, 8, false);
    plain.push_back(t.nsecsElapsed() / 1e6);
  }
  const Stats e = summarize(edit), p = summarize(plain), h = summarize(handover);
  std::printf(
      "\njournal, GUI thread: edit with journal %.3f ms median (%.3f p99), without %.3f ms; "
      "hand-over of 10 edits %.3f ms median (%.3f p99)\n",
      e.median, e.p99, p.median, h.median, h.p99);
  std::printf("  => journal cost per edit %.3f ms (median)\n", std::max(0.0, e.median - p.median) + h.median / 10);
  t.restart();
  RecoveryReport report;
  auto recovered = recoverSession(journal->folder(), &report);
  std::printf("  recovery of the session (%d records on top of the saved project): %.2f s (%s)\n", report.records,
              t.nsecsElapsed() / 1e9, recovered ? "ok" : qPrintable(recovered.error()));

  // 4. RefSegRS export of 1,000 annotations (small ones, 512 px chips).
  Project many;
  AnnotationDocument& d = *many.document(many.addScene(scene, QSize(kSize, kSize), SceneFingerprint::of(scene)));
  std::mt19937 r(3);
  std::uniform_int_distribution<int> where(0, kSize - 200);
  for (int i = 0; i < 1000; ++i) {
    Annotation a;
    a.expression = QStringLiteral("object %1").arg(i);
    a.split = Split(1 + i % 3);
    const int aid = d.addAnnotation(a);
    const QPointF c(where(r), where(r));
    d.paintStroke(aid, {c, c + QPointF(60, 30)}, 12, false);
  }
  const QString out = dir + "/refsegrs-" + QString::number(QCoreApplication::applicationPid());
  t.restart();
  auto exported = exportRefSegRs(many, out, RefSegRsExportOptions());
  const double exportS = t.nsecsElapsed() / 1e9;
  std::printf("\nRefSegRS export: %d samples in %.1f s = %.1f samples/s (%s)\n", exported ? exported->samples : 0,
              exportS, exported ? exported->samples / exportS : 0.0, exported ? "ok" : qPrintable(exported.error()));
  QDir(out).removeRecursively();
  w.session()->shutdown();
  return 0;
}
