// rrsis export / import: a project's annotations to and from every format the field and GIS
// use (RefSegRS, RRSIS-D, COCO, mask and label GeoTIFFs, GeoPackage, GeoJSON, Shapefile).
#include <QCommandLineParser>
#include <QCoreApplication>

#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "cli_common.h"
#include "cli_functions.h"
#include "dataset/annotationimport.h"
#include "dataset/cocoexport.h"
#include "dataset/georasterexport.h"
#include "dataset/refsegrsexport.h"
#include "dataset/rrsisdexport.h"
#include "dataset/vectorexport.h"

namespace rrsis::cli {

namespace {

int exportFailure(const QString& message, int code = 1) {
  printErr(CliText::tr("rrsis export: %1").arg(message));
  return code;
}

int importFailure(const QString& message, int code = 1) {
  printErr(CliText::tr("rrsis import: %1").arg(message));
  return code;
}

bool showProgress(int done, int total) {
  drawProgress(done, total, -1, QString());
  return true;
}

void printNotes(const QStringList& notes) {
  for (const QString& n : notes) printErr(CliText::tr("note: %1").arg(n));
}

/** Reads --chip, --gsd, --seed, --train and --val into chip options; false when one is not a number in range. */
bool chipOptions(const QCommandLineParser& p, ChipOptions* o) {
  int seed = int(o->seed);
  if (p.isSet(QStringLiteral("chip")) && !parseInt(p.value(QStringLiteral("chip")), 16, 8192, &o->chipSize))
    return false;
  if (!parseDouble(p.value(QStringLiteral("gsd")), 0, 1e6, &o->groundSampleDistance) ||
      !parseInt(p.value(QStringLiteral("seed")), 0, 2147483647, &seed) ||
      !parseDouble(p.value(QStringLiteral("train")), 0, 1, &o->trainShare) ||
      !parseDouble(p.value(QStringLiteral("val")), 0, 1, &o->valShare) || o->trainShare + o->valShare > 1)
    return false;
  o->seed = unsigned(seed);
  return true;
}

/** Runs the export of one format; the report's counts in one sentence. */
Result<QString> exportAs(const QString& format, const Project& project, const QString& out,
                         const QCommandLineParser& p) {
  using R = Result<QString>;
  const bool overwrite = p.isSet(QStringLiteral("overwrite"));
  const auto wrote = [&](int count, const QStringList& notes) {
    printNotes(notes);
    return CliText::tr("Wrote %n annotation(s) to %1.", nullptr, count).arg(out);
  };
  if (format == QLatin1String("refsegrs") || format == QLatin1String("rrsisd")) {
    const bool rrsisd = format == QLatin1String("rrsisd");
    RrsisdExportOptions o;
    if (!rrsisd) o.chipSize = 512;
    if (!chipOptions(p, &o))
      return R::failure(CliText::tr("--chip, --gsd, --seed, --train and --val must be numbers (train + val <= 1)."));
    o.overwrite = overwrite;
    if (rrsisd) {
      auto r = exportRrsisd(project, out, o, showProgress);
      return r ? R(wrote(r->refs, r->notes)) : R::failure(r.error());
    }
    RefSegRsExportOptions a;
    static_cast<ChipOptions&>(a) = o;
    auto r = exportRefSegRs(project, out, a, showProgress);
    return r ? R(wrote(r->samples, r->notes)) : R::failure(r.error());
  }
  if (format == QLatin1String("coco")) {
    CocoExportOptions o;
    o.polygons = p.isSet(QStringLiteral("polygons"));
    o.overwrite = overwrite;
    auto r = exportCoco(project, out, o, showProgress);
    return r ? R(wrote(r->annotations, r->notes)) : R::failure(r.error());
  }
  if (format == QLatin1String("masks") || format == QLatin1String("labels")) {
    GeoRasterExportOptions o;
    o.kind = format == QLatin1String("masks") ? GeoRasterKind::Masks : GeoRasterKind::Labels;
    o.overwrite = overwrite;
    auto r = exportGeoRasters(project, out, o, showProgress);
    return r ? R(wrote(r->annotations, r->notes)) : R::failure(r.error());
  }
  VectorExportOptions o;
  if (!vectorFormatFromName(format, &o.format))
    return R::failure(CliText::tr("unknown format “%1”; see --help.").arg(format));
  if (!parseDouble(p.value(QStringLiteral("tolerance")), 0, 1e9, &o.tolerance))
    return R::failure(CliText::tr("--tolerance must be a number of map units, 0 or more."));
  o.overwrite = overwrite;
  auto r = exportVectors(project, out, o, showProgress);
  return r ? R(wrote(r->features, r->notes)) : R::failure(r.error());
}

}  // namespace

int runExport(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(CliText::tr(
      "Export a project's annotations. Formats: refsegrs (appends chips to a RefSegRS folder), rrsisd (a new "
      "RRSIS-D / RefCOCO folder: instances.json, refs(unc).p, JPEGImages), coco (one instances JSON), masks (a "
      "GeoTIFF per annotation), labels (a uint16 GeoTIFF and a CSV per scene), gpkg, geojson (WGS 84), shp (a "
      "folder). Nothing existing is replaced without --overwrite."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("project"), CliText::tr("The .rrsisproj file."));
  p.addOption({QStringLiteral("format"), CliText::tr("refsegrs, rrsisd, coco, masks, labels, gpkg, geojson or shp."),
               QStringLiteral("f")});
  p.addOption({QStringLiteral("out"), CliText::tr("The file or folder to write."), QStringLiteral("path")});
  p.addOption({QStringLiteral("overwrite"), CliText::tr("Replace the output if it exists.")});
  p.addOption(
      {QStringLiteral("chip"), CliText::tr("Chip size in pixels (refsegrs 512, rrsisd 800)."), QStringLiteral("n")});
  p.addOption({QStringLiteral("gsd"), CliText::tr("Metres per chip pixel (default: the image's)."), QStringLiteral("m"),
               QStringLiteral("0")});
  p.addOption({QStringLiteral("seed"), CliText::tr("Seed of the split assignment (default 1)."), QStringLiteral("s"),
               QStringLiteral("1")});
  p.addOption({QStringLiteral("train"), CliText::tr("Share of train for unassigned annotations (default 0.7)."),
               QStringLiteral("x"), QStringLiteral("0.7")});
  p.addOption({QStringLiteral("val"), CliText::tr("Share of val (default 0.1); the rest is test."), QStringLiteral("x"),
               QStringLiteral("0.1")});
  p.addOption({QStringLiteral("polygons"), CliText::tr("coco: masks as polygons (holes are filled).")});
  p.addOption({QStringLiteral("tolerance"),
               CliText::tr("Vector simplification in map units (default 0: every pixel edge)."), QStringLiteral("t"),
               QStringLiteral("0")});
  if (const int code = parseArguments(p, args); code >= 0) return code;
  if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("out")) || !p.isSet(QStringLiteral("format")))
    return exportFailure(CliText::tr("expected the project file, --format and --out; see --help."), 2);
  const QString format = p.value(QStringLiteral("format")).toLower();
  VectorFormat vector;
  if (!QStringList{"refsegrs", "rrsisd", "coco", "masks", "labels"}.contains(format) &&
      !vectorFormatFromName(format, &vector))
    return exportFailure(CliText::tr("unknown format “%1”; see --help.").arg(format), 2);
  auto project = projectfile::load(p.positionalArguments()[0]);
  if (!project) return exportFailure(project.error());
  auto done = exportAs(format, **project, p.value(QStringLiteral("out")), p);
  if (!done) return exportFailure(done.error());
  printOut(*done);
  return 0;
}

