#include "raster/bytegeotiff.h"

#include <array>
#include <cstdio>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <opencv2/core.hpp>

#include "raster/gdalrastersource.h"

namespace rrsis {

namespace {

struct GeoTiffWriterText {
  Q_DECLARE_TR_FUNCTIONS(GeoTiffWriter)
};

}  // namespace

Status writeByteGeoTiff(const QString& path, const cv::Mat& image, const GeoReference& geo, ExistingFile existing) {
  const QString shown = QDir::toNativeSeparators(path);
  auto failure = [&](const QString& why) {
    return Status::failure(GeoTiffWriterText::tr("Cannot write %1: %2").arg(shown, why));
  };
  if (image.empty() || image.depth() != CV_8U || (image.channels() != 1 && image.channels() != 3))
    return Status::failure(GeoTiffWriterText::tr("Nothing to write to %1.").arg(shown));
  const QFileInfo fi(path);
  if (!fi.absoluteDir().exists())
    return Status::failure(GeoTiffWriterText::tr("Cannot write %1: the folder does not exist.").arg(shown));
  if (existing == ExistingFile::Refuse && fi.exists())
    return Status::failure(GeoTiffWriterText::tr("%1 already exists; it is never overwritten.").arg(shown));

  ensureGdalInitialized();
  const std::string target = QFile::encodeName(fi.absoluteFilePath()).toStdString();
  std::string temp, reason;
  if (!createTemporaryFile(target, &temp, &reason)) return failure(QString::fromStdString(reason));
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
  CPLStringList options;
  options.SetNameValue("COMPRESS", "DEFLATE");
  if (image.cols > 512 || image.rows > 512) options.SetNameValue("TILED", "YES");
  if (double(image.total()) * image.channels() > 3.5e9) options.SetNameValue("BIGTIFF", "YES");
  if (image.channels() == 3) options.SetNameValue("PHOTOMETRIC", "RGB");
  CPLErrorReset();
  std::unique_ptr<GDALDataset> ds(
      driver ? driver->Create(temp.c_str(), image.cols, image.rows, image.channels(), GDT_Byte, options.List())
             : nullptr);
  auto fail = [&](const QString& why) {
    ds.reset();
    std::remove(temp.c_str());
    return failure(why);
  };
  if (!ds) return fail(lastGdalError());
  if (geo.hasTransform()) {
    std::array<double, 6> gt = geo.transform();
    ds->SetGeoTransform(gt.data());
    if (geo.hasCrs()) ds->SetProjection(geo.crsWkt().toUtf8().constData());
  }
  std::vector<cv::Mat> planes;
  cv::split(image, planes);
  for (int b = 0; b < image.channels(); ++b) {
    GDALRasterBand* band = ds->GetRasterBand(b + 1);
    const cv::Mat& plane = planes[size_t(b)];
    for (int y = 0; y < image.rows; ++y)
      if (band->RasterIO(GF_Write, 0, y, image.cols, 1, const_cast<uchar*>(plane.ptr<uchar>(y)), image.cols, 1,
                         GDT_Byte, 0, 0) != CE_None)
        return fail(lastGdalError());
  }
  ds->FlushCache();  // returns void in GDAL 3.6, CPLErr later: check the error state instead
  if (CPLGetLastErrorType() >= CE_Failure) return fail(lastGdalError());
  ds.reset();  // closing writes the remaining blocks
  if (CPLGetLastErrorType() >= CE_Failure) {
    std::remove(temp.c_str());
    return failure(lastGdalError());
  }
  // Replace swaps the files in one step; Refuse never touches a file that appeared meanwhile.
  if (!publishFile(temp, target, existing, &reason)) return failure(QString::fromStdString(reason));
  return {};
}

}  // namespace rrsis
