#include "dataset/rasterimport.h"

#include <map>
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>
#include <gdal_priv.h>
#include <gdalwarper.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "raster/gdaldatasetptr.h"
#include "raster/gdalrastersource.h"

namespace rrsis {

namespace {

struct RasterText {
  Q_DECLARE_TR_FUNCTIONS(RasterImport)
};

using R = Result<RasterImportReport>;

struct LabelRow {
  QString expression, category, split;
};

/** Splits one CSV line as exportGeoRasters writes it (quoted fields, doubled quotes). */
QStringList csvFields(const QString& line) {
  QStringList fields;
  QString field;
  bool quoted = false;
  for (int i = 0; i < line.size(); ++i) {
    const QChar c = line[i];
    if (quoted && c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"'))
      field += line[++i];
    else if (c == QLatin1Char('"'))
      quoted = !quoted;
    else if (c == QLatin1Char(',') && !quoted)
      fields << std::exchange(field, QString());
    else
      field += c;
  }
  fields << field;
  return fields;
}

std::map<int, LabelRow> readLabelTable(const QString& rasterPath) {
  std::map<int, LabelRow> rows;
  QFile csv(QFileInfo(rasterPath).dir().filePath(QFileInfo(rasterPath).completeBaseName() + QStringLiteral(".csv")));
  if (!csv.open(QIODevice::ReadOnly)) return rows;
  const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  for (int i = 1; i < lines.size(); ++i) {
    const QStringList f = csvFields(lines[i].trimmed());
    bool ok = false;
    const int value = f.value(0).toInt(&ok);
    if (ok && f.size() >= 5) rows[value] = {f[2], f[3], f[4]};
  }
  return rows;
}

/** The raster's pixels on the scene's grid over `box` (CV_32S), nearest neighbour through both georeferences. */
Result<cv::Mat> onSceneGrid(GDALDataset& source, const GeoReference& scene, const QRect& box) {
  cv::Mat out(box.height(), box.width(), CV_32S, cv::Scalar(0));
  GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
  GdalDatasetPtr target(mem ? mem->Create("", box.width(), box.height(), 1, GDT_Int32, nullptr) : nullptr);
  if (!target) return Result<cv::Mat>::failure(lastGdalError());
  std::array<double, 6> gt = scene.forWindow(box.x(), box.y()).transform();
  target->SetGeoTransform(gt.data());
  const QByteArray wkt = scene.crsWkt().toUtf8();
  if (!wkt.isEmpty()) target->SetProjection(wkt.constData());
  if (GDALReprojectImage(GDALDataset::ToHandle(&source), nullptr, GDALDataset::ToHandle(target.get()), nullptr,
                         GRA_NearestNeighbour, 0, 0, nullptr, nullptr, nullptr) != CE_None)
    return Result<cv::Mat>::failure(lastGdalError());
  if (target->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, box.width(), box.height(), out.data, box.width(), box.height(),
                                         GDT_Int32, 0, 0) != CE_None)
    return Result<cv::Mat>::failure(lastGdalError());
  return out;
}

/** Where the raster lies on a scene's pixel grid (clipped to the scene), empty when nowhere. */
QRect footprintOn(GDALDataset& source, const GeoReference& rasterGeo, const GeoReference& scene, QSize sceneSize) {
  const QRect whole(QPoint(0, 0), sceneSize);
  if (!rasterGeo.hasTransform() || !scene.hasTransform())
    return QSize(source.GetRasterXSize(), source.GetRasterYSize()) == sceneSize ? whole : QRect();
  OGRSpatialReference from, to;
  from.importFromWkt(rasterGeo.crsWkt().toUtf8().constData());
  to.importFromWkt(scene.crsWkt().toUtf8().constData());
  from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  std::unique_ptr<OGRCoordinateTransformation> ct(rasterGeo.hasCrs() && scene.hasCrs() && !from.IsSame(&to)
                                                      ? OGRCreateCoordinateTransformation(&from, &to)
                                                      : nullptr);
  double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
  const int w = source.GetRasterXSize(), h = source.GetRasterYSize();
  for (const QPointF corner : {QPointF(0, 0), QPointF(w, 0), QPointF(0, h), QPointF(w, h), QPointF(w / 2.0, 0),
                               QPointF(w / 2.0, h), QPointF(0, h / 2.0), QPointF(w, h / 2.0)}) {
    QPointF map = rasterGeo.pixelToMap(corner);
    double x = map.x(), y = map.y();
    if (ct && !ct->Transform(1, &x, &y)) return {};
    const auto p = scene.mapToPixel(QPointF(x, y));
    if (!p) return {};
    x0 = std::min(x0, p->x()), y0 = std::min(y0, p->y()), x1 = std::max(x1, p->x()), y1 = std::max(y1, p->y());
  }
  return QRect(QPoint(int(std::floor(x0)) - 1, int(std::floor(y0)) - 1), QPoint(int(std::ceil(x1)), int(std::ceil(y1))))
      .intersected(whole);
}

}  // namespace

Result<RasterImportReport> importRaster(Project& project, const QString& path, const RasterImportOptions& o,
                                        const std::function<bool(int, int)>& progress) {
  ensureGdalInitialized();
  const QString shown = QDir::toNativeSeparators(path);
  auto info = GdalRasterSource::open(path);
  if (!info) return R::failure(info.error());
  CPLErrorReset();
  GdalDatasetPtr source(static_cast<GDALDataset*>(
      GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
  if (!source) return R::failure(RasterText::tr("Cannot read %1: %2").arg(shown, lastGdalError()));
  const GeoReference rasterGeo = (*info)->info().geo;
  RasterImportReport report;
  QRect box;
  GeoReference sceneGeo;
  for (int s = o.scene >= 0 ? o.scene : 0; s < project.sceneCount() && (o.scene < 0 || s == o.scene); ++s) {
    auto scene = GdalRasterSource::open(project.scene(s).path);
    sceneGeo = scene ? (*scene)->info().geo : GeoReference();
    box = footprintOn(*source, rasterGeo, sceneGeo, project.scene(s).size);
    if (!box.isEmpty()) {
      report.scene = s;
      break;
    }
  }
  if (report.scene < 0)
    return R::failure(
        RasterText::tr("%1 lies outside the project's scenes (without georeferencing it must have a scene's size).")
            .arg(shown));
  if (double(box.width()) * box.height() > 4.5e8)
    return R::failure(
        RasterText::tr("%1 covers %2 x %3 scene pixels; at most about 20000 x 20000 can be imported at once.")
            .arg(shown)
            .arg(box.width())
            .arg(box.height()));
  if (progress && !progress(0, 2))
    return R::failure(RasterText::tr("The import was cancelled; the project is unchanged."));
  auto values = rasterGeo.hasTransform() && sceneGeo.hasTransform() ? onSceneGrid(*source, sceneGeo, box)
                                                                    : Result<cv::Mat>(cv::Mat());
  if (!values) return R::failure(RasterText::tr("Cannot resample %1 onto the scene: %2").arg(shown, values.error()));
  if (values->empty()) {  // pixel for pixel
    *values = cv::Mat(box.height(), box.width(), CV_32S);
    if (source->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, box.width(), box.height(), values->data, box.width(),
                                           box.height(), GDT_Int32, 0, 0) != CE_None)
      return R::failure(RasterText::tr("Cannot read %1: %2").arg(shown, lastGdalError()));
  }
  if (progress && !progress(1, 2))
    return R::failure(RasterText::tr("The import was cancelled; the project is unchanged."));
  const std::map<int, LabelRow> table = readLabelTable(path);
  const QSize sceneSize = project.scene(report.scene).size;
  std::map<int, cv::Mat> masks;  // value -> its pixels
  for (int y = 0; y < values->rows; ++y)
    for (int x = 0; x < values->cols; ++x)
      if (const int v = values->at<int>(y, x); v != 0) {
        cv::Mat& m = masks[table.empty() ? 1 : v];
        if (m.empty()) m = cv::Mat(values->size(), CV_8U, cv::Scalar(0));
        m.at<uchar>(y, x) = 255;
      }
  if (masks.empty()) return R::failure(RasterText::tr("%1 has no set pixel over the scene.").arg(shown));
  std::vector<Annotation> annotations;
  for (const auto& [value, mask] : masks) {
    Annotation a;
    const auto row = table.find(value);
    a.expression = row != table.end()                  ? row->second.expression
                   : !o.expression.trimmed().isEmpty() ? o.expression.trimmed()
                   : table.empty()                     ? QFileInfo(path).completeBaseName()
                                                       : RasterText::tr("label %1").arg(value);
    if (row != table.end()) {
      a.category = row->second.category;
      a.split = splitFromName(row->second.split);
    }
    a.provenance.mode = QStringLiteral("import");
    a.added = TiledMask(sceneSize);
    a.added.write(box, mask);
    annotations.push_back(std::move(a));
  }
  AnnotationDocument& d = *project.document(report.scene);
  d.undoStack()->beginMacro(
      RasterText::tr("Import %n mask(s) from %1", nullptr, int(annotations.size())).arg(QFileInfo(path).fileName()));
  for (Annotation& a : annotations) d.addAnnotation(std::move(a));
  d.undoStack()->endMacro();
  report.annotations = int(annotations.size());
  if (progress) progress(2, 2);
  return report;
}

}  // namespace rrsis
