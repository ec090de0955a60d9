// rrsis project export-refsegrs / recover: the project commands that write files.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include "annotation/annotationdocument.h"
#include "annotation/journalreplay.h"
#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "annotation/recoveryjournal.h"
#include "cli_common.h"
#include "cli_functions.h"
#include "dataset/refsegrsexport.h"
#include "raster/scene.h"

namespace rrsis::cli {

namespace {

int fail(const QString& command, const QString& message, int code = 1) {
  return projectFailure(command, message, code);
}

}  // namespace

int runProjectExport(const QStringList& args) {
  const QString cmd = QStringLiteral("export-refsegrs");
  QCommandLineParser p;
  p.setApplicationDescription(
      CliText::tr("Append one RefSegRS sample (chip, mask, phrase) per annotation to a folder."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("project"), CliText::tr("The .rrsisproj file."));
  p.addOption(
      {QStringLiteral("out"), CliText::tr("The RefSegRS folder (created or appended to)."), QStringLiteral("dir")});
  p.addOption({QStringLiteral("chip"), CliText::tr("Chip size in pixels (default 512)."), QStringLiteral("n"),
               QStringLiteral("512")});
  p.addOption({QStringLiteral("gsd"), CliText::tr("Metres per chip pixel, e.g. 0.13 (default: the image's)."),
               QStringLiteral("m"), QStringLiteral("0")});
  p.addOption({QStringLiteral("seed"), CliText::tr("Seed of the split assignment (default 1)."), QStringLiteral("s"),
               QStringLiteral("1")});
  p.addOption({QStringLiteral("train"), CliText::tr("Share of train for unassigned annotations (default 0.7)."),
               QStringLiteral("x"), QStringLiteral("0.7")});
  p.addOption({QStringLiteral("val"), CliText::tr("Share of val (default 0.1); the rest is test."), QStringLiteral("x"),
               QStringLiteral("0.1")});
  if (const int code = parseArguments(p, args); code >= 0) return code;
  if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("out")))
    return fail(cmd, CliText::tr("expected the project file and --out; see --help."), 2);
  RefSegRsExportOptions o;
  int seed = 1;
  if (!parseInt(p.value(QStringLiteral("chip")), 16, 8192, &o.chipSize) ||
      !parseDouble(p.value(QStringLiteral("gsd")), 0, 1e6, &o.groundSampleDistance) ||
      !parseInt(p.value(QStringLiteral("seed")), 0, 2147483647, &seed) ||
      !parseDouble(p.value(QStringLiteral("train")), 0, 1, &o.trainShare) ||
      !parseDouble(p.value(QStringLiteral("val")), 0, 1, &o.valShare) || o.trainShare + o.valShare > 1)
    return fail(cmd, CliText::tr("--chip, --gsd, --seed, --train and --val must be numbers (train + val <= 1)."), 2);
  o.seed = unsigned(seed);
  auto project = projectfile::load(p.positionalArguments()[0]);
  if (!project) return fail(cmd, project.error());
  auto report = exportRefSegRs(**project, p.value(QStringLiteral("out")), o, [](int done, int total) {
    drawProgress(done, total, -1, CliText::tr("export "));
    return true;
  });
  if (!report) return fail(cmd, report.error());
  for (const QString& n : report->notes) printErr(CliText::tr("note: %1").arg(n));
  printOut(CliText::tr("Wrote %n sample(s) to %1.", nullptr, report->samples).arg(p.value(QStringLiteral("out"))));
  return 0;
}

int runProjectRecover(const QStringList& args) {
  const QString cmd = QStringLiteral("recover");
  QCommandLineParser p;
  p.setApplicationDescription(
      CliText::tr("List the sessions of studios that stopped without saving, or save one as a project."));
  p.addHelpOption();
  p.addOption({QStringLiteral("list"), CliText::tr("List the sessions that can be recovered.")});
  p.addOption(
      {QStringLiteral("root"), CliText::tr("Where the sessions are (default: the studio's)."), QStringLiteral("dir")});
  p.addOption({QStringLiteral("out"), CliText::tr("The project file to write."), QStringLiteral("file")});
  p.addPositionalArgument(QStringLiteral("session"), CliText::tr("A session folder from --list."),
                          QStringLiteral("[session]"));
  if (const int code = parseArguments(p, args); code >= 0) return code;
  QCoreApplication::setOrganizationName(QStringLiteral("RRSIS Studio"));
  QCoreApplication::setApplicationName(QStringLiteral("RRSIS Studio"));
  const QString root =
      p.isSet(QStringLiteral("root")) ? p.value(QStringLiteral("root")) : RecoveryJournal::defaultRoot();
  if (p.isSet(QStringLiteral("list")) || p.positionalArguments().isEmpty()) {
    const QStringList sessions = RecoveryJournal::orphanedSessions(root);
    for (const QString& s : sessions) {
      RecoveryReport report;
      auto recovered = recoverSession(s, &report);
      printOut(recovered ? CliText::tr("%1  %2, %3 annotation(s)")
                               .arg(s, report.baseProject.isEmpty() ? CliText::tr("untitled") : report.baseProject)
                               .arg((*recovered)->annotationCount())
                         : CliText::tr("%1  damaged: %2").arg(s, recovered.error()));
    }
    if (sessions.isEmpty()) printOut(CliText::tr("No session to recover in %1.").arg(root));
    return 0;
  }
  if (!p.isSet(QStringLiteral("out"))) return fail(cmd, CliText::tr("--out is required with a session."), 2);
  RecoveryReport report;
  auto recovered = recoverSession(p.positionalArguments()[0], &report);
  if (!recovered) return fail(cmd, recovered.error());
  for (const QString& n : report.notes) printErr(CliText::tr("note: %1").arg(n));
  if (QFileInfo::exists(p.value(QStringLiteral("out"))))
    return fail(
        cmd,
        CliText::tr("%1 exists; choose another name (nothing is overwritten).").arg(p.value(QStringLiteral("out"))));
  if (Status s = projectfile::save(**recovered, p.value(QStringLiteral("out"))); !s) return fail(cmd, s.error());
  printOut(CliText::tr("Recovered %1 record(s)%2 into %3.")
               .arg(report.records)
               .arg(report.damagedTail ? CliText::tr(" (the last one was cut off by the crash)") : QString())
               .arg(p.value(QStringLiteral("out"))));
  return 0;
}

}  // namespace rrsis::cli
