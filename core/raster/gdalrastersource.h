#pragma once
#include <memory>
#include <mutex>
#include <vector>

#include <QCoreApplication>
#include <QString>

#include "raster/rastersource.h"

class GDALDataset;

namespace rrsis {

/** Registers GDAL's drivers once, bounds its block cache and silences its stderr output. */
void ensureGdalInitialized();

/** GDAL's last error message for this thread, or a generic text when it has none. */
QString lastGdalError();

/**
 * A RasterSource over any GDAL raster. Each reading thread borrows its own dataset handle
 * from a small pool (GDAL datasets are not thread-safe), so reads run in parallel. Owned
 * through std::shared_ptr by the scene and by tile jobs that may outlive a closed view.
 */
class GdalRasterSource : public RasterSource {
  Q_DECLARE_TR_FUNCTIONS(GdalRasterSource)

 public:
  /** Opens `path` and reads its metadata; fails with a message that quotes GDAL. */
  static Result<std::shared_ptr<GdalRasterSource>> open(const QString& path);
  ~GdalRasterSource() override;

  const RasterInfo& info() const override { return info_; }
  Result<RasterBlock> read(const ReadRequest& request) const override;
  Result<RasterBlock> readSparse(const QRectF& window, QSize grid, const std::vector<int>& bands) const override;

 private:
  struct DatasetCloser {
    void operator()(GDALDataset* ds) const;
  };
  using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;
  class Lease;

  GdalRasterSource(QString path, DatasetPtr first, RasterInfo info);
  Result<DatasetPtr> borrow() const;
  void giveBack(DatasetPtr ds) const;
  Result<std::vector<int>> checkBands(const std::vector<int>& bands) const;

  QString path_;
  RasterInfo info_;
  mutable std::mutex mutex_;
  mutable std::vector<DatasetPtr> idle_;
};

}  // namespace rrsis
