#pragma once
#include <array>
#include <optional>

#include <QPointF>
#include <QString>

namespace rrsis {

/**
 * Where a raster lies on the ground: GDAL's affine geotransform (pixel/line -> map) and the
 * coordinate reference system. Travels with every product derived from a scene.
 */
class GeoReference {
 public:
  GeoReference() = default;
  /** `gt` in GDAL order: x0, dx/dcol, dx/drow, y0, dy/dcol, dy/drow. */
  GeoReference(const std::array<double, 6>& gt, QString crsWkt);

  bool hasTransform() const { return hasTransform_; }
  bool hasCrs() const { return !crsWkt_.isEmpty(); }
  const std::array<double, 6>& transform() const { return gt_; }
  const QString& crsWkt() const { return crsWkt_; }
  /** Short CRS name from OGR ("WGS 84 / UTM zone 32N"), empty when there is none. */
  const QString& crsName() const { return crsName_; }
  /** "EPSG:32632" when the CRS has an EPSG authority code, else empty. */
  const QString& crsAuthority() const { return crsAuthority_; }

  /** Metres per pixel on the ground; empty without a projected CRS (degrees are not metres). */
  std::optional<double> groundSampleDistance() const;

  /** True when the transform has rotation/shear terms (not north-up). */
  bool isRotated() const;

  /** Map coordinates of a pixel position (pixel corner at integer values). */
  QPointF pixelToMap(QPointF pixel) const;
  /** Pixel position of a map coordinate; empty when the transform cannot be inverted. */
  std::optional<QPointF> mapToPixel(QPointF map) const;

  /** The same reference for a window starting at pixel (x, y) of this raster. */
  GeoReference forWindow(double x, double y, double scaleX = 1.0, double scaleY = 1.0) const;

 private:
  std::array<double, 6> gt_{0, 1, 0, 0, 0, 1};
  bool hasTransform_ = false;
  QString crsWkt_;
  QString crsName_;
  QString crsAuthority_;
  double metresPerUnit_ = 0;  ///< linear unit of a projected CRS; 0 otherwise
};

}  // namespace rrsis
