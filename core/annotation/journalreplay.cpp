#include "annotation/journalreplay.h"

#include <map>
#include <set>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "annotation/annotationdocument.h"
#include "annotation/annotationjson.h"
#include "annotation/journalrecord.h"
#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "raster/bytebands.h"
#include "util/jsoninteger.h"

namespace rrsis {

namespace {

/** The translation context of this file's messages. */
struct ReplayText {
  Q_DECLARE_TR_FUNCTIONS(RecoveryJournal)
};

/** A scene's annotations while records are applied. */
struct SceneState {
  QSize size;
  SceneFingerprint fingerprint;
  std::map<int, Annotation> annotations;
  std::vector<int> order;
};

struct Replay {
  QString folder;
  QString baseProject;
  std::vector<QString> sceneOrder;
  std::map<QString, SceneState> scenes;
  QStringList notes;

  void ensureOrder(const QString& path) {
    if (std::find(sceneOrder.begin(), sceneOrder.end(), path) == sceneOrder.end()) sceneOrder.push_back(path);
  }

  static std::vector<int> ints(const QJsonValue& v) {
    std::vector<int> out;
    for (const QJsonValue& x : v.toArray()) out.push_back(x.toInt());
    return out;
  }

  void loadProbability(Annotation& a) {
    for (const QString& dir : {folder, baseProject.isEmpty() ? QString() : projectfile::dataFolder(baseProject)}) {
      if (dir.isEmpty()) continue;
      auto bands = readByteBands(dir + QStringLiteral("/probability/") + a.probability.id + QStringLiteral(".tif"));
      if (bands && bands->size() == 1) {
        a.probability.probability = bands->front();
        return;
      }
    }
    notes << ReplayText::tr("The probability map of “%1” could not be recovered; its hand edits are kept.")
                 .arg(a.expression);
    a.probability = ProbabilityMap();
  }

  Status applyAnnotation(const QJsonObject& o) {
    auto it = scenes.find(o.value(QStringLiteral("scene")).toString());
    if (it == scenes.end()) return Status::failure(ReplayText::tr("a record names a scene the journal never added."));
    SceneState& s = it->second;
    Annotation meta;
    if (Status st = annotationjson::metadataFromJson(o.value(QStringLiteral("a")).toObject(), meta); !st) return st;
    // The record's metadata replaces the annotation's; its masks and pixels carry over.
    auto found = s.annotations.find(meta.id);
    if (found == s.annotations.end()) {
      meta.added = TiledMask(s.size);
      meta.erased = TiledMask(s.size);
    } else {
      meta.added = found->second.added;
      meta.erased = found->second.erased;
      const ProbabilityMap& previous = found->second.probability;
      if (meta.probability.id == previous.id && !previous.isEmpty())
        meta.probability.probability = previous.probability;
    }
    if (meta.probability.probability.empty() && !meta.probability.id.isEmpty()) loadProbability(meta);
    const int id = meta.id;
    Annotation& a = s.annotations[id] = std::move(meta);
    for (auto [mask, present, tiles] :
         {std::tuple{&a.added, "added_present", "added"}, std::tuple{&a.erased, "erased_present", "erased"}}) {
      const std::vector<int> keep = ints(o.value(QLatin1String(present)));
      const std::set<int> keepSet(keep.begin(), keep.end());
      std::vector<int> drop;
      for (const auto& entry : mask->tiles())
        if (!keepSet.count(entry.first)) drop.push_back(entry.first);
      const QJsonArray written = o.value(QLatin1String(tiles)).toArray();
      for (const QJsonValue& t : written) {
        const QJsonArray r = t.toObject().value(QStringLiteral("rect")).toArray();
        if (r.size() == 4)
          for (int i : mask->tilesIn(QRect(r[0].toInt(), r[1].toInt(), r[2].toInt(), r[3].toInt()))) drop.push_back(i);
      }
      for (int i : drop) mask->setTile(i, nullptr);
      if (Status st = annotationjson::tilesFromJson(written, *mask); !st) return st;
    }
    s.order = ints(o.value(QStringLiteral("order")));
    return {};
  }