int runImport(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(CliText::tr(
      "Import annotations into a project and save it: a COCO file, a RefSegRS or RRSIS-D folder (each sample's "
      "image becomes a scene), a vector file (rasterised onto the scenes from its CRS) or a mask or label raster "
      "(resampled onto a scene). Each import is one undo step in the studio."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("project"), CliText::tr("The .rrsisproj file."));
  p.addPositionalArgument(QStringLiteral("source"), CliText::tr("The file or folder to import."));
  p.addOption({QStringLiteral("format"), CliText::tr("coco, dataset, vector or raster (default: from the source)."),
               QStringLiteral("f")});
  p.addOption({QStringLiteral("scene"),
               CliText::tr("vector, raster: the scene to import onto (1-based; default: where it lies)."),
               QStringLiteral("n"), QStringLiteral("0")});
  p.addOption(
      {QStringLiteral("expression"), CliText::tr("raster: the expression of a mask raster."), QStringLiteral("text")});
  p.addOption({QStringLiteral("expression-field"), CliText::tr("vector: the attribute holding the expression."),
               QStringLiteral("name")});
  if (const int code = parseArguments(p, args); code >= 0) return code;
  if (p.positionalArguments().size() != 2)
    return importFailure(CliText::tr("expected the project file and the source; see --help."), 2);
  const QString file = p.positionalArguments()[0], source = p.positionalArguments()[1];
  int scene = 0;
  if (!parseInt(p.value(QStringLiteral("scene")), 0, 1000000, &scene))
    return importFailure(CliText::tr("--scene must be a scene number."), 2);
  auto project = projectfile::load(file);
  if (!project) return importFailure(project.error());
  AnnotationImportOptions o;
  if (p.isSet(QStringLiteral("format")) && !importFormatFromName(p.value(QStringLiteral("format")), &o.format))
    return importFailure(CliText::tr("unknown format “%1”; see --help.").arg(p.value(QStringLiteral("format"))), 2);
  o.scene = scene - 1;
  o.expression = p.value(QStringLiteral("expression"));
  o.expressionField = p.value(QStringLiteral("expression-field"));
  auto report = importAnnotations(**project, source, o, showProgress);
  if (!report) return importFailure(report.error());
  const int added = report->annotations;
  const QStringList notes = report->notes;
  printNotes(notes);
  if (Status s = projectfile::save(**project, file); !s) return importFailure(s.error());
  printOut(CliText::tr("Imported %n annotation(s) into %1.", nullptr, added).arg(file));
  return 0;
}

}  // namespace rrsis::cli
