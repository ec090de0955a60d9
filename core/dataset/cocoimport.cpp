#include "dataset/cocoimport.h"

#include <map>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>
#include <opencv2/imgproc.hpp>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "annotation/cocorle.h"

namespace rrsis {

namespace {

struct CocoText {
  Q_DECLARE_TR_FUNCTIONS(CocoImport)
};

using R = Result<CocoImportReport>;

Result<QJsonObject> readCocoJson(const QString& file) {
  QFile f(file);
  if (!f.open(QIODevice::ReadOnly))
    return Result<QJsonObject>::failure(
        CocoText::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(file), f.errorString()));
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
  if (doc.isNull())
    return Result<QJsonObject>::failure(CocoText::tr("%1 is not JSON or is cut short (%2 at byte %3).")
                                            .arg(QDir::toNativeSeparators(file), error.errorString())
                                            .arg(error.offset));
  const QJsonObject root = doc.object();
  if (!root.value(QStringLiteral("images")).isArray() || !root.value(QStringLiteral("annotations")).isArray())
    return Result<QJsonObject>::failure(
        CocoText::tr("%1 is not a COCO instances file: it needs \"images\" and \"annotations\" lists.")
            .arg(QDir::toNativeSeparators(file)));
  return root;
}

/** The project scene an image entry names: by path relative to the JSON, absolute, then by file name; -1 if none. */
int sceneFor(const Project& project, const QJsonObject& image, const QDir& folder) {
  const QString name = image.value(QStringLiteral("file_name")).toString();
  if (name.isEmpty()) return -1;
  const QSize size(image.value(QStringLiteral("width")).toInt(), image.value(QStringLiteral("height")).toInt());
  for (const QString& candidate : {folder.absoluteFilePath(name), QDir::cleanPath(name)}) {
    const int i = project.indexOfScene(candidate);
    if (i >= 0 && project.scene(i).size == size) return i;
  }
  const QString bare = QFileInfo(name).fileName();
  for (int i = 0; i < project.sceneCount(); ++i)
    if (QFileInfo(project.scene(i).path).fileName() == bare && project.scene(i).size == size) return i;
  return -1;
}

/** An annotation from a COCO entry, its mask as a hand edit; an error when the mask cannot be read. */
Result<Annotation> annotationFrom(const QJsonObject& entry, const std::map<int, QString>& categories, QSize sceneSize) {
  auto mask =
      decodeSegmentationCrop(entry.value(QStringLiteral("segmentation")), sceneSize.height(), sceneSize.width());
  if (!mask) return Result<Annotation>::failure(mask.error());
  Annotation a;
  const auto category = categories.find(entry.value(QStringLiteral("category_id")).toInt(-1));
  a.category = entry.contains(QStringLiteral("category")) ? entry.value(QStringLiteral("category")).toString()
               : category != categories.end()             ? category->second
                                                          : QString();
  a.expression = entry.value(QStringLiteral("expression")).toString().trimmed();
  if (a.expression.isEmpty())
    a.expression = category != categories.end() ? category->second
                   : a.category.isEmpty()       ? QStringLiteral("object")
                                                : a.category;
  a.split = splitFromName(entry.value(QStringLiteral("split")).toString());
  a.provenance.mode = QStringLiteral("import");
  a.added = TiledMask(sceneSize);
  if (!mask->box.isEmpty()) a.added.write(mask->box, mask->crop);
  return a;
}

}  // namespace

Result<CocoImportReport> importCoco(Project& project, const QString& file,
                                    const std::function<bool(int, int)>& progress) {
  auto root = readCocoJson(file);
  if (!root) return R::failure(root.error());
  const QDir folder = QFileInfo(file).absoluteDir();
  std::map<int, QString> categories;
  for (const QJsonValue& c : root->value(QStringLiteral("categories")).toArray())
    categories[c.toObject().value(QStringLiteral("id")).toInt(-1)] =
        c.toObject().value(QStringLiteral("name")).toString();
  CocoImportReport report;
  std::map<int, int> sceneOfImage;  // COCO image id -> scene index (-1: none)
  for (const QJsonValue& v : root->value(QStringLiteral("images")).toArray()) {
    const QJsonObject image = v.toObject();
    const int scene = sceneFor(project, image, folder);
    sceneOfImage[image.value(QStringLiteral("id")).toInt(-1)] = scene;
    if (scene < 0)
      report.notes << CocoText::tr(
                          "The image %1 (%2 x %3) is not a scene of the project; its annotations were left out.")
                          .arg(image.value(QStringLiteral("file_name")).toString())
                          .arg(image.value(QStringLiteral("width")).toInt())
                          .arg(image.value(QStringLiteral("height")).toInt());
  }
  // Read every mask first, so a cancel leaves the project as it was.
  const QJsonArray entries = root->value(QStringLiteral("annotations")).toArray();
  std::map<int, std::vector<Annotation>> perScene;
  for (qsizetype i = 0; i < entries.size(); ++i) {
    if (progress && !progress(int(i), int(entries.size())))
      return R::failure(CocoText::tr("The import was cancelled; the project is unchanged."));
    const QJsonObject entry = entries[i].toObject();
    const auto scene = sceneOfImage.find(entry.value(QStringLiteral("image_id")).toInt(-1));
    if (scene == sceneOfImage.end() || scene->second < 0) continue;
    auto a = annotationFrom(entry, categories, project.scene(scene->second).size);
    if (!a) {
      report.notes << CocoText::tr("Annotation %1 was left out: %2")
                          .arg(entry.value(QStringLiteral("id")).toInt())
                          .arg(a.error());
      continue;
    }
    perScene[scene->second].push_back(std::move(*a));
  }
  for (auto& [scene, annotations] : perScene) {
    AnnotationDocument& d = *project.document(scene);
    d.undoStack()->beginMacro(CocoText::tr("Import %n annotation(s) from COCO", nullptr, int(annotations.size())));
    for (Annotation& a : annotations) d.addAnnotation(std::move(a));
    d.undoStack()->endMacro();
    report.annotations += int(annotations.size());
    ++report.scenes;
  }
  if (progress) progress(int(entries.size()), int(entries.size()));
  return report;
}

}  // namespace rrsis
