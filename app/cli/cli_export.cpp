// rrsis project export-coco: a project's annotations as one COCO instances file.
#include <QCommandLineParser>
#include <QCoreApplication>

#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "cli_common.h"
#include "cli_functions.h"
#include "dataset/cocoexport.h"

namespace rrsis::cli {

namespace {
struct ExportText {
  Q_DECLARE_TR_FUNCTIONS(rrsis)
};
}  // namespace

int runProjectExportCoco(const QStringList& args) {
  const QString cmd = QStringLiteral("export-coco");
  QCommandLineParser p;
  p.setApplicationDescription(ExportText::tr("Write a project's annotations to one COCO instances JSON file "
                                             "(run-length masks over each image, the expression, split and "
                                             "provenance as extra fields)."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("project"), ExportText::tr("The .rrsisproj file."));
  p.addOption({QStringLiteral("out"), ExportText::tr("The JSON file to write."), QStringLiteral("file")});
  p.addOption({QStringLiteral("polygons"), ExportText::tr("Masks as polygons instead of run-lengths (holes are filled).")});
  p.addOption({QStringLiteral("overwrite"), ExportText::tr("Replace the file if it exists.")});
  if (const int code = parseArguments(p, args); code >= 0) return code;
  if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("out")))
    return projectFailure(cmd, ExportText::tr("expected the project file and --out; see --help."), 2);
  auto project = projectfile::load(p.positionalArguments()[0]);
  if (!project) return projectFailure(cmd, project.error());
  CocoExportOptions o;
  o.polygons = p.isSet(QStringLiteral("polygons"));
  o.overwrite = p.isSet(QStringLiteral("overwrite"));
  auto report = exportCoco(**project, p.value(QStringLiteral("out")), o, [](int done, int total) {
    drawProgress(done, total, -1, ExportText::tr("export "));
    return true;
  });
  if (!report) return projectFailure(cmd, report.error());
  for (const QString& n : report->notes) printErr(ExportText::tr("note: %1").arg(n));
  printOut(ExportText::tr("Wrote %1 annotation(s) of %2 image(s) in %3 categories to %4.")
               .arg(report->annotations)
               .arg(report->images)
               .arg(report->categories)
               .arg(p.value(QStringLiteral("out"))));
  return 0;
}

}  // namespace rrsis::cli
