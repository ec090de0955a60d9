#include "raster/georeference.h"

#include <cmath>

#include <ogr_spatialref.h>

namespace rrsis {

GeoReference::GeoReference(const std::array<double, 6>& gt, QString crsWkt)
    : gt_(gt), hasTransform_(true), crsWkt_(std::move(crsWkt)) {
  if (crsWkt_.isEmpty()) return;
  OGRSpatialReference srs;
  const QByteArray wkt = crsWkt_.toUtf8();
  if (srs.importFromWkt(wkt.constData()) != OGRERR_NONE) return;
  if (const char* name = srs.GetName()) crsName_ = QString::fromUtf8(name);
  if (srs.IsProjected()) metresPerUnit_ = srs.GetLinearUnits(nullptr);
  srs.AutoIdentifyEPSG();
  const char* auth = srs.GetAuthorityName(nullptr);
  const char* code = srs.GetAuthorityCode(nullptr);
  if (auth && code) crsAuthority_ = QStringLiteral("%1:%2").arg(QString::fromUtf8(auth), QString::fromUtf8(code));
}

std::optional<double> GeoReference::groundSampleDistance() const {
  if (!hasTransform_ || metresPerUnit_ <= 0) return std::nullopt;
  const double dx = std::hypot(gt_[1], gt_[4]), dy = std::hypot(gt_[2], gt_[5]);
  const double gsd = 0.5 * (dx + dy) * metresPerUnit_;
  if (!(gsd > 0) || !std::isfinite(gsd)) return std::nullopt;
  return gsd;
}

bool GeoReference::isRotated() const { return gt_[2] != 0.0 || gt_[4] != 0.0; }

QPointF GeoReference::pixelToMap(QPointF p) const {
  return {gt_[0] + p.x() * gt_[1] + p.y() * gt_[2], gt_[3] + p.x() * gt_[4] + p.y() * gt_[5]};
}

std::optional<QPointF> GeoReference::mapToPixel(QPointF m) const {
  const double det = gt_[1] * gt_[5] - gt_[2] * gt_[4];
  if (std::abs(det) < 1e-300) return std::nullopt;
  const double dx = m.x() - gt_[0];
  const double dy = m.y() - gt_[3];
  return QPointF((gt_[5] * dx - gt_[2] * dy) / det, (-gt_[4] * dx + gt_[1] * dy) / det);
}

GeoReference GeoReference::forWindow(double x, double y, double scaleX, double scaleY) const {
  GeoReference r = *this;
  const QPointF origin = pixelToMap({x, y});
  r.gt_ = {origin.x(), gt_[1] * scaleX, gt_[2] * scaleY, origin.y(), gt_[4] * scaleX, gt_[5] * scaleY};
  return r;
}

}  // namespace rrsis
