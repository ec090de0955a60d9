#include "raster/bytebands.h"

#include <QCoreApplication>
#include <QDir>

#include "raster/gdalrastersource.h"

namespace rrsis {

namespace {

struct DatasetText {
  Q_DECLARE_TR_FUNCTIONS(Dataset)
};

}  // namespace

Result<std::vector<cv::Mat>> readByteBands(const QString& path) {
  auto source = GdalRasterSource::open(path);
  if (!source) return Result<std::vector<cv::Mat>>::failure(source.error());
  const RasterInfo& info = (*source)->info();
  if (double(info.width) * info.height > 64.0 * 1024 * 1024)
    return Result<std::vector<cv::Mat>>::failure(DatasetText::tr("%1 is too large for a dataset sample (%2 x %3).")
                                                     .arg(QDir::toNativeSeparators(path))
                                                     .arg(info.width)
                                                     .arg(info.height));
  ReadRequest r;
  r.window = QRect(0, 0, info.width, info.height);
  auto block = (*source)->read(r);
  if (!block) return Result<std::vector<cv::Mat>>::failure(block.error());
  if (block->type() != PixelType::Byte)
    return Result<std::vector<cv::Mat>>::failure(
        DatasetText::tr("%1 is not an 8-bit image.").arg(QDir::toNativeSeparators(path)));
  std::vector<cv::Mat> bands;
  for (int b = 0; b < block->bandCount(); ++b)
    bands.push_back(cv::Mat(info.height, info.width, CV_8U, const_cast<void*>(block->bandData(b))).clone());
  return bands;
}

}  // namespace rrsis
