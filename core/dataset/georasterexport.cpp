#include "dataset/georasterexport.h"

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cpl_string.h>
#include <gdal_priv.h>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "raster/gdaldatasetptr.h"
#include "raster/gdalrastersource.h"
#include "util/csvfield.h"
#include "util/stagingfolder.h"

namespace rrsis {

namespace {

struct GeoRasterText {
  Q_DECLARE_TR_FUNCTIONS(GeoRasterExport)
};

using R = Result<GeoRasterExportReport>;
constexpr int kStrip = 512;

/** Fills rows [y, y + rows) of the raster being written: CV_8U or CV_16U, `width` columns. */
using StripSource = std::function<cv::Mat(int y, int rows)>;

/**
 * Writes a one-band raster as a cloud-optimised GeoTIFF: strips into a tiled working GeoTIFF
 * beside it, then GDAL's COG driver copies that with overviews; the working file is removed.
 */
Status writeCog(const QString& path, QSize size, GDALDataType type, const GeoReference& geo,
                const StripSource& strips) {
  ensureGdalInitialized();
  const auto failure = [&](const QString& why) {
    return Status::failure(GeoRasterText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
  };
  GDALDriver* gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
  GDALDriver* cog = GetGDALDriverManager()->GetDriverByName("COG");
  if (!gtiff || !cog) return failure(GeoRasterText::tr("GDAL has no GeoTIFF or COG driver."));
  const QByteArray work =
      QFile::encodeName(QFileInfo(path).dir().filePath(QStringLiteral(".work_") + QFileInfo(path).fileName()));
  CPLStringList workOptions;
  workOptions.SetNameValue("TILED", "YES");
  workOptions.SetNameValue("BLOCKXSIZE", "512");
  workOptions.SetNameValue("BLOCKYSIZE", "512");
  workOptions.SetNameValue("COMPRESS", "DEFLATE");
  workOptions.SetNameValue("BIGTIFF", "IF_SAFER");
  CPLErrorReset();
  GdalDatasetPtr ds(gtiff->Create(work.constData(), size.width(), size.height(), 1, type, workOptions.List()));
  const auto fail = [&](const QString& why) {
    ds.reset();
    VSIUnlink(work.constData());
    return failure(why);
  };
  if (!ds) return fail(lastGdalError());
  if (geo.hasTransform()) {
    std::array<double, 6> gt = geo.transform();
    ds->SetGeoTransform(gt.data());
    if (geo.hasCrs()) ds->SetProjection(geo.crsWkt().toUtf8().constData());
  }
  GDALRasterBand* band = ds->GetRasterBand(1);
  for (int y = 0; y < size.height(); y += kStrip) {
    const int rows = std::min(kStrip, size.height() - y);
    const cv::Mat strip = strips(y, rows);
    if (band->RasterIO(GF_Write, 0, y, size.width(), rows, const_cast<uchar*>(strip.ptr<uchar>()), size.width(), rows,
                       type, 0, int(strip.step[0])) != CE_None)
      return fail(lastGdalError());
  }
  ds->FlushCache();
  if (CPLGetLastErrorType() >= CE_Failure) return fail(lastGdalError());
  CPLStringList cogOptions;
  cogOptions.SetNameValue("COMPRESS", "DEFLATE");
  cogOptions.SetNameValue("BLOCKSIZE", "512");
  cogOptions.SetNameValue("RESAMPLING", "NEAREST");
  cogOptions.SetNameValue("BIGTIFF", "IF_SAFER");
  GdalDatasetPtr out(
      cog->CreateCopy(QFile::encodeName(path).constData(), ds.get(), FALSE, cogOptions.List(), nullptr, nullptr));
  if (!out || CPLGetLastErrorType() >= CE_Failure) {
    out.reset();
    return fail(lastGdalError());
  }
  out.reset();
  if (CPLGetLastErrorType() >= CE_Failure) return fail(lastGdalError());
  ds.reset();
  VSIUnlink(work.constData());
  return {};
}

/** The scene's georeference, read from its file (empty when it has none or cannot be opened). */
GeoReference sceneGeo(const QString& path) {
  auto source = GdalRasterSource::open(path);
  return source ? (*source)->info().geo : GeoReference();
}

QString stemOf(const QString& path) { return QFileInfo(path).completeBaseName(); }

Status writeMasks(const Project& project, const StagingFolder& staging, GeoRasterExportReport& report,
                  const std::function<bool(int, int)>& progress) {
  const int total = project.annotationCount();
  int done = 0;
  for (int s = 0; s < project.sceneCount(); ++s) {
    const ProjectScene& scene = project.scene(s);
    const AnnotationDocument& d = *scene.document;
    if (d.count() == 0) continue;
    const GeoReference geo = sceneGeo(scene.path);
    if (!geo.hasTransform())
      report.notes << GeoRasterText::tr("%1 is not georeferenced: its masks are on its pixel grid only.")
                          .arg(QFileInfo(scene.path).fileName());
    for (int i = 0; i < d.count(); ++i, ++done) {
      if (progress && !progress(done, total))
        return Status::failure(GeoRasterText::tr("The export was cancelled; nothing was written."));
      const Annotation& a = d.at(i);
      const QRect box = a.bounds();
      if (box.isEmpty()) {
        report.notes << GeoRasterText::tr("Annotation %1 (“%2”) of %3 has an empty mask and was left out.")
                            .arg(a.id)
                            .arg(a.expression, QFileInfo(scene.path).fileName());
        continue;
      }
      const QString name = QStringLiteral("%1_%2.tif").arg(stemOf(scene.path)).arg(a.id);
      const GeoReference window = geo.hasTransform() ? geo.forWindow(box.x(), box.y()) : GeoReference();
      Status st = writeCog(staging.filePath(name), box.size(), GDT_Byte, window,
                           [&](int y, int rows) { return a.mask(QRect(box.x(), box.y() + y, box.width(), rows)); });
      if (!st) return st;
      ++report.files;
      ++report.annotations;
    }
  }
  return {};
}

Status writeLabels(const Project& project, const StagingFolder& staging, GeoRasterExportReport& report,
                   const std::function<bool(int, int)>& progress) {
  int total = 0, done = 0;
  for (int s = 0; s < project.sceneCount(); ++s) total += (project.scene(s).size.height() + kStrip - 1) / kStrip;
  for (int s = 0; s < project.sceneCount(); ++s) {
    const ProjectScene& scene = project.scene(s);
    const AnnotationDocument& d = *scene.document;
    if (d.count() == 0) continue;
    if (d.count() > 65535)
      return Status::failure(GeoRasterText::tr("%1 has %2 annotations; a uint16 label raster holds at most 65,535.")
                                 .arg(QFileInfo(scene.path).fileName())
                                 .arg(d.count()));
    const GeoReference geo = sceneGeo(scene.path);
    if (!geo.hasTransform())
      report.notes << GeoRasterText::tr("%1 is not georeferenced: its labels are on its pixel grid only.")
                          .arg(QFileInfo(scene.path).fileName());
    QByteArray table("value,annotation_id,expression,category,split\n");
    std::vector<QRect> bounds(size_t(d.count()));
    for (int i = 0; i < d.count(); ++i) {
      const Annotation& a = d.at(i);
      bounds[size_t(i)] = a.bounds();
      table += QByteArray::number(i + 1) + ',' + QByteArray::number(a.id) + ',' + csvField(a.expression) + ',' +
               csvField(a.category) + ',' + csvField(splitName(a.split)) + '\n';
    }
    bool cancelled = false;
    const QSize size = scene.size;
    Status st = writeCog(staging.filePath(stemOf(scene.path) + QStringLiteral("_labels.tif")), size, GDT_UInt16, geo,
                         [&](int y, int rows) {
                           cv::Mat strip(rows, size.width(), CV_16U, cv::Scalar(0));
                           if (progress && !progress(done++, total)) cancelled = true;
                           const QRect band(0, y, size.width(), rows);
                           for (int i = 0; i < d.count() && !cancelled; ++i) {
                             const QRect part = bounds[size_t(i)].intersected(band);
                             if (part.isEmpty()) continue;
                             const cv::Mat m = d.at(i).mask(part);
                             strip(cv::Rect(part.x(), part.y() - y, part.width(), part.height())).setTo(i + 1, m);
                           }
                           return strip;
                         });
    if (cancelled) return Status::failure(GeoRasterText::tr("The export was cancelled; nothing was written."));
    if (!st) return st;
    QFile csv(staging.filePath(stemOf(scene.path) + QStringLiteral("_labels.csv")));
    if (!csv.open(QIODevice::WriteOnly) || csv.write(table) != table.size() || !csv.flush())
      return Status::failure(
          GeoRasterText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(csv.fileName()), csv.errorString()));
    ++report.files;
    report.annotations += d.count();
  }
  return {};
}

}  // namespace

Result<GeoRasterExportReport> exportGeoRasters(const Project& project, const QString& folder,
                                               const GeoRasterExportOptions& o,
                                               const std::function<bool(int, int)>& progress) {
  auto staging = StagingFolder::create(folder, o.overwrite);
  if (!staging) return R::failure(staging.error());
  GeoRasterExportReport report;
  const Status st = o.kind == GeoRasterKind::Masks ? writeMasks(project, **staging, report, progress)
                                                   : writeLabels(project, **staging, report, progress);
  if (!st) return R::failure(st.error());
  if (report.files == 0) return R::failure(GeoRasterText::tr("There is nothing to export: no annotation has a mask."));
  if (Status c = (*staging)->commit(); !c) return R::failure(c.error());
  if (progress) progress(1, 1);
  return report;
}

}  // namespace rrsis
