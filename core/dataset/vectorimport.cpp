#include "dataset/vectorimport.h"

#include <map>
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>
#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "dataset/maskgeometry.h"
#include "raster/gdaldatasetptr.h"
#include "raster/gdalrastersource.h"

namespace rrsis {

namespace {

struct VectorText {
  Q_DECLARE_TR_FUNCTIONS(VectorImport)
};

using R = Result<VectorImportReport>;

/** A project scene as the importer needs it: its georeference, opened once. */
struct SceneTarget {
  GeoReference geo;
  QSize size;
  QString name;
};

QString fieldText(const OGRFeature& f, const char* name) {
  const int i = f.GetFieldIndex(name);
  return i >= 0 && f.IsFieldSetAndNotNull(i) ? QString::fromUtf8(f.GetFieldAsString(i)).trimmed() : QString();
}

QString expressionOf(const OGRFeature& f, const VectorImportOptions& o, const QString& layerName) {
  if (!o.expressionField.isEmpty()) return fieldText(f, o.expressionField.toUtf8().constData());
  for (const char* name : {"expression", "name", "label", "class"})
    if (const QString t = fieldText(f, name); !t.isEmpty()) return t;
  return layerName;
}

/**
 * The feature's area, valid: repaired (with `*repaired` saying so) when it was not. Null, with
 * `*note` saying why, when it has no geometry, one that is not an area, or one beyond repair.
 * Made once per feature; each scene tried gets a copy in its own coordinates.
 */
std::unique_ptr<OGRGeometry> areaGeometry(const OGRFeature& f, QString* note, QString* repaired) {
  const OGRGeometry* g = f.GetGeometryRef();
  if (!g || g->IsEmpty()) {
    *note = VectorText::tr("it has no geometry");
    return nullptr;
  }
  const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
  if (type != wkbPolygon && type != wkbMultiPolygon && type != wkbGeometryCollection && type != wkbCurvePolygon &&
      type != wkbMultiSurface) {
    *note = VectorText::tr("its geometry (%1) is not an area").arg(QString::fromLatin1(OGRGeometryTypeToName(type)));
    return nullptr;
  }
  std::unique_ptr<OGRGeometry> geometry(g->clone());
  if (!geometry->IsValid()) {
    std::unique_ptr<OGRGeometry> valid(geometry->MakeValid());
    if (!valid || !valid->IsValid()) {
      *note = VectorText::tr("its polygon is invalid (self-intersecting) and could not be repaired");
      return nullptr;
    }
    geometry = std::move(valid);
    *repaired = VectorText::tr("its polygon was invalid (self-intersecting) and was repaired");
  }
  return geometry;
}

bool isRealCrs(const OGRSpatialReference* srs) {
  if (!srs || srs->IsEmpty() || srs->IsLocal()) return false;
  const char* name = srs->GetName();
  return !(name && QByteArray(name).startsWith("Undefined"));
}

/** Transformations from a layer's CRS to each scene's, made on first use; null where none is needed. */
class Transforms {
 public:
  /** A local (engineering) CRS, and GeoPackage's "Undefined" ones for layers written without a CRS, count as none. */
  Transforms(const OGRSpatialReference* layerSrs, const std::vector<SceneTarget>& scenes)
      : layer_(isRealCrs(layerSrs) ? layerSrs : nullptr), scenes_(scenes) {}

  /** False (with a note) when the layer is georeferenced and the scene is not. */
  bool get(int scene, OGRCoordinateTransformation** out, QString* note) {
    *out = nullptr;
    if (!layer_) return true;
    const SceneTarget& t = scenes_[size_t(scene)];
    if (!t.geo.hasCrs()) {
      *note = VectorText::tr("the layer has a CRS but %1 is not georeferenced").arg(t.name);
      return false;
    }
    auto it = made_.find(scene);
    if (it == made_.end()) {
      OGRSpatialReference target;
      target.importFromWkt(t.geo.crsWkt().toUtf8().constData());
      target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
      OGRSpatialReference source(*layer_);
      source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
      std::unique_ptr<OGRCoordinateTransformation> ct;
      if (!source.IsSame(&target)) ct.reset(OGRCreateCoordinateTransformation(&source, &target));
      if (!source.IsSame(&target) && !ct) {
        *note = VectorText::tr("no transformation from the layer's CRS to that of %1").arg(t.name);
        return false;
      }
      it = made_.emplace(scene, std::move(ct)).first;
    }
    *out = it->second.get();
    return true;
  }

