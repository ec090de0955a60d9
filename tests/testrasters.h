#pragma once
// Small rasters written with GDAL for the tests. Each test makes its own files in a
// QTemporaryDir; nothing is downloaded or shared between tests.
#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <QString>

#include <gdal_priv.h>

namespace rrsis::test {

struct RasterSpec {
  int width = 64;
  int height = 48;
  int bands = 3;
  GDALDataType type = GDT_Byte;
  /** Sample value of band b (1-based) at x, y. */
  std::function<double(int b, int x, int y)> value = [](int b, int x, int y) { return b * 10 + x + y; };
  std::vector<int> overviews;  ///< internal overview factors
  bool georeferenced = true;   ///< UTM 32N, 0.5 m pixels
  bool rotated = false;        ///< add rotation terms to the geotransform
  std::optional<double> nodata;
  std::vector<std::string> options = {"TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16"};
};

/** Writes a GeoTIFF; returns false (and the test should fail) if GDAL refuses. */
bool writeRaster(const QString& path, const RasterSpec& spec);

/** The geotransform writeRaster uses. */
std::array<double, 6> testGeoTransform(bool rotated);

}  // namespace rrsis::test
