#include "annotation/projectfile.h"

#include <optional>
#include <set>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "annotation/annotationdocument.h"
#include "annotation/annotationjson.h"
#include "annotation/project.h"
#include "raster/bytebands.h"
#include "raster/bytegeotiff.h"
#include "util/parallelfor.h"
#include "util/safesave.h"
#include "util/jsoninteger.h"

namespace rrsis::projectfile {

namespace {

/** The translation context of this file's messages. */
struct ProjectFileText {
  Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

const QString kFormatPrefix = QStringLiteral("rrsis-project/");
/** Far above any real project (10,000 annotations take tens of MB), far below what would exhaust memory. */
constexpr qint64 kMaxProjectBytes = qint64(1) << 30;

QString probabilityPath(const QString& projectPath, const QString& id) {
  return dataFolder(projectPath) + QStringLiteral("/probability/") + id + QStringLiteral(".tif");
}

QJsonObject sceneToJson(const ProjectScene& s, const QDir& base) {
  // Encoding the masks is the slow part: one annotation per thread.
  std::vector<QJsonObject> encoded(size_t(s.document->count()));
  parallelFor(s.document->count(), [&](int i) { encoded[size_t(i)] = annotationjson::toJson(s.document->at(i)); });
  QJsonArray annotations;
  for (const QJsonObject& o : encoded) annotations.append(o);
  return QJsonObject{{QStringLiteral("path"), base.relativeFilePath(s.path)},
                     {QStringLiteral("width"), s.size.width()},
                     {QStringLiteral("height"), s.size.height()},
                     {QStringLiteral("bytes"), double(s.fingerprint.bytes)},
                     {QStringLiteral("modified"), s.fingerprint.modified.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("view"), QJsonObject{{QStringLiteral("x"), s.view.center.x()},
                                                          {QStringLiteral("y"), s.view.center.y()},
                                                          {QStringLiteral("zoom"), s.view.zoom}}},
                     {QStringLiteral("annotations"), annotations}};
}

QJsonArray modelsUsed(const Project& project) {
  std::set<std::pair<QString, QString>> seen;
  QJsonArray out;
  for (int i = 0; i < project.sceneCount(); ++i) {
    const AnnotationDocument* d = project.document(i);
    for (int k = 0; k < d->count(); ++k) {
      const Provenance& p = d->at(k).provenance;
      if (p.model.isEmpty() || !seen.insert({p.modelPath, p.modelHash}).second) continue;
      out.append(QJsonObject{{QStringLiteral("name"), p.model},
                             {QStringLiteral("path"), p.modelPath},
                             {QStringLiteral("hash"), p.modelHash}});
    }
  }
  return out;
}

/** Writes every probability map not on disk yet; returns the ids in use. */
Result<std::set<QString>> writeProbabilityMaps(const Project& project, const QString& path) {
  std::set<QString> used;
  QDir().mkpath(dataFolder(path) + QStringLiteral("/probability"));
  for (int i = 0; i < project.sceneCount(); ++i) {
    const AnnotationDocument* d = project.document(i);
    for (int k = 0; k < d->count(); ++k) {
      const ProbabilityMap& m = d->at(k).probability;
      if (m.isEmpty() || m.id.isEmpty() || !used.insert(m.id).second) continue;
      const QString file = probabilityPath(path, m.id);
      if (QFileInfo::exists(file)) continue;  // a map never changes: the file is already right
      if (Status s = writeByteGeoTiff(file, m.probability, GeoReference(), ExistingFile::Refuse); !s)
        return Result<std::set<QString>>::failure(s.error());
    }
  }
  return used;
}

Status readScene(const QJsonObject& o, const QDir& base, const QString& projectPath, Project& project,
                 ProjectLoadReport& report) {
  const QString rel = o.value(QStringLiteral("path")).toString();
  const QSize size(o.value(QStringLiteral("width")).toInt(), o.value(QStringLiteral("height")).toInt());
  if (rel.isEmpty() || size.width() <= 0 || size.height() <= 0 || double(size.width()) * size.height() > 1e11)
    return Status::failure(ProjectFileText::tr("a scene has no valid path or size."));
  SceneFingerprint stored;
  stored.bytes = jsonInteger(o.value(QStringLiteral("bytes")), -1);
  stored.modified = QDateTime::fromString(o.value(QStringLiteral("modified")).toString(), Qt::ISODate);
  const QString abs = QDir::cleanPath(base.absoluteFilePath(rel));
  const int index = project.addScene(abs, size, stored);
  const QJsonObject view = o.value(QStringLiteral("view")).toObject();
  project.setViewState(
      index, ViewState{QPointF(view.value(QStringLiteral("x")).toDouble(), view.value(QStringLiteral("y")).toDouble()),
                       view.value(QStringLiteral("zoom")).toDouble()});
  const SceneFingerprint now = SceneFingerprint::of(abs);
  if (now.bytes < 0)
    report.missingScenes << abs;
  else if (now != stored)
    report.changedScenes << abs;
  const QJsonArray list = o.value(QStringLiteral("annotations")).toArray();
  std::vector<QJsonObject> objects;
  for (const QJsonValue& v : list) objects.push_back(v.toObject());
  // Decoding the masks is the slow part: one annotation per thread.
  std::vector<std::optional<Result<Annotation>>> decoded(objects.size());
  parallelFor(int(objects.size()),
              [&](int i) { decoded[size_t(i)] = annotationjson::fromJson(objects[size_t(i)], size); });
  std::vector<Annotation> annotations;
  std::set<int> ids;
  for (auto& slot : decoded) {
    Result<Annotation>& a = *slot;
    if (!a) return Status::failure(ProjectFileText::tr("scene %1: %2").arg(rel, a.error()));
    if (!ids.insert(a->id).second)
      return Status::failure(ProjectFileText::tr("scene %1: annotation id %2 appears twice.").arg(rel).arg(a->id));
    if (!a->probability.id.isEmpty()) {
      auto bands = readByteBands(probabilityPath(projectPath, a->probability.id));
      if (!bands || bands->size() != 1) {
        report.warnings << ProjectFileText::tr(
                               "The probability map of “%1” is missing or damaged; its hand edits are kept.")
                               .arg(a->expression);
        a->probability = ProbabilityMap();
      } else {
        a->probability.probability = bands->front();
      }
    }
    annotations.push_back(std::move(*a));
  }
  project.document(index)->restore(std::move(annotations));
  return {};
}

}  // namespace

QString dataFolder(const QString& projectPath) {
  const QFileInfo f(projectPath);
  return f.absolutePath() + QLatin1Char('/') + f.completeBaseName() + QStringLiteral(".rrsisdata");
}

QByteArray toJson(const Project& project, const QString& path) {
  const QDir base = QFileInfo(path).absoluteDir();
  QJsonArray scenes;
  for (int i = 0; i < project.sceneCount(); ++i) scenes.append(sceneToJson(project.scene(i), base));
  const QJsonObject root{{QStringLiteral("format"), kFormatPrefix + QString::number(kFormatVersion)},
                         {QStringLiteral("application"), QCoreApplication::applicationName()},
                         {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {QStringLiteral("models"), modelsUsed(project)},
                         {QStringLiteral("scenes"), scenes}};
  return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Status save(const Project& project, const QString& path) {
  auto used = writeProbabilityMaps(project, path);
  if (!used) return Status::failure(used.error());
  if (Status s = safeWriteFile(path, toJson(project, path), Overwrite::Replace); !s) return s;
  // The saved file no longer needs the other maps (an undo history may, but it is not saved).
  QDir dir(dataFolder(path) + QStringLiteral("/probability"));
  for (const QString& f : dir.entryList({QStringLiteral("*.tif")}, QDir::Files))
    if (!used->count(QFileInfo(f).completeBaseName())) dir.remove(f);
  return {};
}

Result<std::unique_ptr<Project>> load(const QString& path, ProjectLoadReport* reportOut) {
  using R = Result<std::unique_ptr<Project>>;
  const QString shown = QDir::toNativeSeparators(path);
  QFile file(path);
  if (!file.exists()) return R::failure(ProjectFileText::tr("The project %1 does not exist.").arg(shown));
  // Not a device, a pipe or a folder: reading one could block or never end.
  const QFileInfo info(path);
  if (!info.isFile()) return R::failure(ProjectFileText::tr("%1 is not a project file.").arg(shown));
  if (info.size() > kMaxProjectBytes)
    return R::failure(ProjectFileText::tr("%1 is too large to be a project (%2 MB; a project file has at most %3 MB).")
                          .arg(shown)
                          .arg(info.size() >> 20)
                          .arg(kMaxProjectBytes >> 20));
  if (!file.open(QIODevice::ReadOnly))
    return R::failure(ProjectFileText::tr("Cannot read the project %1: %2").arg(shown, file.errorString()));
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
  if (error.error != QJsonParseError::NoError)
    return R::failure(ProjectFileText::tr("%1 is not a readable project (it may be cut off or damaged): %2 at byte %3.")
                          .arg(shown, error.errorString())
                          .arg(error.offset));
  const QJsonObject root = doc.object();
  const QString format = root.value(QStringLiteral("format")).toString();
  if (!format.startsWith(kFormatPrefix))
    return R::failure(ProjectFileText::tr("%1 is not an RRSIS Studio project.").arg(shown));
  bool ok = false;
  const int version = format.mid(kFormatPrefix.size()).toInt(&ok);
  if (!ok || version < 1) return R::failure(ProjectFileText::tr("%1 has an unknown format “%2”.").arg(shown, format));
  if (version > kFormatVersion)
    return R::failure(
        ProjectFileText::tr("%1 was saved by a newer RRSIS Studio (project format %2; this version reads format %3). "
                            "Update RRSIS Studio to open it.")
            .arg(shown)
            .arg(version)
            .arg(kFormatVersion));
  auto project = std::make_unique<Project>();
  ProjectLoadReport report;
  const QDir base = QFileInfo(path).absoluteDir();
  for (const QJsonValue& v : root.value(QStringLiteral("scenes")).toArray())
    if (Status s = readScene(v.toObject(), base, path, *project, report); !s)
      return R::failure(ProjectFileText::tr("%1 is damaged: %2").arg(shown, s.error()));
  project->setFileName(path);
  project->markSaved();
  if (reportOut) *reportOut = report;
  return R(std::move(project));
}

}  // namespace rrsis::projectfile
