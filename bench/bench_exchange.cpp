// Export and import benchmark: 1,000 annotations (polygons of 20-150 px radius) on a
// 30000 x 30000 scene exported to every format (annotations per second and peak resident
// memory of each export on its own), and a 10,000-feature GeoPackage imported into a project.
// Run: bench_exchange [work-dir] (default /tmp/rrsis-bench-exchange).
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <random>
#include <string>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "dataset/cocoexport.h"
#include "dataset/georasterexport.h"
#include "dataset/refsegrsexport.h"
#include "dataset/rrsisdexport.h"
#include "dataset/vectorexport.h"
#include "dataset/vectorimport.h"
#include "sparsescene.h"

using namespace rrsis;

namespace {

constexpr int kSize = 30000;

long statusMb(const char* key) {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind(key, 0) == 0) return std::stol(line.substr(std::string(key).size())) / 1024;
  return -1;
}

/** Starts a new peak of resident memory (VmHWM) for this process (Linux 4.0 and later). */
void resetPeakMemory() {
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
}

/** `count` polygons of 24 corners, radius 20-150 px, scattered over the scene. */
void addPolygons(Project& project, int count, unsigned seed, int maxRadius) {
  AnnotationDocument& d = *project.document(0);
  std::mt19937 r(seed);
  std::uniform_real_distribution<double> where(200, kSize - 200), radius(20, maxRadius), wobble(0.8, 1.2);
  for (int i = 0; i < count; ++i) {
    Annotation a;
    a.expression = QStringLiteral("the object number %1").arg(i);
    a.category = i % 2 ? QStringLiteral("building") : QStringLiteral("vehicle");
    const int id = d.addAnnotation(a);
    const QPointF c(where(r), where(r));
    const double rr = radius(r);
    std::vector<QPointF> corners;
    for (int k = 0; k < 24; ++k) {
      const double angle = k * 2 * M_PI / 24;
      corners.push_back(c + QPointF(std::cos(angle), std::sin(angle)) * rr * wobble(r));
    }
    d.fillPolygon(id, corners, false);
  }
}

/** Runs one export, prints its row and removes what it wrote. */
void row(const char* name, const QString& out, const std::function<QString()>& run, int annotations) {
  resetPeakMemory();
  QElapsedTimer t;
  t.start();
  const QString error = run();
  const double s = t.nsecsElapsed() / 1e9;
  std::printf("%-22s %8.1f s %12.1f %10ld MB  %s\n", name, s, annotations / s, statusMb("VmHWM:"),
              error.isEmpty() ? "ok" : qPrintable(error));
  std::fflush(stdout);
  QFileInfo(out).isDir() ? void(QDir(out).removeRecursively()) : void(QFile::remove(out));
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/rrsis-bench-exchange");
  QDir().mkpath(dir);
  const QString scene = bench::makeSparseScene(dir, kSize);
  if (scene.isEmpty()) return 1;
  Project project;
  project.addScene(scene, QSize(kSize, kSize), SceneFingerprint::of(scene));
  QElapsedTimer t;
  t.start();
  addPolygons(project, 1000, 1, 150);
  std::printf("scene %d x %d (sparse GeoTIFF, UTM 32N, 0.13 m); 1,000 polygons drawn in %.1f s; resident %ld MB\n\n",
              kSize, kSize, t.nsecsElapsed() / 1e9, statusMb("VmRSS:"));
  std::printf("%-22s %10s %12s %13s\n", "export of 1,000", "time", "annot./s", "peak memory");
  const auto failure = [](const auto& r) { return r ? QString() : r.error(); };
  row(
      "RefSegRS (512 px)", dir + "/refsegrs",
      [&] { return failure(exportRefSegRs(project, dir + "/refsegrs", RefSegRsExportOptions())); }, 1000);
  row(
      "RRSIS-D (800 px)", dir + "/rrsisd",
      [&] { return failure(exportRrsisd(project, dir + "/rrsisd", RrsisdExportOptions())); }, 1000);
  row(
      "COCO run-lengths", dir + "/coco.json", [&] { return failure(exportCoco(project, dir + "/coco.json", {})); },
      1000);
  CocoExportOptions polygons;
  polygons.polygons = true;
  row(
      "COCO polygons", dir + "/polygons.json",
      [&] { return failure(exportCoco(project, dir + "/polygons.json", polygons)); }, 1000);
  row(
      "mask GeoTIFFs (COG)", dir + "/masks", [&] { return failure(exportGeoRasters(project, dir + "/masks", {})); },
      1000);
  GeoRasterExportOptions labels;
  labels.kind = GeoRasterKind::Labels;
  row(
      "label GeoTIFF (COG)", dir + "/labels",
      [&] { return failure(exportGeoRasters(project, dir + "/labels", labels)); }, 1000);
  for (const auto& [name, format, file] : {std::tuple{"GeoPackage", VectorFormat::GeoPackage, "out.gpkg"},
                                           std::tuple{"GeoJSON (WGS 84)", VectorFormat::GeoJson, "out.geojson"},
                                           std::tuple{"Shapefile", VectorFormat::Shapefile, "out_shp"}}) {
    VectorExportOptions o;
    o.format = format;
    const QString out = dir + "/" + file;
    row(
        name, out, [&, o, out] { return failure(exportVectors(project, out, o)); }, 1000);
  }

  // Import of a 10,000-feature GeoPackage (made by exporting 10,000 small polygons).
  Project many;
  many.addScene(scene, QSize(kSize, kSize), SceneFingerprint::of(scene));
  addPolygons(many, 10000, 2, 60);
  const QString gpkg = dir + "/many.gpkg";
  QFile::remove(gpkg);
  VectorExportOptions o;
  t.restart();
  auto exported = exportVectors(many, gpkg, o);
  const double exportS = t.nsecsElapsed() / 1e9;
  if (!exported) {
    std::printf("cannot write the 10,000-feature GeoPackage: %s\n", qPrintable(exported.error()));
    return 1;
  }
  Project target;
  target.addScene(scene, QSize(kSize, kSize), SceneFingerprint::of(scene));
  resetPeakMemory();
  t.restart();
  auto imported = importVectors(target, gpkg, {});
  const double importS = t.nsecsElapsed() / 1e9;
  std::printf(
      "\nGeoPackage of %d features (written in %.1f s, %.1f features/s): imported %d in %.1f s = %.0f features/s, "
      "peak %ld MB (%s)\n",
      exported->features, exportS, exported->features / exportS, imported ? imported->annotations : 0, importS,
      imported ? imported->annotations / importS : 0.0, statusMb("VmHWM:"),
      imported ? "ok" : qPrintable(imported.error()));
  QFile::remove(gpkg);
  return 0;
}
