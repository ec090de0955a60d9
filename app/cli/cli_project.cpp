// rrsis project: everything the studio does with projects, without the GUI.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "cli_common.h"
#include "cli_functions.h"
#include "raster/gdalrastersource.h"

namespace rrsis::cli {

namespace {

int fail(const QString& command, const QString& message, int code = 1) {
  return projectFailure(command, message, code);
}

/**
 * Parses `args` with the options already added: -1 to go on, or the exit code (help shown,
 * or a usage error printed, such as not exactly `positional` arguments).
 */
int parse(QCommandLineParser& p, const QStringList& args, int positional, const QString& command) {
  p.addHelpOption();
  if (const int code = parseArguments(p, args); code >= 0) return code;
  if (p.positionalArguments().size() != positional)
    return fail(command, CliText::tr("expected %n argument(s); see --help.", nullptr, positional), 2);
  return -1;
}

Result<std::unique_ptr<Project>> open(const QString& path) {
  ProjectLoadReport report;
  auto p = projectfile::load(path, &report);
  if (p) {
    for (const QString& m : report.missingScenes) printErr(CliText::tr("warning: image not found: %1").arg(m));
    for (const QString& c : report.changedScenes)
      printErr(CliText::tr("warning: image changed since it was annotated: %1").arg(c));
    for (const QString& w : report.warnings) printErr(CliText::tr("warning: %1").arg(w));
  }
  return p;
}

/** Adds an image to the project (its size read from the file); the scene's index or -1. */
int addImage(Project& project, const QString& image, QString* error) {
  auto source = GdalRasterSource::open(image);
  if (!source) {
    *error = source.error();
    return -1;
  }
  const RasterInfo& info = (*source)->info();
  return project.addScene(image, QSize(info.width, info.height), SceneFingerprint::of(image));
}

}  // namespace

int runProjectNew(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(CliText::tr("Create a project file, optionally with images."));
  p.addPositionalArgument(QStringLiteral("project"), CliText::tr("The .rrsisproj file to create."));
  p.addPositionalArgument(QStringLiteral("images"), CliText::tr("Images to add."), QStringLiteral("[images...]"));
  p.addHelpOption();
  if (const int code = parseArguments(p, args); code >= 0) return code;
  const QStringList pos = p.positionalArguments();
  if (pos.isEmpty()) return fail(QStringLiteral("new"), CliText::tr("expected a project file; see --help."), 2);
  if (QFileInfo::exists(pos[0]))
    return fail(QStringLiteral("new"), CliText::tr("%1 already exists; nothing was changed.").arg(pos[0]));
  Project project;
  for (const QString& image : pos.mid(1)) {
    QString error;
    if (addImage(project, image, &error) < 0) return fail(QStringLiteral("new"), error);
  }
  if (Status s = projectfile::save(project, pos[0]); !s) return fail(QStringLiteral("new"), s.error());
  printOut(CliText::tr("Created %1 with %n image(s).", nullptr, project.sceneCount()).arg(pos[0]));
  return 0;
}

namespace {

QJsonObject describe(const Project& project) {
  QJsonArray scenes;
  for (int i = 0; i < project.sceneCount(); ++i) {
    const ProjectScene& s = project.scene(i);
    QJsonArray annotations;
    for (int k = 0; k < s.document->count(); ++k) {
      const Annotation& a = s.document->at(k);
      annotations.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("expression"), a.expression},
                                     {QStringLiteral("category"), a.category},
                                     {QStringLiteral("split"), splitName(a.split)},
                                     {QStringLiteral("pixels"), double(a.area())},
                                     {QStringLiteral("model"), a.provenance.model},
                                     {QStringLiteral("hand_edits"), a.provenance.handEdits}});
    }
    scenes.append(QJsonObject{{QStringLiteral("path"), s.path},
                              {QStringLiteral("width"), s.size.width()},
                              {QStringLiteral("height"), s.size.height()},
                              {QStringLiteral("found"), QFileInfo::exists(s.path)},
                              {QStringLiteral("annotations"), annotations}});
  }
  return QJsonObject{{QStringLiteral("project"), project.fileName()}, {QStringLiteral("scenes"), scenes}};
}

}  // namespace

int runProjectInfo(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(CliText::tr("Describe a project: its images and annotations."));
  p.addOption({QStringLiteral("json"), CliText::tr("Print JSON instead of text.")});
  p.addPositionalArgument(QStringLiteral("project"), CliText::tr("The .rrsisproj file."));
  if (const int code = parse(p, args, 1, QStringLiteral("info")); code >= 0) return code;
  auto project = open(p.positionalArguments()[0]);
  if (!project) return fail(QStringLiteral("info"), project.error());
  const QJsonObject info = describe(**project);
  if (p.isSet(QStringLiteral("json"))) {
    printOut(QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
  }
  for (const QJsonValue& sv : info.value(QStringLiteral("scenes")).toArray()) {
    const QJsonObject s = sv.toObject();
    printOut(CliText::tr("%1 (%2 x %3)%4")
                 .arg(s.value("path").toString())
                 .arg(s.value("width").toInt())
                 .arg(s.value("height").toInt())
                 .arg(s.value("found").toBool() ? QString() : CliText::tr(" — not found")));
    for (const QJsonValue& av : s.value(QStringLiteral("annotations")).toArray()) {
      const QJsonObject a = av.toObject();
      printOut(CliText::tr("  %1  %2  [%3]  %4 px, %5 hand edit(s)%6")
                   .arg(a.value("id").toInt(), 4)
                   .arg(a.value("expression").toString())
                   .arg(a.value("split").toString().isEmpty() ? CliText::tr("unassigned") : a.value("split").toString())
                   .arg(qint64(a.value("pixels").toDouble()))
                   .arg(a.value("hand_edits").toInt())
                   .arg(a.value("model").toString().isEmpty()
                            ? QString()
                            : CliText::tr(", model %1").arg(a.value("model").toString())));
    }
  }
  return 0;
}

int runProjectAddScene(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(CliText::tr("Add an image to a project."));
  p.addPositionalArgument(QStringLiteral("project"), CliText::tr("The .rrsisproj file."));
  p.addPositionalArgument(QStringLiteral("image"), CliText::tr("The image to add."));
  if (const int code = parse(p, args, 2, QStringLiteral("add-scene")); code >= 0) return code;
  auto project = open(p.positionalArguments()[0]);
  if (!project) return fail(QStringLiteral("add-scene"), project.error());
  QString error;
  if (addImage(**project, p.positionalArguments()[1], &error) < 0) return fail(QStringLiteral("add-scene"), error);
  if (Status s = projectfile::save(**project, p.positionalArguments()[0]); !s)
    return fail(QStringLiteral("add-scene"), s.error());
  printOut(CliText::tr("The project has %n image(s).", nullptr, (*project)->sceneCount()));
  return 0;
}

}  // namespace rrsis::cli
