#include "raster/gdalrastersource.h"

#include <cmath>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <type_traits>

#include <QFileInfo>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>

namespace rrsis {

void ensureGdalInitialized() {
  static std::once_flag once;
  std::call_once(once, [] {
    GDALAllRegister();
    CPLSetErrorHandler(CPLQuietErrorHandler);
    // GDAL's default block cache is 5 % of RAM; the viewer keeps its own tile cache, so a
    // modest block cache keeps memory bounded whatever the size of the scene.
    if (!std::getenv("GDAL_CACHEMAX")) GDALSetCacheMax64(GIntBig(64) * 1024 * 1024);
  });
}

QString lastGdalError() {
  const char* msg = CPLGetLastErrorMsg();
  if (msg && *msg) return QString::fromUtf8(msg);
  return GdalRasterSource::tr("unknown GDAL error");
}

namespace {

std::optional<PixelType> fromGdalType(GDALDataType t) {
  switch (t) {
    case GDT_Byte:
      return PixelType::Byte;
    case GDT_UInt16:
      return PixelType::UInt16;
    case GDT_Int16:
      return PixelType::Int16;
    case GDT_UInt32:
      return PixelType::UInt32;
    case GDT_Int32:
      return PixelType::Int32;
    case GDT_Float32:
      return PixelType::Float32;
    case GDT_Float64:
      return PixelType::Float64;
    default:
      return std::nullopt;
  }
}

GDALDataType toGdalType(PixelType t) {
  switch (t) {
    case PixelType::Byte:
      return GDT_Byte;
    case PixelType::UInt16:
      return GDT_UInt16;
    case PixelType::Int16:
      return GDT_Int16;
    case PixelType::UInt32:
      return GDT_UInt32;
    case PixelType::Int32:
      return GDT_Int32;
    case PixelType::Float32:
      return GDT_Float32;
    case PixelType::Float64:
      return GDT_Float64;
  }
  return GDT_Byte;
}

GDALDataset* openDataset(const QString& path) {
  const QByteArray p = path.toUtf8();
  return GDALDataset::FromHandle(
      GDALOpenEx(p.constData(), GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr, nullptr, nullptr));
}

bool isVirtualPath(const QString& path) { return path.startsWith(QLatin1String("/vsi")); }

/** Marks NaN samples of a float band invalid. */
void maskNaN(RasterBlock& block, int b) {
  const std::size_t n = std::size_t(block.width()) * block.height();
  std::uint8_t* valid = block.validity();
  visitBand(block, b, [&](const auto* p) {
    using T = std::decay_t<decltype(*p)>;
    if constexpr (std::is_floating_point_v<T>) {
      for (std::size_t i = 0; i < n; ++i)
        if (std::isnan(p[i])) valid[i] = 0;
    }
  });
}

}  // namespace

/** Borrows a dataset handle from the pool for the duration of one read. */
class GdalRasterSource::Lease {
 public:
  Lease(const GdalRasterSource& owner, DatasetPtr ds) : owner_(owner), ds_(std::move(ds)) {}
  ~Lease() {
    if (ds_) owner_.giveBack(std::move(ds_));
  }
  GDALDataset* operator->() const { return ds_.get(); }
  GDALDataset* get() const { return ds_.get(); }

