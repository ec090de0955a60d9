#include "testprojects.h"

#include <csignal>

#include <opencv2/core.hpp>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "testrasters.h"

namespace rrsis::test {

namespace {

QString annotationDifference(const Annotation& x, const Annotation& y, QSize size) {
  const auto differs = [&](const char* what) { return QStringLiteral("annotation %1: %2 differs").arg(x.id).arg(what); };
  if (x.id != y.id) return differs("id");
  if (x.expression != y.expression) return differs("expression");
  if (x.category != y.category) return differs("category");
  if (x.split != y.split) return differs("split");
  if (x.colour != y.colour) return differs("colour");
  if (x.visible != y.visible) return differs("visibility");
  if (x.opacity != y.opacity) return differs("opacity");
  if (x.threshold != y.threshold) return differs("threshold");
  if (x.provenance.model != y.provenance.model) return differs("model");
  if (x.provenance.modelHash != y.provenance.modelHash) return differs("model hash");
  if (x.provenance.handEdits != y.provenance.handEdits) return differs("hand edit count");
  if (x.provenance.region != y.provenance.region) return differs("query region");
  if (x.probability.region != y.probability.region) return differs("probability region");
  if (x.probability.probability.size() != y.probability.probability.size() ||
      (!x.probability.isEmpty() && cv::norm(x.probability.probability, y.probability.probability, cv::NORM_INF) != 0))
    return differs("probability map");
  const QRect whole(QPoint(0, 0), size);
  if (cv::norm(x.mask(whole), y.mask(whole), cv::NORM_INF) != 0) return differs("mask");
  if (x.added.count() != y.added.count() || x.erased.count() != y.erased.count()) return differs("hand edit mask");
  return {};
}

}  // namespace

QString projectDifference(const Project& a, const Project& b) {
  if (a.sceneCount() != b.sceneCount())
    return QStringLiteral("%1 scenes instead of %2").arg(b.sceneCount()).arg(a.sceneCount());
  for (int s = 0; s < a.sceneCount(); ++s) {
    if (a.scene(s).path != b.scene(s).path) return QStringLiteral("scene %1: path %2").arg(s).arg(b.scene(s).path);
    if (a.scene(s).size != b.scene(s).size) return QStringLiteral("scene %1: size").arg(s);
    const AnnotationDocument* x = a.document(s);
    const AnnotationDocument* y = b.document(s);
    if (x->count() != y->count())
      return QStringLiteral("scene %1: %2 annotations instead of %3").arg(s).arg(y->count()).arg(x->count());
    for (int i = 0; i < x->count(); ++i)
      if (QString d = annotationDifference(x->at(i), y->at(i), a.scene(s).size); !d.isEmpty())
        return QStringLiteral("scene %1: %2").arg(s).arg(d);
  }
  return {};
}

QString writeSquaresProject(const QString& dir, int count, bool paint, bool apart) {
  RasterSpec spec;
  spec.width = 1800;
  spec.height = 600;
  spec.value = [](int b, int x, int y) {
    return (x % 600 > 200 && x % 600 < 300 && y > 200 && y < 300) ? 220 - b * 30 : 40 + b * 10;
  };
  const QString scene = dir + QStringLiteral("/scene.tif");
  if (!writeRaster(scene, spec)) return {};
  Project p;
  AnnotationDocument& d = *p.document(p.addScene(scene, QSize(1800, 600), SceneFingerprint::of(scene)));
  for (int i = 0; i < count; ++i) {
    const double x = apart ? 600.0 * i : 0.0;
    Annotation a;
    a.expression = QStringLiteral("the bright square");
    a.provenance.region = QRect(int(x) + 100, 100, 300, 300);
    const int id = d.addAnnotation(a);
    if (paint)
      d.fillPolygon(id, {QPointF(x + 201, 201), QPointF(x + 300, 201), QPointF(x + 300, 300), QPointF(x + 201, 300)}, false);
  }
  const QString file = dir + QStringLiteral("/work.rrsisproj");
  return projectfile::save(p, file) ? file : QString();
}

int exitCodeUnderFileSizeLimit(long bytes, const std::function<int()>& work) {
  const pid_t child = fork();
  if (child == 0) {
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{rlim_t(bytes), rlim_t(bytes)};
    setrlimit(RLIMIT_FSIZE, &limit);
    _exit(work());
  }
  int status = 0;
  if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status)) return -1;
  return WEXITSTATUS(status);
}

}  // namespace rrsis::test
