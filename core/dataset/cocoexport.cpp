#include "dataset/cocoexport.h"

#include <map>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <opencv2/imgproc.hpp>

#include "annotation/annotationdocument.h"
#include "annotation/annotationjson.h"
#include "annotation/project.h"
#include "annotation/cocorle.h"
#include "util/safesave.h"

namespace rrsis {

namespace {

struct CocoText {
  Q_DECLARE_TR_FUNCTIONS(CocoExport)
};

/** The outer boundaries of a mask crop as COCO polygons in scene pixels; `holes` counts inner ones. */
QJsonArray polygonsOf(const cv::Mat& crop, QPoint offset, int* holes) {
  std::vector<std::vector<cv::Point>> contours;
  std::vector<cv::Vec4i> hierarchy;
  cv::findContours(crop.clone(), contours, hierarchy, cv::RETR_CCOMP, cv::CHAIN_APPROX_SIMPLE);
  QJsonArray polygons;
  for (size_t i = 0; i < contours.size(); ++i) {
    if (hierarchy[i][3] >= 0) {  // a hole: COCO polygons are filled, so it is lost
      ++*holes;
      continue;
    }
    if (contours[i].size() < 3) {  // a one- or two-pixel part: its pixel square
      const cv::Rect r = cv::boundingRect(contours[i]);
      contours[i] = {{r.x, r.y}, {r.x + r.width, r.y}, {r.x + r.width, r.y + r.height}, {r.x, r.y + r.height}};
    }
    QJsonArray xy;
    for (const cv::Point& p : contours[i]) {
      xy.append(p.x + offset.x());
      xy.append(p.y + offset.y());
    }
    polygons.append(xy);
  }
  return polygons;
}

/** The image entry's file name: relative to the JSON's folder when the scene lies below it. */
QString imageFileName(const QString& scenePath, const QDir& folder) {
  const QString relative = folder.relativeFilePath(scenePath);
  return relative.startsWith(QLatin1String("../")) ? QDir::cleanPath(scenePath) : relative;
}

QJsonObject annotationEntry(const Annotation& a, int id, int imageId, int categoryId, const CocoExportOptions& o,
                            QSize sceneSize, int* holes) {
  const QRect box = a.bounds();
  const cv::Mat crop = box.isEmpty() ? cv::Mat() : a.mask(box);
  QJsonValue segmentation;
  if (o.polygons) {
    segmentation = box.isEmpty() ? QJsonArray() : polygonsOf(crop, box.topLeft(), holes);
  } else {
    const CocoRle rle = encodeRle(crop, box.isEmpty() ? QPoint() : box.topLeft(), sceneSize);
    segmentation = QJsonObject{{QStringLiteral("size"), QJsonArray{sceneSize.height(), sceneSize.width()}},
                               {QStringLiteral("counts"), QString::fromLatin1(rleToString(rle))}};
  }
  const QJsonArray bbox =
      box.isEmpty() ? QJsonArray{0, 0, 0, 0} : QJsonArray{box.x(), box.y(), box.width(), box.height()};
  return {{QStringLiteral("id"), id},
          {QStringLiteral("image_id"), imageId},
          {QStringLiteral("category_id"), categoryId},
          {QStringLiteral("segmentation"), segmentation},
          {QStringLiteral("area"), double(box.isEmpty() ? 0 : cv::countNonZero(crop))},
          {QStringLiteral("bbox"), bbox},
          {QStringLiteral("iscrowd"), 0},
          {QStringLiteral("expression"), a.expression},
          {QStringLiteral("category"), a.category},  // the COCO category is "object" when this is empty
          {QStringLiteral("split"), splitName(a.split)},
          {QStringLiteral("annotation_id"), a.id},
          {QStringLiteral("provenance"), annotationjson::metadataToJson(a).value(QStringLiteral("provenance"))}};
}

}  // namespace

Result<CocoExportReport> exportCoco(const Project& project, const QString& file, const CocoExportOptions& o,
                                    const std::function<bool(int, int)>& progress) {
  using R = Result<CocoExportReport>;
  const QFileInfo target(file);
  if (target.exists() && !o.overwrite)
    return R::failure(CocoText::tr("%1 already exists; choose another file or allow overwriting.")
                          .arg(QDir::toNativeSeparators(file)));
  if (!target.absoluteDir().exists())
    return R::failure(
        CocoText::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
  CocoExportReport report;
  QJsonArray images, annotations, categories;
  std::map<QString, int> categoryIds;
  int holes = 0, total = project.annotationCount(), done = 0;
  for (int s = 0; s < project.sceneCount(); ++s) {
    const ProjectScene& scene = project.scene(s);
    images.append(QJsonObject{{QStringLiteral("id"), s + 1},
                              {QStringLiteral("file_name"), imageFileName(scene.path, target.absoluteDir())},
                              {QStringLiteral("width"), scene.size.width()},
                              {QStringLiteral("height"), scene.size.height()}});
    const AnnotationDocument& d = *scene.document;
    for (int i = 0; i < d.count(); ++i, ++done) {
      if (progress && !progress(done, total))
        return R::failure(CocoText::tr("The export was cancelled; nothing was written."));
      const Annotation& a = d.at(i);
      if (a.expression.trimmed().isEmpty()) {
        report.notes << CocoText::tr("Annotation %1 of %2 has no expression and was left out.")
                            .arg(a.id)
                            .arg(QFileInfo(scene.path).fileName());
        continue;
      }
      const QString category = a.category.trimmed().isEmpty() ? QStringLiteral("object") : a.category.trimmed();
      auto [it, added] = categoryIds.emplace(category, int(categoryIds.size()) + 1);
      if (added)
        categories.append(QJsonObject{{QStringLiteral("id"), it->second},
                                      {QStringLiteral("name"), category},
                                      {QStringLiteral("supercategory"), QString()}});
      annotations.append(annotationEntry(a, annotations.size() + 1, s + 1, it->second, o, scene.size, &holes));
    }
  }
  if (progress) progress(total, total);
  if (holes > 0)
    report.notes << CocoText::tr("%n hole(s) in masks were filled: COCO polygons cannot hold holes (run-lengths can).",
                                 nullptr, holes);
  const QJsonObject info{{QStringLiteral("description"), QStringLiteral("RRSIS Studio annotations")},
                         {QStringLiteral("date_created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {QStringLiteral("project"), project.fileName()}};
  const QJsonObject root{{QStringLiteral("info"), info},
                         {QStringLiteral("images"), images},
                         {QStringLiteral("annotations"), annotations},
                         {QStringLiteral("categories"), categories}};
  if (Status st = safeWriteFile(file, QJsonDocument(root).toJson(QJsonDocument::Compact),
                                o.overwrite ? Overwrite::Replace : Overwrite::Refuse);
      !st)
    return R::failure(st.error());
  report.images = int(images.size());
  report.annotations = int(annotations.size());
  report.categories = int(categories.size());
  return report;
}

}  // namespace rrsis