 private:
  const GdalRasterSource& owner_;
  DatasetPtr ds_;
};

void GdalRasterSource::DatasetCloser::operator()(GDALDataset* ds) const {
  if (ds) GDALClose(GDALDataset::ToHandle(ds));
}

Result<std::shared_ptr<GdalRasterSource>> GdalRasterSource::open(const QString& path) {
  using R = Result<std::shared_ptr<GdalRasterSource>>;
  ensureGdalInitialized();
  if (path.isEmpty()) return R::failure(tr("No file name given."));
  if (!isVirtualPath(path)) {
    const QFileInfo fi(path);
    if (!fi.exists()) return R::failure(tr("The file “%1” does not exist.").arg(path));
    if (fi.isDir()) return R::failure(tr("“%1” is a folder, not an image file.").arg(path));
    if (!fi.isReadable()) return R::failure(tr("The file “%1” cannot be read (permission denied).").arg(path));
    if (fi.size() == 0) return R::failure(tr("The file “%1” is empty (0 bytes).").arg(path));
  }
  CPLErrorReset();
  DatasetPtr ds(openDataset(path));
  if (!ds) return R::failure(tr("Cannot open “%1” as a raster: %2").arg(path, lastGdalError()));

  RasterInfo info;
  info.path = path;
  if (GDALDriver* drv = ds->GetDriver()) {
    info.driver = QString::fromUtf8(drv->GetDescription());
    info.driverLong = QString::fromUtf8(drv->GetMetadataItem(GDAL_DMD_LONGNAME));
  }
  info.width = ds->GetRasterXSize();
  info.height = ds->GetRasterYSize();
  const int bandCount = ds->GetRasterCount();
  if (bandCount <= 0)
    return R::failure(tr("“%1” has no raster bands (is it a vector file or a container?).").arg(path));
  if (info.width <= 0 || info.height <= 0)
    return R::failure(tr("“%1” has an empty size (%2 x %3 pixels).").arg(path).arg(info.width).arg(info.height));

  GDALRasterBand* first = ds->GetRasterBand(1);
  int bw = 0, bh = 0;
  first->GetBlockSize(&bw, &bh);
  info.blockSize = QSize(bw, bh);
  for (int b = 1; b <= bandCount; ++b) {
    GDALRasterBand* band = ds->GetRasterBand(b);
    const auto type = fromGdalType(band->GetRasterDataType());
    if (!type)
      return R::failure(tr("Band %1 of “%2” has the sample type %3, which RRSIS Studio does not read.")
                            .arg(b)
                            .arg(path, QString::fromUtf8(GDALGetDataTypeName(band->GetRasterDataType()))));
    BandInfo bi;
    bi.type = *type;
    int hasNoData = 0;
    const double nd = band->GetNoDataValue(&hasNoData);
    if (hasNoData) bi.nodata = nd;
    bi.colorInterpretation = QString::fromUtf8(GDALGetColorInterpretationName(band->GetColorInterpretation()));
    bi.description = QString::fromUtf8(band->GetDescription());
    bi.hasMask = (band->GetMaskFlags() & GMF_ALL_VALID) == 0;
    info.bands.push_back(bi);
  }
  info.levels.push_back(QSize(info.width, info.height));
  for (int o = 0; o < first->GetOverviewCount(); ++o) {
    GDALRasterBand* ov = first->GetOverview(o);
    if (!ov) break;
    info.levels.push_back(QSize(ov->GetXSize(), ov->GetYSize()));
  }

  double gt[6];
  if (ds->GetGeoTransform(gt) == CE_None) {
    const OGRSpatialReference* srs = ds->GetSpatialRef();
    QString wkt;
    if (srs) {
      char* w = nullptr;
      if (srs->exportToWkt(&w) == OGRERR_NONE && w) wkt = QString::fromUtf8(w);
      CPLFree(w);
    }
    info.geo = GeoReference({gt[0], gt[1], gt[2], gt[3], gt[4], gt[5]}, wkt);
  }
  CPLErrorReset();
  return std::shared_ptr<GdalRasterSource>(new GdalRasterSource(path, std::move(ds), std::move(info)));
}

GdalRasterSource::GdalRasterSource(QString path, DatasetPtr first, RasterInfo info)
    : path_(std::move(path)), info_(std::move(info)) {
  idle_.push_back(std::move(first));
}

GdalRasterSource::~GdalRasterSource() = default;

Result<GdalRasterSource::DatasetPtr> GdalRasterSource::borrow() const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      DatasetPtr ds = std::move(idle_.back());
      idle_.pop_back();
      return ds;
    }
  }
  CPLErrorReset();
  DatasetPtr ds(openDataset(path_));
  if (!ds) return Result<DatasetPtr>::failure(tr("Cannot reopen “%1”: %2").arg(path_, lastGdalError()));
  return ds;
}

void GdalRasterSource::giveBack(DatasetPtr ds) const {
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(ds));
}

Result<std::vector<int>> GdalRasterSource::checkBands(const std::vector<int>& bands) const {
  std::vector<int> list = bands;
  if (list.empty())
    for (int b = 1; b <= info_.bandCount(); ++b) list.push_back(b);
  for (int b : list)
    if (b < 1 || b > info_.bandCount())
      return Result<std::vector<int>>::failure(
          tr("Band %1 does not exist (the raster has %2 band(s)).").arg(b).arg(info_.bandCount()));
  // All requested bands are read into one block, so they must share one sample type.
  for (int b : list)
    if (info_.bands[b - 1].type != info_.bands[list.front() - 1].type)
      return Result<std::vector<int>>::failure(
          tr("Bands %1 and %2 have different sample types.").arg(list.front()).arg(b));
  return list;
}

