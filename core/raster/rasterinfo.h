#pragma once
#include <optional>
#include <vector>

#include <QJsonObject>
#include <QSize>
#include <QString>

#include "raster/georeference.h"
#include "raster/rasterblock.h"

namespace rrsis {

/** What is known about one band of a raster. */
struct BandInfo {
  PixelType type = PixelType::Byte;
  std::optional<double> nodata;
  QString colorInterpretation;  ///< "Red", "Gray", "Undefined", ...
  QString description;
  bool hasMask = false;  ///< a mask band, alpha band or nodata makes some pixels invalid
};

/** The metadata of an opened raster, read once at open time. */
struct RasterInfo {
  QString path;
  QString driver;      ///< GDAL short name ("GTiff")
  QString driverLong;  ///< "GeoTIFF"
  int width = 0;
  int height = 0;
  std::vector<BandInfo> bands;
  /** Sizes of the levels: [0] is full resolution, then each overview, finest first. */
  std::vector<QSize> levels;
  QSize blockSize;
  GeoReference geo;

  int bandCount() const { return int(bands.size()); }
  int overviewCount() const { return int(levels.size()) - 1; }
  /** Downsampling factor of level `l` relative to level 0 (>= 1). */
  double levelFactor(int level) const;
};

/** Multi-line, human-readable description (what `rrsis info` prints). */
QString describeRasterInfo(const RasterInfo& info);
/** The same information as JSON (`rrsis info --json`). */
QJsonObject rasterInfoToJson(const RasterInfo& info);

}  // namespace rrsis
