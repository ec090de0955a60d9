#include "inference/maskwriter.h"

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cpl_string.h>
#include <gdal_priv.h>

#include "raster/gdalrastersource.h"

namespace rrsis {

Status writeRegionGeoTiff(const QString& path, const cv::Mat& image, const ProbabilityMap& map,
                          const GeoReference& sceneGeo) {
  ensureGdalInitialized();
  if (image.empty() || image.type() != CV_8U)
    return Status::failure(QCoreApplication::translate("MaskWriter", "Nothing to write to %1.")
                               .arg(QDir::toNativeSeparators(path)));
  const QFileInfo fi(path);
  if (!fi.absoluteDir().exists())
    return Status::failure(QCoreApplication::translate("MaskWriter", "Cannot write %1: the folder does not exist.")
                               .arg(QDir::toNativeSeparators(path)));
  const QString temp = fi.absoluteFilePath() + QStringLiteral(".part");
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
  CPLStringList options;
  options.SetNameValue("COMPRESS", "DEFLATE");
  if (image.cols > 512 || image.rows > 512) options.SetNameValue("TILED", "YES");
  if (double(image.total()) > 3.5e9) options.SetNameValue("BIGTIFF", "YES");
  CPLErrorReset();
  std::unique_ptr<GDALDataset> ds(driver ? driver->Create(temp.toUtf8().constData(), image.cols, image.rows, 1,
                                                          GDT_Byte, options.List())
                                         : nullptr);
  auto fail = [&](const QString& what) {
    ds.reset();
    QFile::remove(temp);
    return Status::failure(QCoreApplication::translate("MaskWriter", "Cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(path), what));
  };
  if (!ds) return fail(lastGdalError());
  if (sceneGeo.hasTransform()) {
    const GeoReference g = sceneGeo.forWindow(map.region.x(), map.region.y(),
                                              double(map.region.width()) / image.cols,
                                              double(map.region.height()) / image.rows);
    std::array<double, 6> gt = g.transform();
    ds->SetGeoTransform(gt.data());
    if (sceneGeo.hasCrs()) ds->SetProjection(sceneGeo.crsWkt().toUtf8().constData());
  }
  GDALRasterBand* band = ds->GetRasterBand(1);
  for (int y = 0; y < image.rows; ++y)
    if (band->RasterIO(GF_Write, 0, y, image.cols, 1, const_cast<uchar*>(image.ptr<uchar>(y)), image.cols, 1,
                       GDT_Byte, 0, 0) != CE_None)
      return fail(lastGdalError());
  ds->FlushCache();  // returns void in GDAL 3.6, CPLErr later: check the error state instead
  if (CPLGetLastErrorType() >= CE_Failure) return fail(lastGdalError());
  ds.reset();
  if (CPLGetLastErrorType() >= CE_Failure) {
    QFile::remove(temp);
    return Status::failure(QCoreApplication::translate("MaskWriter", "Cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(path), lastGdalError()));
  }
  QFile::remove(path);
  if (!QFile::rename(temp, path)) {
    QFile::remove(temp);
    return Status::failure(QCoreApplication::translate("MaskWriter", "Cannot write %1: renaming the finished file failed.")
                               .arg(QDir::toNativeSeparators(path)));
  }
  return {};
}

}  // namespace rrsis