 private:
  const OGRSpatialReference* layer_;
  const std::vector<SceneTarget>& scenes_;
  std::map<int, std::unique_ptr<OGRCoordinateTransformation>> made_;
};

/** The scenes a feature may go to, in the order they are tried. */
std::vector<int> candidateScenes(const OGRFeature& f, const VectorImportOptions& o,
                                 const std::vector<SceneTarget>& scenes) {
  if (o.scene >= 0) return {o.scene};
  const QString named = fieldText(f, "scene");
  for (int s = 0; s < int(scenes.size()); ++s)
    if (!named.isEmpty() && scenes[size_t(s)].name == named) return {s};
  std::vector<int> all(scenes.size());
  for (int s = 0; s < int(scenes.size()); ++s) all[size_t(s)] = s;
  return all;
}

}  // namespace

Result<VectorImportReport> importVectors(Project& project, const QString& path, const VectorImportOptions& o,
                                         const std::function<bool(int, int)>& progress) {
  ensureGdalInitialized();
  const QString shown = QDir::toNativeSeparators(path);
  if (project.sceneCount() == 0)
    return R::failure(VectorText::tr("The project has no scene to import %1 onto.").arg(shown));
  if (o.scene >= project.sceneCount())
    return R::failure(VectorText::tr("The project has no scene %1.").arg(o.scene + 1));
  // Rings stored flat (Shapefile): a counter-clockwise ring is a hole of the ring containing it.
  // The default guesses from containment alone, which fails for polygons that touch at a corner.
  const CPLConfigOptionSetter rings("OGR_ORGANIZE_POLYGONS", "ONLY_CCW", true);
  CPLErrorReset();
  GdalDatasetPtr ds(static_cast<GDALDataset*>(
      GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
  if (!ds) return R::failure(VectorText::tr("%1 is not a vector file GDAL can read: %2").arg(shown, lastGdalError()));
  std::vector<SceneTarget> scenes;
  for (int s = 0; s < project.sceneCount(); ++s) {
    auto source = GdalRasterSource::open(project.scene(s).path);
    scenes.push_back({source ? (*source)->info().geo : GeoReference(), project.scene(s).size,
                      QFileInfo(project.scene(s).path).fileName()});
  }
  qint64 total = 0;
  for (OGRLayer* layer : ds->GetLayers()) total += std::max<GIntBig>(0, layer->GetFeatureCount(TRUE));
  if (total == 0) return R::failure(VectorText::tr("%1 has no features (its layers are empty).").arg(shown));
  VectorImportReport report;
  std::map<int, std::vector<Annotation>> perScene;
  int done = 0;
  for (OGRLayer* layer : ds->GetLayers()) {
    Transforms transforms(layer->GetSpatialRef(), scenes);
    const QString layerName = QString::fromUtf8(layer->GetName());
    layer->ResetReading();
    for (std::unique_ptr<OGRFeature> f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature()), ++done) {
      if (progress && !progress(done, int(total)))
        return R::failure(VectorText::tr("The import was cancelled; the project is unchanged."));
      const QString where = VectorText::tr("Feature %1 of layer %2").arg(f->GetFID()).arg(layerName);
      QString note, repaired;
      const std::unique_ptr<OGRGeometry> area = areaGeometry(*f, &note, &repaired);
      bool placed = false;
      for (int s : area ? candidateScenes(*f, o, scenes) : std::vector<int>()) {
        OGRCoordinateTransformation* toScene = nullptr;
        if (!transforms.get(s, &toScene, &note)) continue;
        std::unique_ptr<OGRGeometry> geometry(area->clone());
        if (toScene && geometry->transform(toScene) != OGRERR_NONE) {
          note = VectorText::tr("its coordinates cannot be transformed to the scene's CRS");
          break;
        }
        auto mask = rasterizeGeometry(*geometry, scenes[size_t(s)].geo, scenes[size_t(s)].size);
        if (!mask) return R::failure(mask.error());
        if (mask->box.isEmpty()) {
          note = VectorText::tr("it lies outside %1").arg(scenes[size_t(s)].name);
          continue;
        }
        Annotation a;
        a.expression = expressionOf(*f, o, layerName);
        a.category = fieldText(*f, "category");
        a.split = splitFromName(fieldText(*f, "split"));
        a.provenance.mode = QStringLiteral("import");
        a.added = TiledMask(scenes[size_t(s)].size);
        a.added.write(mask->box, mask->mask);
        perScene[s].push_back(std::move(a));
        placed = true;
        break;
      }
      if (!placed)
        report.notes << VectorText::tr("%1 was left out: %2.").arg(where, note);
      else if (!repaired.isEmpty())
        report.notes << VectorText::tr("%1: %2.").arg(where, repaired);
    }
  }
  for (auto& [scene, annotations] : perScene) {
    AnnotationDocument& d = *project.document(scene);
    d.undoStack()->beginMacro(VectorText::tr("Import %n feature(s) from %1", nullptr, int(annotations.size()))
                                  .arg(QFileInfo(path).fileName()));
    for (Annotation& a : annotations) d.addAnnotation(std::move(a));
    d.undoStack()->endMacro();
    report.annotations += int(annotations.size());
    ++report.scenes;
  }
  if (progress) progress(int(total), int(total));
  return report;
}

}  // namespace rrsis
