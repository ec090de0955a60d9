// rrsis project export-coco / import-coco: a project's annotations to and from one COCO instances file.
#include <QCommandLineParser>
#include <QCoreApplication>

#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "cli_common.h"
#include "cli_functions.h"
#include "dataset/cocoexport.h"
#include "dataset/cocoimport.h"

namespace rrsis::cli {

namespace {}  // namespace

int runProjectExportCoco(const QStringList& args) {
  const QString cmd = QStringLiteral("export-coco");
  QCommandLineParser p;
  p.setApplicationDescription(
      CliText::tr("Write a project's annotations to one COCO instances JSON file "
                  "(run-length masks over each image, the expression, split and "
                  "provenance as extra fields)."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("project"), CliText::tr("The .rrsisproj file."));
  p.addOption({QStringLiteral("out"), CliText::tr("The JSON file to write."), QStringLiteral("file")});
  p.addOption(
      {QStringLiteral("polygons"), CliText::tr("Masks as polygons instead of run-lengths (holes are filled).")});
  p.addOption({QStringLiteral("overwrite"), CliText::tr("Replace the file if it exists.")});
  if (const int code = parseArguments(p, args); code >= 0) return code;
  if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("out")))
    return projectFailure(cmd, CliText::tr("expected the project file and --out; see --help."), 2);
  auto project = projectfile::load(p.positionalArguments()[0]);
  if (!project) return projectFailure(cmd, project.error());
  CocoExportOptions o;
  o.polygons = p.isSet(QStringLiteral("polygons"));
  o.overwrite = p.isSet(QStringLiteral("overwrite"));
  auto report = exportCoco(**project, p.value(QStringLiteral("out")), o, [](int done, int total) {
    drawProgress(done, total, -1, CliText::tr("export "));
    return true;
  });
  if (!report) return projectFailure(cmd, report.error());
  for (const QString& n : report->notes) printErr(CliText::tr("note: %1").arg(n));
  printOut(CliText::tr("Wrote %1 annotation(s) of %2 image(s) in %3 categories to %4.")
               .arg(report->annotations)
               .arg(report->images)
               .arg(report->categories)
               .arg(p.value(QStringLiteral("out"))));
  return 0;
}

int runProjectImportCoco(const QStringList& args) {
  const QString cmd = QStringLiteral("import-coco");
  QCommandLineParser p;
  p.setApplicationDescription(
      CliText::tr("Add the annotations of a COCO instances file to the project's images "
                  "(matched by file name and size) and save the project."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("project"), CliText::tr("The .rrsisproj file."));
  p.addPositionalArgument(QStringLiteral("coco"), CliText::tr("The COCO instances JSON file."));
  if (const int code = parseArguments(p, args); code >= 0) return code;
  if (p.positionalArguments().size() != 2)
    return projectFailure(cmd, CliText::tr("expected the project file and the COCO file; see --help."), 2);
  const QString file = p.positionalArguments()[0];
  auto project = projectfile::load(file);
  if (!project) return projectFailure(cmd, project.error());
  auto report = importCoco(**project, p.positionalArguments()[1], [](int done, int total) {
    drawProgress(done, total, -1, CliText::tr("import "));
    return true;
  });
  if (!report) return projectFailure(cmd, report.error());
  for (const QString& n : report->notes) printErr(CliText::tr("note: %1").arg(n));
  if (Status s = projectfile::save(**project, file); !s) return projectFailure(cmd, s.error());
  printOut(CliText::tr("Imported %1 annotation(s) into %2 image(s) of %3.")
               .arg(report->annotations)
               .arg(report->scenes)
               .arg(file));
  return 0;
}

}  // namespace rrsis::cli
