#pragma once
// A large scene for the benchmarks: a sparse tiled GeoTIFF (a few painted blocks, empty
// overviews), georeferenced in UTM 32N at 0.13 m, made once in the work folder in a second.
#include <cstdint>
#include <cstdio>
#include <vector>

#include <QFileInfo>
#include <QString>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include "raster/gdalrastersource.h"

namespace rrsis::bench {

inline QString makeSparseScene(const QString& dir, int size) {
  const QString path = dir + QStringLiteral("/sparse%1.tif").arg(size);
  if (QFileInfo::exists(path)) return path;
  ensureGdalInitialized();
  const char* opts[] = {"TILED=YES", "SPARSE_OK=TRUE", "COMPRESS=DEFLATE", "BIGTIFF=YES", nullptr};
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
  GDALDataset* ds = drv->Create(path.toUtf8().constData(), size, size, 3, GDT_Byte, const_cast<char**>(opts));
  if (!ds) return {};
  double gt[6] = {500000, 0.13, 0, 5400000, 0, -0.13};
  ds->SetGeoTransform(gt);
  OGRSpatialReference utm;
  utm.importFromEPSG(32632);
  ds->SetSpatialRef(&utm);
  std::vector<std::uint8_t> block(256 * 256 * 3);
  for (size_t i = 0; i < block.size(); ++i) block[i] = std::uint8_t((i * 37) % 251);
  int bands[3] = {1, 2, 3};
  for (int y = 0; y < size; y += 2048)
    for (int x = 0; x < size; x += 2048)
      if (ds->RasterIO(GF_Write, x, y, 256, 256, block.data(), 256, 256, GDT_Byte, 3, bands, 3, 256 * 3, 1) != CE_None)
        std::fprintf(stderr, "cannot write a block\n");
  int levels[] = {2, 4, 8, 16, 32, 64, 128};
  ds->BuildOverviews("NONE", 7, levels, 0, nullptr, nullptr, nullptr);
  GDALClose(ds);
  return path;
}

}  // namespace rrsis::bench
