#include "testprojects.h"

#include <csignal>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <opencv2/core.hpp>
#include <sys/resource.h>
#include <unistd.h>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "testrasters.h"

namespace rrsis::test {

namespace {

QString annotationDifference(const Annotation& x, const Annotation& y, QSize size) {
  const auto differs = [&](const char* what) {
    return QStringLiteral("annotation %1: %2 differs").arg(x.id).arg(what);
  };
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
      d.fillPolygon(id, {QPointF(x + 201, 201), QPointF(x + 300, 201), QPointF(x + 300, 300), QPointF(x + 201, 300)},
                    false);
  }
  const QString file = dir + QStringLiteral("/work.rrsisproj");
  return projectfile::save(p, file) ? file : QString();
}

int runUnderFileSizeLimit(long bytes, const std::function<int()>& work) {
  const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit previous{};
  getrlimit(RLIMIT_FSIZE, &previous);
  const rlimit limit{rlim_t(bytes), previous.rlim_max};
  if (setrlimit(RLIMIT_FSIZE, &limit) != 0) return -1;
  const int result = work();
  setrlimit(RLIMIT_FSIZE, &previous);
  std::signal(SIGXFSZ, previousHandler);
  return result;
}

QString writeShapesScene(const QString& dir) {
  RasterSpec spec;
  spec.width = kShapesWidth;
  spec.height = kShapesHeight;
  spec.value = [](int b, int x, int y) { return (b * 50 + x / 4 + y / 4) % 256; };
  spec.options = {"TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256"};
  const QString path = dir + "/scene.tif";
  return writeRaster(path, spec) ? path : QString();
}

std::vector<QPointF> boxPolygon(const QRect& r) {
  return {QPointF(r.left(), r.top()), QPointF(r.right() + 1, r.top()), QPointF(r.right() + 1, r.bottom() + 1),
          QPointF(r.left(), r.bottom() + 1)};
}

std::unique_ptr<Project> makeShapesProject(const QString& dir) {
  const QString scene = writeShapesScene(dir);
  if (scene.isEmpty()) return nullptr;
  auto p = std::make_unique<Project>();
  AnnotationDocument& d =
      *p->document(p->addScene(scene, QSize(kShapesWidth, kShapesHeight), SceneFingerprint::of(scene)));
  Annotation ring;
  ring.expression = "the square field with a shed in the middle";
  ring.category = "low vegetation";
  ring.split = Split::Train;
  const int a = d.addAnnotation(ring);
  d.fillPolygon(a, boxPolygon(QRect(100, 100, 200, 150)), false);
  d.fillPolygon(a, boxPolygon(QRect(170, 150, 40, 30)), true);  // erased: the hole
  Annotation parts;
  parts.expression = "the two white tanks";
  const int b = d.addAnnotation(parts);
  d.fillPolygon(b, boxPolygon(QRect(500, 50, 30, 30)), false);
  d.fillPolygon(b, boxPolygon(QRect(600, 400, 25, 60)), false);
  Annotation roof;
  roof.expression = "the building at the bottom right";
  roof.category = "building";
  const int c = d.addAnnotation(roof);
  d.fillPolygon(c, {QPointF(700, 650), QPointF(890, 690), QPointF(760, 520)}, false);
  Annotation nothing;
  nothing.expression = "no boats here";
  d.addAnnotation(nothing);
  d.addAnnotation(Annotation());  // no expression: left out of exports
  return p;
}

double maskIou(const cv::Mat& a, const cv::Mat& b) {
  cv::Mat i, u;
  cv::bitwise_and(a, b, i);
  cv::bitwise_or(a, b, u);
  const int un = cv::countNonZero(u);
  return un == 0 ? 1.0 : double(cv::countNonZero(i)) / un;
}

QStringList runIndependentDecoder(const QString& mode, const QString& path, QString* skip, QString* error) {
  // Debian's interpreter, where python3-numpy is installed (scripts/install-deps.sh).
  const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                             ? QStringLiteral("/usr/bin/python3")
                             : QStandardPaths::findExecutable(QStringLiteral("python3"));
  if (python.isEmpty()) {
    *skip = QStringLiteral("python3 is not installed");
    return {};
  }
  QProcess run;
  run.start(python, {QStringLiteral(RRSIS_TEST_SOURCE_DIR "/independent_decoder.py"), mode, path});
  if (!run.waitForFinished(120000)) {
    *error = QStringLiteral("the decoder did not finish");
    return {};
  }
  const QByteArray err = run.readAllStandardError();
  if (err.contains("No module named 'numpy'")) {
    *skip = QStringLiteral("numpy is not installed");
    return {};
  }
  if (run.exitStatus() != QProcess::NormalExit || run.exitCode() != 0) {
    *error = QString::fromUtf8(err);
    return {};
  }
  return QString::fromUtf8(run.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

}  // namespace rrsis::test
