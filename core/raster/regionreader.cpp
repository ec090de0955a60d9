#include "raster/regionreader.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QImage>

namespace rrsis {

namespace {

struct RegionReaderText {
  Q_DECLARE_TR_FUNCTIONS(RegionReader)
};

}  // namespace

QSize boundedSize(const QSize& size, int maxSide) {
  const int longer = std::max(size.width(), size.height());
  if (longer <= maxSide || longer <= 0) return size;
  const double s = double(maxSide) / longer;
  return QSize(std::max(1, int(std::lround(size.width() * s))), std::max(1, int(std::lround(size.height() * s))));
}

Result<cv::Mat> readRegionRgb(const RasterSource& source, const DisplayMapping& mapping, const QRect& regionIn,
                              const QSize& outputSize) {
  const RasterInfo& info = source.info();
  const QRect region = regionIn.intersected(QRect(0, 0, info.width, info.height));
  if (region.isEmpty() || outputSize.isEmpty())
    return Result<cv::Mat>::failure(RegionReaderText::tr("The query region lies outside the image."));
  // Coarsest level whose pixels are still no larger than one output pixel.
  const double wanted =
      std::min(double(region.width()) / outputSize.width(), double(region.height()) / outputSize.height());
  int level = 0;
  for (int l = 1; l < int(info.levels.size()); ++l) {
    const double f = double(info.width) / info.levels[size_t(l)].width();
    if (f <= wanted * 1.001) level = l;
  }
  const QSize ls = info.levels[size_t(level)];
  const double fx = double(info.width) / ls.width(), fy = double(info.height) / ls.height();
  QRect window = QRectF(region.x() / fx, region.y() / fy, region.width() / fx, region.height() / fy)
                     .toAlignedRect()
                     .intersected(QRect(QPoint(0, 0), ls));
  if (window.isEmpty()) window = QRect(0, 0, 1, 1);
  ReadRequest request;
  request.level = level;
  request.window = window;
  request.outputSize = outputSize;
  request.bands = mapping.readBands();
  request.resampling = window.size() == outputSize ? Resampling::Nearest : Resampling::Average;
  auto block = source.read(request);
  if (!block) return Result<cv::Mat>::failure(block.error());
  const QImage rgb = mapping.render(*block).convertToFormat(QImage::Format_RGB888);
  cv::Mat out(rgb.height(), rgb.width(), CV_8UC3);
  for (int y = 0; y < rgb.height(); ++y) std::copy_n(rgb.constScanLine(y), size_t(rgb.width()) * 3, out.ptr<uchar>(y));
  return out;
}

}  // namespace rrsis
