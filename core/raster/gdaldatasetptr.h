#pragma once
// An owning handle of a GDAL dataset (raster or vector): closing it writes what is buffered.
#include <memory>

#include <gdal.h>
#include <gdal_priv.h>

namespace rrsis {

struct GdalDatasetCloser {
  void operator()(GDALDataset* d) const { GDALClose(GDALDataset::ToHandle(d)); }
};

using GdalDatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

}  // namespace rrsis
