// rrsis project annotate: runs a model on an image of a project and adds its answer.
#include <QCommandLineParser>
#include <QCoreApplication>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "cli_common.h"
#include "cli_functions.h"
#include "cli_modelcommon.h"
#include "inference/queryrunner.h"
#include "model/segmenter.h"
#include "raster/scene.h"
#include "engine/nativesegmenter.h"

namespace rrsis::cli {

namespace {

int fail(const QString& command, const QString& message, int code = 1) {
  return projectFailure(command, message, code);
}

/** Runs the model of `p` on the scene; the annotation it makes, or an error. */
Result<Annotation> annotate(const QCommandLineParser& p, const SceneContent& content, const QRect& region) {
  SegmenterOptions options;
  options.warmUp = false;
  computeOptions(p, &options);
  auto segmenter = loadSegmenter(p.value(QStringLiteral("model")), options);
  if (!segmenter) return Result<Annotation>::failure(segmenter.error());
  QueryRequest request;
  request.expression = p.value(QStringLiteral("text"));
  request.region = region;
  request.tiled = p.isSet(QStringLiteral("tiled"));
  request.maxOutputSide = std::max(region.width(), region.height());
  auto result = runQuery(*content.source, content.mapping, **segmenter, request);
  if (!result) return Result<Annotation>::failure(result.error());
  const ModelInfo info = (*segmenter)->info();
  Annotation a;
  a.expression = request.expression.simplified();
  a.probability = result->map;
  a.threshold = info.threshold;
  if (p.isSet(QStringLiteral("threshold")) && !parseDouble(p.value(QStringLiteral("threshold")), 0, 1, &a.threshold))
    return Result<Annotation>::failure(CliText::tr("--threshold must be within 0..1."));
  a.provenance.model = info.name;
  a.provenance.modelHash = info.hash;
  a.provenance.modelPath = info.bundlePath;
  a.provenance.device = info.device;
  a.provenance.mode = result->tiled ? QStringLiteral("tiled") : QStringLiteral("area");
  a.provenance.region = region;
  a.provenance.threshold = info.threshold;
  a.provenance.seconds = result->seconds;
  return a;
}

}  // namespace

int runProjectAnnotate(const QStringList& args) {
  const QString cmd = QStringLiteral("annotate");
  QCommandLineParser p;
  p.setApplicationDescription(
      CliText::tr("Run a model on an image of the project and add its answer as an annotation."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("project"), CliText::tr("The .rrsisproj file."));
  p.addOption({QStringLiteral("image"), CliText::tr("The image (added to the project if it is not in it)."),
               QStringLiteral("file")});
  p.addOption({QStringLiteral("model"), CliText::tr("Model bundle folder."), QStringLiteral("bundle")});
  p.addOption({QStringLiteral("text"), CliText::tr("The referring expression."), QStringLiteral("expression")});
  p.addOption({QStringLiteral("aoi"), CliText::tr("Region x,y,w,h in pixels (default: the whole image)."),
               QStringLiteral("x,y,w,h")});
  p.addOption({QStringLiteral("tiled"), CliText::tr("Sliding windows at the model's native scale.")});
  p.addOption(
      {QStringLiteral("threshold"), CliText::tr("Mask threshold 0..1 (default: the bundle's)."), QStringLiteral("t")});
  p.addOption({QStringLiteral("split"), CliText::tr("train, val or test."), QStringLiteral("split")});
  addComputeOptions(p);
  if (const int code = parseArguments(p, args); code >= 0) return code;
  if (p.positionalArguments().size() != 1) return fail(cmd, CliText::tr("expected the project file; see --help."), 2);
  for (const char* required : {"image", "model", "text"})
    if (!p.isSet(QLatin1String(required)))
      return fail(cmd, CliText::tr("--%1 is required.").arg(QLatin1String(required)), 2);
  if (p.value(QStringLiteral("text")).trimmed().isEmpty()) return fail(cmd, CliText::tr("The expression is empty."), 2);
  const QString file = p.positionalArguments()[0];
  auto project = projectfile::load(file);
  if (!project) return fail(cmd, project.error());
  const QString image = p.value(QStringLiteral("image"));
  auto content = loadSceneContent(image, StretchDefaults{});
  if (!content) return fail(cmd, content.error());
  const RasterInfo& info = content->source->info();
  const QRect whole(0, 0, info.width, info.height);
  QRect region = whole;
  if (p.isSet(QStringLiteral("aoi")) && (!parseAoi(p.value(QStringLiteral("aoi")), &region) || !whole.contains(region)))
    return fail(cmd, CliText::tr("--aoi must be x,y,w,h inside the %1 x %2 image.").arg(info.width).arg(info.height),
                2);
  auto annotation = annotate(p, *content, region);
  if (!annotation) return fail(cmd, annotation.error());
  annotation->split = splitFromName(p.value(QStringLiteral("split")));
  const int scene = (*project)->addScene(image, whole.size(), SceneFingerprint::of(image));
  const int id = (*project)->document(scene)->addAnnotation(std::move(*annotation));
  if (Status s = projectfile::save(**project, file); !s) return fail(cmd, s.error());
  const Annotation* a = (*project)->document(scene)->find(id);
  printOut(CliText::tr("Added annotation %1 “%2”: %3 pixels.").arg(id).arg(a->expression).arg(a->area()));
  return 0;
}

}  // namespace rrsis::cli
