#include "dataset/vectorexport.h"

#include <cmath>
#include <memory>
#include <set>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cpl_string.h>
#include <gdal_alg.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "dataset/maskgeometry.h"
#include "raster/gdaldatasetptr.h"
#include "raster/gdalrastersource.h"
#include "util/stagingfolder.h"

namespace rrsis {

namespace {

struct VectorText {
  Q_DECLARE_TR_FUNCTIONS(VectorExport)
};

using R = Result<VectorExportReport>;

/** One scene's layer: where its features go and how their coordinates are made. */
struct LayerPlan {
  int scene = 0;
  QString name;
  GeoReference geo;
  std::unique_ptr<OGRCoordinateTransformation> toOutput;  ///< to WGS 84 for GeoJSON; null otherwise
  double pixelArea = 0;                                   ///< square metres per pixel; 0 without a projected CRS
};

/** Square metres of one pixel, from the transform's determinant and the CRS's linear unit. */
double pixelAreaOf(const GeoReference& geo) {
  const auto gsd = geo.groundSampleDistance();
  if (!gsd) return 0;
  const auto& gt = geo.transform();
  const double unitsPerPixel = 0.5 * (std::hypot(gt[1], gt[4]) + std::hypot(gt[2], gt[5]));
  const double metresPerUnit = *gsd / unitsPerPixel;
  return std::abs(gt[1] * gt[5] - gt[2] * gt[4]) * metresPerUnit * metresPerUnit;
}

struct FieldNames {
  const char* edited;
  const char* annotationId;
};

Status createFields(OGRLayer* layer, const FieldNames& names) {
  const auto add = [&](const char* name, OGRFieldType type, OGRFieldSubType sub = OFSTNone) {
    OGRFieldDefn field(name, type);
    field.SetSubType(sub);
    return layer->CreateField(&field) == OGRERR_NONE;
  };
  if (!add("expression", OFTString) || !add("category", OFTString) || !add("split", OFTString) ||
      !add("model", OFTString) || !add(names.edited, OFTInteger, OFSTBoolean) || !add("area_m2", OFTReal) ||
      !add("created", OFTString) || !add("scene", OFTString) || !add(names.annotationId, OFTInteger))
    return Status::failure(lastGdalError());
  return {};
}

Status writeFeature(OGRLayer* layer, const FieldNames& names, const Annotation& a, const LayerPlan& plan,
                    const QString& sceneName, std::unique_ptr<OGRGeometry> geometry) {
  OGRFeature feature(layer->GetLayerDefn());
  feature.SetField("expression", a.expression.toUtf8().constData());
  feature.SetField("category", a.category.toUtf8().constData());
  feature.SetField("split", splitName(a.split).toUtf8().constData());
  feature.SetField("model", a.provenance.model.toUtf8().constData());
  feature.SetField(names.edited, a.edited() || a.probability.isEmpty() ? 1 : 0);
  if (plan.pixelArea > 0) feature.SetField("area_m2", double(a.area()) * plan.pixelArea);
  if (a.provenance.created.isValid())
    feature.SetField("created", a.provenance.created.toUTC().toString(Qt::ISODate).toUtf8().constData());
  feature.SetField("scene", sceneName.toUtf8().constData());
  feature.SetField(names.annotationId, a.id);
  feature.SetGeometryDirectly(geometry.release());
  if (layer->CreateFeature(&feature) != OGRERR_NONE) return Status::failure(lastGdalError());
  return {};
}

/** Layer names: the scenes' file stems, made unique. */
std::vector<LayerPlan> planLayers(const Project& project, const VectorExportOptions& o, VectorExportReport& report,
                                  QString* error) {
  std::vector<LayerPlan> plans;
  std::set<QString> used;
  for (int s = 0; s < project.sceneCount(); ++s) {
    if (project.document(s)->count() == 0) continue;
    LayerPlan plan;
    plan.scene = s;
    const QString file = QFileInfo(project.scene(s).path).fileName();
    QString name = QFileInfo(project.scene(s).path).completeBaseName();
    for (int k = 2; used.count(name); ++k)
      name = QFileInfo(project.scene(s).path).completeBaseName() + QStringLiteral("_%1").arg(k);
    used.insert(name);
    plan.name = name;
    auto source = GdalRasterSource::open(project.scene(s).path);
    if (source) plan.geo = (*source)->info().geo;
    plan.pixelArea = pixelAreaOf(plan.geo);
    if (o.format == VectorFormat::GeoJson) {
      if (!plan.geo.hasTransform() || !plan.geo.hasCrs()) {
        *error = VectorText::tr(
                     "%1 has no coordinate reference system: GeoJSON (RFC 7946) holds WGS 84 coordinates only. "
                     "Export it as a GeoPackage or Shapefile, which keep pixel coordinates.")
                     .arg(file);
        return {};
      }
      OGRSpatialReference from, wgs84;
      from.importFromWkt(plan.geo.crsWkt().toUtf8().constData());
      from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
      wgs84.importFromEPSG(4326);
      wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
      plan.toOutput.reset(OGRCreateCoordinateTransformation(&from, &wgs84));
      if (!plan.toOutput) {
        *error = VectorText::tr("%1: cannot transform its coordinates to WGS 84: %2").arg(file, lastGdalError());
        return {};
      }
    } else if (!plan.geo.hasTransform()) {
      report.notes << VectorText::tr(
                          "%1 is not georeferenced: its features are in pixel coordinates (x right, y down).")
                          .arg(file);
    }
    plans.push_back(std::move(plan));
  }
  return plans;
}

OGRLayer* createLayer(GDALDataset& ds, const VectorExportOptions& o, const LayerPlan& plan, const FieldNames& names,
                      QString* error) {
  OGRSpatialReference srs;
  OGRSpatialReference* layerSrs = nullptr;
  CPLStringList options;
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);  // x is easting or longitude, as the geometries are
  if (o.format == VectorFormat::GeoJson) {
    srs.importFromEPSG(4326);
    layerSrs = &srs;
    options.SetNameValue("RFC7946", "YES");
  } else if (plan.geo.hasCrs()) {
    srs.importFromWkt(plan.geo.crsWkt().toUtf8().constData());
    layerSrs = &srs;
  } else if (o.format == VectorFormat::GeoPackage) {
    srs.SetLocalCS("Pixel coordinates");  // without a CRS GeoPackage would call them geographic
    layerSrs = &srs;
  }
  if (o.format == VectorFormat::Shapefile) options.SetNameValue("ENCODING", "UTF-8");
  const QByteArray name = (o.format == VectorFormat::GeoJson ? QStringLiteral("annotations") : plan.name).toUtf8();
  OGRLayer* layer = ds.CreateLayer(name.constData(), layerSrs, wkbMultiPolygon, options.List());
  if (!layer) {
    *error = lastGdalError();
    return nullptr;
  }
  if (Status s = createFields(layer, names); !s) {
    *error = s.error();
    return nullptr;
  }
  return layer;
}

/** Writes every layer's features into `ds`; the error names what failed. */
Status writeLayers(GDALDataset& ds, const Project& project, const VectorExportOptions& o, std::vector<LayerPlan>& plans,
                   VectorExportReport& report, const std::function<bool(int, int)>& progress) {
  const FieldNames names = o.format == VectorFormat::Shapefile ? FieldNames{"hand_edit", "ann_id"}
                                                               : FieldNames{"edited_by_hand", "annotation_id"};
  const int total = project.annotationCount();
  int done = 0;
  OGRLayer* shared = nullptr;  // GeoJSON: one layer for every scene
  for (LayerPlan& plan : plans) {
    QString error;
    OGRLayer* layer = shared ? shared : createLayer(ds, o, plan, names, &error);
    if (!layer) return Status::failure(error);
    if (o.format == VectorFormat::GeoJson) shared = layer;
    ++report.layers;
    const ProjectScene& scene = project.scene(plan.scene);
    const QString sceneName = QFileInfo(scene.path).fileName();
    const bool transaction = ds.TestCapability(ODsCTransactions) && ds.StartTransaction() == OGRERR_NONE;
    for (int i = 0; i < scene.document->count(); ++i, ++done) {
      if (progress && !progress(done, total))
        return Status::failure(VectorText::tr("The export was cancelled; nothing was written."));
      const Annotation& a = scene.document->at(i);
      auto geometry = traceMask(a, plan.geo, o.tolerance);
      if (!geometry) return Status::failure(geometry.error());
      if (!*geometry) {
        report.notes << VectorText::tr("Annotation %1 (“%2”) of %3 has an empty mask and was left out.")
                            .arg(a.id)
                            .arg(a.expression, sceneName);
        continue;
      }
      if (plan.toOutput && (*geometry)->transform(plan.toOutput.get()) != OGRERR_NONE)
        return Status::failure(
            VectorText::tr("Cannot transform annotation %1 to WGS 84: %2").arg(a.id).arg(lastGdalError()));
      if (Status s = writeFeature(layer, names, a, plan, sceneName, std::move(*geometry)); !s)
        return Status::failure(VectorText::tr("Cannot write annotation %1: %2").arg(a.id).arg(s.error()));
      ++report.features;
    }
    if (transaction && ds.CommitTransaction() != OGRERR_NONE) return Status::failure(lastGdalError());
  }
  return {};
}

const char* driverName(VectorFormat f) {
  switch (f) {
    case VectorFormat::GeoPackage:
      return "GPKG";
    case VectorFormat::GeoJson:
      return "GeoJSON";
    case VectorFormat::Shapefile:
      return "ESRI Shapefile";
  }
  return "";
}

}  // namespace

