#include "inference/maskwriter.h"

#include <QCoreApplication>
#include <QDir>

#include "raster/bytegeotiff.h"

namespace rrsis {

namespace {

struct MaskWriterText {
  Q_DECLARE_TR_FUNCTIONS(MaskWriter)
};

}  // namespace

Status writeRegionGeoTiff(const QString& path, const cv::Mat& image, const ProbabilityMap& map,
                          const GeoReference& sceneGeo) {
  if (image.empty() || image.type() != CV_8U)
    return Status::failure(MaskWriterText::tr("Nothing to write to %1.").arg(QDir::toNativeSeparators(path)));
  // Place the image exactly over the region, whatever its resolution.
  const GeoReference geo = sceneGeo.hasTransform() ? sceneGeo.forWindow(map.region.x(), map.region.y(),
                                                                        double(map.region.width()) / image.cols,
                                                                        double(map.region.height()) / image.rows)
                                                   : sceneGeo;
  return writeByteGeoTiff(path, image, geo, ExistingFile::Replace);
}

}  // namespace rrsis
