#include "dataset/annotationimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "dataset/cocoimport.h"
#include "dataset/rasterimport.h"
#include "dataset/sampleimport.h"
#include "dataset/vectorimport.h"

namespace rrsis {

namespace {

template <class Report>
Result<AnnotationImportReport> summary(const Result<Report>& r) {
  if (!r) return Result<AnnotationImportReport>::failure(r.error());
  return AnnotationImportReport{r->annotations, r->notes};
}

}  // namespace

bool importFormatFromName(const QString& nameIn, ImportFormat* format) {
  const QString name = nameIn.toLower();
  if (name == QLatin1String("auto"))
    *format = ImportFormat::Auto;
  else if (name == QLatin1String("coco"))
    *format = ImportFormat::Coco;
  else if (name == QLatin1String("dataset"))
    *format = ImportFormat::Dataset;
  else if (name == QLatin1String("vector"))
    *format = ImportFormat::Vector;
  else if (name == QLatin1String("raster"))
    *format = ImportFormat::Raster;
  else
    return false;
  return true;
}

ImportFormat detectImportFormat(const QString& source) {
  const QFileInfo info(source);
  if (info.isDir())
    return QFileInfo::exists(QDir(source).filePath(QStringLiteral("instances.json"))) ||
                   !QDir(source).entryList({QStringLiteral("output_phrase_*.txt")}, QDir::Files).isEmpty()
               ? ImportFormat::Dataset
               : ImportFormat::Vector;
  QFile f(source);
  if (f.open(QIODevice::ReadOnly) && f.peek(64).trimmed().startsWith('{'))
    return QJsonDocument::fromJson(f.readAll()).object().contains(QStringLiteral("annotations")) ? ImportFormat::Coco
                                                                                                 : ImportFormat::Vector;
  const QString suffix = info.suffix().toLower();
  for (const char* raster : {"tif", "tiff", "png", "jp2", "vrt", "img"})
    if (suffix == QLatin1String(raster)) return ImportFormat::Raster;
  return ImportFormat::Vector;
}

Result<AnnotationImportReport> importAnnotations(Project& project, const QString& source,
                                                 const AnnotationImportOptions& o,
                                                 const std::function<bool(int, int)>& progress) {
  switch (o.format == ImportFormat::Auto ? detectImportFormat(source) : o.format) {
    case ImportFormat::Coco:
      return summary(importCoco(project, source, progress));
    case ImportFormat::Dataset:
      return summary(importDatasetFolder(project, source, progress));
    case ImportFormat::Raster: {
      RasterImportOptions r;
      r.scene = o.scene;
      r.expression = o.expression;
      return summary(importRaster(project, source, r, progress));
    }
    default: {
      VectorImportOptions v;
      v.scene = o.scene;
      v.expressionField = o.expressionField;
      return summary(importVectors(project, source, v, progress));
    }
  }
}

}  // namespace rrsis