bool vectorFormatFromName(const QString& nameIn, VectorFormat* format) {
  const QString name = nameIn.toLower();
  if (name == QLatin1String("gpkg") || name == QLatin1String("geopackage"))
    *format = VectorFormat::GeoPackage;
  else if (name == QLatin1String("geojson") || name == QLatin1String("json"))
    *format = VectorFormat::GeoJson;
  else if (name == QLatin1String("shp") || name == QLatin1String("shapefile"))
    *format = VectorFormat::Shapefile;
  else
    return false;
  return true;
}

Result<VectorExportReport> exportVectors(const Project& project, const QString& path, const VectorExportOptions& o,
                                         const std::function<bool(int, int)>& progress) {
  ensureGdalInitialized();
  // A Shapefile export is a folder; the others are one file.
  std::unique_ptr<StagingFolder> folder;
  std::unique_ptr<StagedFile> file;
  if (o.format == VectorFormat::Shapefile) {
    auto f = StagingFolder::create(path, o.overwrite);
    if (!f) return R::failure(f.error());
    folder = std::move(*f);
  } else {
    auto f = StagedFile::create(path, o.overwrite);
    if (!f) return R::failure(f.error());
    file = std::move(*f);
  }
  VectorExportReport report;
  QString error;
  std::vector<LayerPlan> plans = planLayers(project, o, report, &error);
  if (!error.isEmpty()) return R::failure(error);
  if (plans.empty()) return R::failure(VectorText::tr("There is nothing to export: the project has no annotations."));
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName(o.format));
  if (!driver)
    return R::failure(VectorText::tr("GDAL has no %1 driver.").arg(QString::fromLatin1(driverName(o.format))));
  const QByteArray where = QFile::encodeName(folder ? folder->path() : file->path());
  CPLErrorReset();
  GdalDatasetPtr ds(driver->Create(where.constData(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds)
    return R::failure(VectorText::tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), lastGdalError()));
  if (Status s = writeLayers(*ds, project, o, plans, report, progress); !s)
    return R::failure(VectorText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), s.error()));
  ds.reset();  // closing writes what is buffered
  if (CPLGetLastErrorType() >= CE_Failure)
    return R::failure(VectorText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), lastGdalError()));
  if (Status s = folder ? folder->commit() : file->publish(); !s) return R::failure(s.error());
  if (progress) progress(1, 1);
  return report;
}

}  // namespace rrsis
