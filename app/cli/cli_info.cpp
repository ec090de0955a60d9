// rrsis info: a raster's metadata as text or JSON; a model bundle is described by
// runInfoBundle (cli_infobundle.cpp), which needs LibTorch.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli_common.h"
#include "cli_functions.h"
#include "clicommands.h"
#include "raster/gdalrastersource.h"

namespace rrsis::cli {

int runInfo(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      CliText::tr("Print the metadata of a raster file, or describe a model bundle (NAME.rrsismodel): architecture, "
                  "parameter count, input size and tokenizer."));
  p.addHelpOption();
  p.addOption({QStringLiteral("json"), CliText::tr("Print JSON instead of text.")});
  p.addPositionalArgument(QStringLiteral("file"), CliText::tr("The raster or model bundle to describe."));
  if (const int code = parseArguments(p, args); code >= 0) return code;
  if (p.positionalArguments().size() != 1) {
    printErr(CliText::tr("rrsis info: expected exactly one file."));
    return 2;
  }
  const QString path = p.positionalArguments().front();
  if (QFileInfo(path).isDir() && QFileInfo::exists(QDir(path).filePath(QStringLiteral("model.json"))))
    return runModelCommand(QStringLiteral("info"), args);
  auto source = rrsis::GdalRasterSource::open(path);
  if (!source) {
    printErr(CliText::tr("rrsis info: %1").arg(source.error()));
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
