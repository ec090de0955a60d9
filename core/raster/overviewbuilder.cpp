#include "raster/overviewbuilder.h"

#include <QCoreApplication>
#include <QFile>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>

#include "raster/gdalrastersource.h"

namespace rrsis {

namespace {

struct OverviewBuilderText {
  Q_DECLARE_TR_FUNCTIONS(OverviewBuilder)
};
struct ProgressState {
  OverviewBuilder::Progress callback;
  bool cancelled = false;
};

int CPL_STDCALL onProgress(double done, const char*, void* arg) {
  auto* state = static_cast<ProgressState*>(arg);
  if (state->callback && !state->callback(done)) state->cancelled = true;
  return state->cancelled ? FALSE : TRUE;
}

/** Sets thread-local GDAL config options for the life of the object. */
class ScopedConfig {
 public:
  ScopedConfig(const char* key, const char* value) : key_(key) {
    const char* old = CPLGetThreadLocalConfigOption(key, nullptr);
    if (old) old_ = old;
    hadOld_ = old != nullptr;
    CPLSetThreadLocalConfigOption(key, value);
  }
  ~ScopedConfig() { CPLSetThreadLocalConfigOption(key_, hadOld_ ? old_.c_str() : nullptr); }

 private:
  const char* key_;
  std::string old_;
  bool hadOld_ = false;
};
}  // namespace

bool OverviewBuilder::recommended(const RasterInfo& info) {
  const QSize coarsest = info.levels.empty() ? QSize(info.width, info.height) : info.levels.back();
  return std::max(coarsest.width(), coarsest.height()) > 2048;
}

std::vector<int> OverviewBuilder::factorsFor(int width, int height) {
  std::vector<int> factors;
  for (int f = 2; std::max(width, height) / f >= 128; f *= 2) factors.push_back(f);
  return factors;
}

Status OverviewBuilder::build(const QString& path, const Progress& progress) {
  ensureGdalInitialized();
  const QString ovr = path + QStringLiteral(".ovr");
  const bool ovrExisted = QFile::exists(ovr);
  CPLErrorReset();
  const QByteArray p = path.toUtf8();
  GDALDatasetH ds =
      GDALOpenEx(p.constData(), GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr, nullptr, nullptr);
  if (!ds) return Status::failure(OverviewBuilderText::tr("Cannot open “%1”: %2").arg(path, lastGdalError()));
  std::vector<int> factors = factorsFor(GDALGetRasterXSize(ds), GDALGetRasterYSize(ds));
  if (factors.empty()) {
    GDALClose(ds);
    return Status::failure(OverviewBuilderText::tr("The image is too small to need overviews."));
  }
  ProgressState state{progress};
  ScopedConfig compress("COMPRESS_OVERVIEW", "DEFLATE");
  ScopedConfig predictor("PREDICTOR_OVERVIEW", "2");
  ScopedConfig interleave("INTERLEAVE_OVERVIEW", "PIXEL");
  ScopedConfig threads("GDAL_NUM_THREADS", "ALL_CPUS");
  ScopedConfig bigtiff("BIGTIFF_OVERVIEW", "IF_SAFER");
  CPLErrorReset();
  const CPLErr err =
      GDALBuildOverviews(ds, "AVERAGE", int(factors.size()), factors.data(), 0, nullptr, onProgress, &state);
  const QString gdalMessage = lastGdalError();
  GDALClose(ds);
  if (err != CE_None) {
    if (!ovrExisted) QFile::remove(ovr);
    if (state.cancelled) return Status::failure(OverviewBuilderText::tr("Building overviews was cancelled."));
    return Status::failure(OverviewBuilderText::tr("Building overviews for “%1” failed: %2").arg(path, gdalMessage));
  }
  return Status();
}

}  // namespace rrsis