  Status apply(const QJsonObject& o) {
    const QString t = o.value(QStringLiteral("t")).toString();
    if (t == QLatin1String("scene")) {
      const QString path = o.value(QStringLiteral("path")).toString();
      SceneState& s = scenes[path];
      s.size = QSize(o.value(QStringLiteral("w")).toInt(), o.value(QStringLiteral("h")).toInt());
      s.fingerprint.bytes = jsonInteger(o.value(QStringLiteral("bytes")), -1);
      s.fingerprint.modified = QDateTime::fromString(o.value(QStringLiteral("modified")).toString(), Qt::ISODate);
      if (s.size.isEmpty()) return Status::failure(ReplayText::tr("a scene record has no size."));
      ensureOrder(path);
    } else if (t == QLatin1String("scene-removed")) {
      const QString path = o.value(QStringLiteral("path")).toString();
      scenes.erase(path);
      sceneOrder.erase(std::remove(sceneOrder.begin(), sceneOrder.end(), path), sceneOrder.end());
    } else if (t == QLatin1String("removed")) {
      auto it = scenes.find(o.value(QStringLiteral("scene")).toString());
      if (it != scenes.end()) {
        it->second.annotations.erase(o.value(QStringLiteral("id")).toInt());
        it->second.order = ints(o.value(QStringLiteral("order")));
      }
    } else if (t == QLatin1String("ann")) {
      return applyAnnotation(o);
    }
    return {};
  }
};

}  // namespace

Result<std::unique_ptr<Project>> recoverSession(const QString& folder, RecoveryReport* reportOut) {
  using R = Result<std::unique_ptr<Project>>;
  QFile f(folder + QStringLiteral("/journal.bin"));
  if (!f.open(QIODevice::ReadOnly))
    return R::failure(ReplayText::tr("Cannot read the recovery journal in %1: %2")
                          .arg(QDir::toNativeSeparators(folder), f.errorString()));
  RecoveryReport report;
  const std::vector<QByteArray> records = journalrecord::parse(f.readAll(), &report.damagedTail);
  if (records.empty())
    return R::failure(
        ReplayText::tr("The recovery journal in %1 holds no intact record.").arg(QDir::toNativeSeparators(folder)));
  Replay replay;
  replay.folder = folder;
  std::unique_ptr<Project> project;
  for (const QByteArray& payload : records) {
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    if (o.value(QStringLiteral("t")).toString() == QLatin1String("base")) {
      // A new base: the project as saved at that moment.
      replay = Replay{folder, o.value(QStringLiteral("project")).toString(), {}, {}, replay.notes};
      project = std::make_unique<Project>();
      if (!replay.baseProject.isEmpty()) {
        auto loaded = projectfile::load(replay.baseProject);
        if (!loaded) {
          replay.notes << ReplayText::tr(
                              "The saved project could not be read (%1); only the journal's records are recovered.")
                              .arg(loaded.error());
        } else {
          project = std::move(*loaded);
          for (int i = 0; i < project->sceneCount(); ++i) {
            const ProjectScene& s = project->scene(i);
            SceneState& st = replay.scenes[s.path];
            st.size = s.size;
            st.fingerprint = s.fingerprint;
            for (int k = 0; k < s.document->count(); ++k) {
              st.annotations[s.document->at(k).id] = s.document->at(k);
              st.order.push_back(s.document->at(k).id);
            }
            replay.ensureOrder(s.path);
          }
        }
      }
      ++report.records;
      continue;
    }
    if (!project)
      return R::failure(ReplayText::tr("The recovery journal in %1 does not start with its base record.")
                            .arg(QDir::toNativeSeparators(folder)));
    if (Status s = replay.apply(o); !s)
      return R::failure(
          ReplayText::tr("The recovery journal in %1 is damaged: %2").arg(QDir::toNativeSeparators(folder), s.error()));
    ++report.records;
  }
  // Bring the project in line with the replayed state.
  for (int i = project->sceneCount() - 1; i >= 0; --i)
    if (!replay.scenes.count(project->scene(i).path)) project->removeScene(i);
  for (const QString& path : replay.sceneOrder) {
    SceneState& s = replay.scenes[path];
    const int index = project->addScene(path, s.size, s.fingerprint);
    std::vector<Annotation> ordered;
    for (int id : s.order)
      if (auto it = s.annotations.find(id); it != s.annotations.end()) ordered.push_back(std::move(it->second));
    project->document(index)->restore(std::move(ordered));
  }
  project->setFileName(replay.baseProject);
  project->markModified();
  report.baseProject = replay.baseProject;
  report.notes = replay.notes;
  if (reportOut) *reportOut = report;
  return R(std::move(project));
}

}  // namespace rrsis
