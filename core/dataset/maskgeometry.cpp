#include "dataset/maskgeometry.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <gdal_alg.h>
#include <opencv2/core.hpp>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include "annotation/annotation.h"
#include "raster/gdaldatasetptr.h"
#include "raster/gdalrastersource.h"

namespace rrsis {

namespace {

struct GeometryText {
  Q_DECLARE_TR_FUNCTIONS(MaskGeometry)
};

/** A one-band byte MEM dataset over `pixels` (not copied: it must outlive the dataset), placed at `window` of the scene. */
GdalDatasetPtr memoryRaster(cv::Mat& pixels, const GeoReference& geo, QPoint window) {
  GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
  if (!mem) return nullptr;
  GdalDatasetPtr ds(mem->Create("", pixels.cols, pixels.rows, 0, GDT_Byte, nullptr));
  if (!ds) return nullptr;
  char pointer[64] = {};  // CPLPrintPointer does not end the string
  CPLPrintPointer(pointer, pixels.data, sizeof pointer - 1);
  CPLStringList options;
  options.SetNameValue("DATAPOINTER", pointer);
  options.SetNameValue("LINEOFFSET", QByteArray::number(qulonglong(pixels.step[0])).constData());
  if (ds->AddBand(GDT_Byte, options.List()) != CE_None) return nullptr;
  std::array<double, 6> gt = geo.forWindow(window.x(), window.y()).transform();
  ds->SetGeoTransform(gt.data());
  return ds;
}

}  // namespace

Result<std::unique_ptr<OGRGeometry>> traceMask(const Annotation& a, const GeoReference& geo, double tolerance) {
  using R = Result<std::unique_ptr<OGRGeometry>>;
  ensureGdalInitialized();
  const QRect box = a.bounds();
  if (box.isEmpty()) return std::unique_ptr<OGRGeometry>();
  // One pixel of margin: polygonize then never meets the raster's edge.
  const QRect padded = box.adjusted(-1, -1, 1, 1);
  cv::Mat pixels(padded.height(), padded.width(), CV_8U, cv::Scalar(0));
  a.mask(box).copyTo(pixels(cv::Rect(1, 1, box.width(), box.height())));
  GdalDatasetPtr raster = memoryRaster(pixels, geo, padded.topLeft());
  GDALDriver* memory = GetGDALDriverManager()->GetDriverByName("Memory");
  GdalDatasetPtr vectors(memory ? memory->Create("", 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
  if (!raster || !vectors) return R::failure(GeometryText::tr("Cannot trace a mask: %1").arg(lastGdalError()));
  OGRLayer* layer = vectors->CreateLayer("mask", nullptr, wkbPolygon, nullptr);
  OGRFieldDefn value("value", OFTInteger);
  if (!layer || layer->CreateField(&value) != OGRERR_NONE)
    return R::failure(GeometryText::tr("Cannot trace a mask: %1").arg(lastGdalError()));
  GDALRasterBand* band = raster->GetRasterBand(1);
  if (GDALPolygonize(band, band, layer, 0, nullptr, nullptr, nullptr) != CE_None)
    return R::failure(GeometryText::tr("Cannot trace a mask: %1").arg(lastGdalError()));
  auto parts = std::make_unique<OGRMultiPolygon>();
  layer->ResetReading();
  while (OGRFeature* f = layer->GetNextFeature()) {
    if (OGRGeometry* g = f->StealGeometry()) parts->addGeometryDirectly(g);
    OGRFeature::DestroyFeature(f);
  }
  if (parts->IsEmpty()) return std::unique_ptr<OGRGeometry>();
  if (tolerance <= 0) return std::unique_ptr<OGRGeometry>(parts.release());
  std::unique_ptr<OGRGeometry> simple(parts->SimplifyPreserveTopology(tolerance));
  if (!simple) return R::failure(GeometryText::tr("Cannot simplify a mask: %1").arg(lastGdalError()));
  if (wkbFlatten(simple->getGeometryType()) == wkbPolygon) {
    auto multi = std::make_unique<OGRMultiPolygon>();
    multi->addGeometryDirectly(simple.release());
    return std::unique_ptr<OGRGeometry>(multi.release());
  }
  return simple;
}

Result<GeometryMask> rasterizeGeometry(const OGRGeometry& geometry, const GeoReference& geo, QSize sceneSize) {
  using R = Result<GeometryMask>;
  ensureGdalInitialized();
  OGREnvelope e;
  geometry.getEnvelope(&e);
  // The envelope's corners on the pixel grid (all four: the transform may rotate).
  double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
  for (const QPointF corner :
       {QPointF(e.MinX, e.MinY), QPointF(e.MaxX, e.MinY), QPointF(e.MinX, e.MaxY), QPointF(e.MaxX, e.MaxY)}) {
    const auto p = geo.hasTransform() ? geo.mapToPixel(corner) : std::optional<QPointF>(corner);
    if (!p) return R::failure(GeometryText::tr("The scene's geotransform cannot be inverted."));
    x0 = std::min(x0, p->x()), y0 = std::min(y0, p->y()), x1 = std::max(x1, p->x()), y1 = std::max(y1, p->y());
  }
  const QRect scene(QPoint(0, 0), sceneSize);
  if (!(x1 > 0 && y1 > 0 && x0 < sceneSize.width() && y0 < sceneSize.height())) return GeometryMask{};
  const QRect box = QRect(QPoint(int(std::floor(std::max(x0, 0.0))), int(std::floor(std::max(y0, 0.0)))),
                          QPoint(int(std::ceil(std::min(x1, double(sceneSize.width())))) - 1,
                                 int(std::ceil(std::min(y1, double(sceneSize.height())))) - 1))
                        .intersected(scene);
  if (box.isEmpty()) return GeometryMask{};
  GeometryMask out;
  out.mask = cv::Mat(box.height(), box.width(), CV_8U, cv::Scalar(0));
  GdalDatasetPtr raster = memoryRaster(out.mask, geo, box.topLeft());
  if (!raster) return R::failure(GeometryText::tr("Cannot rasterise a geometry: %1").arg(lastGdalError()));
  int band = 1;
  double burn = 255;
  OGRGeometryH handle = OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&geometry));
  if (GDALRasterizeGeometries(GDALDataset::ToHandle(raster.get()), 1, &band, 1, &handle, nullptr, nullptr, &burn,
                              nullptr, nullptr, nullptr) != CE_None)
    return R::failure(GeometryText::tr("Cannot rasterise a geometry: %1").arg(lastGdalError()));
  raster.reset();
  if (cv::countNonZero(out.mask) == 0) return GeometryMask{};
  out.box = box;
  return out;
}

}  // namespace rrsis
