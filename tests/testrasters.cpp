#include "testrasters.h"

#include <ogr_spatialref.h>

#include "raster/gdalrastersource.h"

namespace rrsis::test {

std::array<double, 6> testGeoTransform(bool rotated) {
  if (rotated) return {600000.0, 0.5, 0.1, 5300000.0, 0.1, -0.5};
  return {600000.0, 0.5, 0.0, 5300000.0, 0.0, -0.5};
}

bool writeRaster(const QString& path, const RasterSpec& spec) {
  ensureGdalInitialized();
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
  std::vector<const char*> opts;
  for (const auto& o : spec.options) opts.push_back(o.c_str());
  opts.push_back(nullptr);
  GDALDataset* ds = drv->Create(path.toUtf8().constData(), spec.width, spec.height, spec.bands, spec.type,
                                const_cast<char**>(opts.data()));
  if (!ds) return false;
  std::vector<double> buf(std::size_t(spec.width) * spec.height);
  for (int b = 1; b <= spec.bands; ++b) {
    for (int y = 0; y < spec.height; ++y)
      for (int x = 0; x < spec.width; ++x) buf[std::size_t(y) * spec.width + x] = spec.value(b, x, y);
    GDALRasterBand* band = ds->GetRasterBand(b);
    if (spec.nodata) band->SetNoDataValue(*spec.nodata);
    if (band->RasterIO(GF_Write, 0, 0, spec.width, spec.height, buf.data(), spec.width, spec.height, GDT_Float64, 0,
                       0) != CE_None) {
      GDALClose(ds);
      return false;
    }
  }
  if (spec.georeferenced) {
    auto gt = testGeoTransform(spec.rotated);
    ds->SetGeoTransform(gt.data());
    OGRSpatialReference srs;
    srs.importFromEPSG(32632);
    ds->SetSpatialRef(&srs);
  }
  if (!spec.overviews.empty()) {
    std::vector<int> f = spec.overviews;
    if (ds->BuildOverviews("AVERAGE", int(f.size()), f.data(), 0, nullptr, nullptr, nullptr) != CE_None) {
      GDALClose(ds);
      return false;
    }
  }
  GDALClose(ds);
  return true;
}

}  // namespace rrsis::test