Result<RasterBlock> GdalRasterSource::read(const ReadRequest& req) const {
  using R = Result<RasterBlock>;
  if (req.level < 0 || req.level >= int(info_.levels.size()))
    return R::failure(
        tr("Level %1 does not exist (the raster has %2 overview(s)).").arg(req.level).arg(info_.overviewCount()));
  const QSize levelSize = info_.levels[req.level];
  const QRect bounds(QPoint(0, 0), levelSize);
  if (req.window.isEmpty() || !bounds.contains(req.window))
    return R::failure(tr("The window %1,%2 %3x%4 lies outside the %5x%6 level %7.")
                          .arg(req.window.x())
                          .arg(req.window.y())
                          .arg(req.window.width())
                          .arg(req.window.height())
                          .arg(levelSize.width())
                          .arg(levelSize.height())
                          .arg(req.level));
  auto bands = checkBands(req.bands);
  if (!bands) return R::failure(bands.error());
  const QSize out = req.outputSize.isEmpty() ? req.window.size() : req.outputSize;
  const PixelType type = info_.bands[bands->front() - 1].type;

  auto borrowed = borrow();
  if (!borrowed) return R::failure(borrowed.error());
  Lease ds(*this, std::move(*borrowed));

  RasterBlock block(out.width(), out.height(), int(bands->size()), type);
  GDALRasterIOExtraArg extra;
  INIT_RASTERIO_EXTRA_ARG(extra);
  extra.eResampleAlg = req.resampling == Resampling::Average ? GRIORA_Average : GRIORA_NearestNeighbour;
  std::vector<std::uint8_t> mask;
  for (int i = 0; i < int(bands->size()); ++i) {
    GDALRasterBand* band = ds->GetRasterBand((*bands)[i]);
    if (req.level > 0) band = band->GetOverview(req.level - 1);
    if (!band) return R::failure(tr("Overview %1 of band %2 is missing.").arg(req.level).arg((*bands)[i]));
    CPLErrorReset();
    if (band->RasterIO(GF_Read, req.window.x(), req.window.y(), req.window.width(), req.window.height(),
                       block.bandData(i), out.width(), out.height(), toGdalType(type), 0, 0, &extra) != CE_None)
      return R::failure(tr("Reading “%1” failed: %2").arg(path_, lastGdalError()));
    maskNaN(block, i);
    if ((band->GetMaskFlags() & GMF_ALL_VALID) == 0) {
      mask.resize(std::size_t(out.width()) * out.height());
      GDALRasterIOExtraArg maskExtra;
      INIT_RASTERIO_EXTRA_ARG(maskExtra);
      if (band->GetMaskBand()->RasterIO(GF_Read, req.window.x(), req.window.y(), req.window.width(),
                                        req.window.height(), mask.data(), out.width(), out.height(), GDT_Byte, 0, 0,
                                        &maskExtra) != CE_None)
        return R::failure(tr("Reading the mask of “%1” failed: %2").arg(path_, lastGdalError()));
      std::uint8_t* valid = block.validity();
      for (std::size_t p = 0; p < mask.size(); ++p)
        if (mask[p] == 0) valid[p] = 0;
    }
  }
  return block;
}

Result<RasterBlock> GdalRasterSource::readSparse(const QRectF& window, QSize grid,
                                                 const std::vector<int>& requestedBands) const {
  using R = Result<RasterBlock>;
  if (grid.isEmpty() || window.isEmpty()) return R::failure(tr("Empty sparse read."));
  auto bands = checkBands(requestedBands);
  if (!bands) return R::failure(bands.error());
  const PixelType type = info_.bands[bands->front() - 1].type;
  auto borrowed = borrow();
  if (!borrowed) return R::failure(borrowed.error());
  Lease ds(*this, std::move(*borrowed));

  RasterBlock block(grid.width(), grid.height(), int(bands->size()), type);
  const int size = pixelTypeSize(type);
  const int nb = int(bands->size());
  std::vector<std::uint8_t> pixel(std::size_t(nb) * size);
  std::uint8_t* valid = block.validity();
  for (int gy = 0; gy < grid.height(); ++gy) {
    const int y = std::clamp(int(window.y() + (gy + 0.5) * window.height() / grid.height()), 0, info_.height - 1);
    for (int gx = 0; gx < grid.width(); ++gx) {
      const int x = std::clamp(int(window.x() + (gx + 0.5) * window.width() / grid.width()), 0, info_.width - 1);
      const std::size_t idx = std::size_t(gy) * grid.width() + gx;
      if (window.right() < 0 || window.bottom() < 0 || window.x() >= info_.width || window.y() >= info_.height) {
        valid[idx] = 0;
        continue;
      }
      CPLErrorReset();
      if (ds->RasterIO(GF_Read, x, y, 1, 1, pixel.data(), 1, 1, toGdalType(type), nb, bands->data(), size, size, size,
                       nullptr) != CE_None)
        return R::failure(tr("Reading “%1” failed: %2").arg(path_, lastGdalError()));
      for (int b = 0; b < nb; ++b) {
        auto* dst = static_cast<std::uint8_t*>(block.bandData(b)) + idx * size;
        std::memcpy(dst, pixel.data() + std::size_t(b) * size, size);
        GDALRasterBand* band = ds->GetRasterBand((*bands)[b]);
        if ((band->GetMaskFlags() & GMF_ALL_VALID) == 0) {
          std::uint8_t m = 255;
          if (band->GetMaskBand()->RasterIO(GF_Read, x, y, 1, 1, &m, 1, 1, GDT_Byte, 0, 0, nullptr) == CE_None &&
              m == 0)
            valid[idx] = 0;
        }
      }
    }
  }
  for (int b = 0; b < nb; ++b) maskNaN(block, b);
  return block;
}

}  // namespace rrsis
