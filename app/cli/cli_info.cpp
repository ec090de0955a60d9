// rrsis info: a raster's metadata as text or JSON.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include "cli_common.h"
#include "cli_functions.h"
#include "raster/gdalrastersource.h"

namespace rrsis::cli {

int runInfo(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate("rrsis", "Print the metadata of a raster file."));
  p.addHelpOption();
  p.addOption({QStringLiteral("json"), QCoreApplication::translate("rrsis", "Print JSON instead of text.")});
  p.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("rrsis", "The raster to describe."));
  if (const int code = parseArguments(p, args); code >= 0) return code;
  if (p.positionalArguments().size() != 1) {
    printErr(QCoreApplication::translate("rrsis", "rrsis info: expected exactly one file."));
    return 2;
  }
  auto source = rrsis::GdalRasterSource::open(p.positionalArguments().front());
  if (!source) {
    printErr(QCoreApplication::translate("rrsis", "rrsis info: %1").arg(source.error()));
    return 1;
  }
  const rrsis::RasterInfo& info = (*source)->info();
  if (p.isSet(QStringLiteral("json")))
    printOut(QString::fromUtf8(QJsonDocument(rrsis::rasterInfoToJson(info)).toJson(QJsonDocument::Indented)).trimmed());
  else
    printOut(rrsis::describeRasterInfo(info));
  return 0;
}

}  // namespace rrsis::cli
