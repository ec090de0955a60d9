// The command table of the rrsis CLI, the usage text made from it, and the dispatcher. The
// commands that run a model have no function here: they go to the model command runner.
#include "clicommands.h"

#include <QCoreApplication>

#include "cli_common.h"
#include "cli_functions.h"

namespace rrsis::cli {

namespace {

/** The usage text, made from the table; a group word ("project") keeps only that group's commands. */
int usage(const QString& group = {}) {
  QString text = CliText::tr("Usage: rrsis <command> [options]\n\nCommands:\n");
  for (const Command& c : commands()) {
    const QString name = QString::fromLatin1(c.name);
    if (!group.isEmpty() && !name.startsWith(group + QLatin1Char(' '))) continue;
    text += QStringLiteral("  %1 %2\n      %3\n").arg(name, QString::fromLatin1(c.synopsis), CliText::tr(c.summary));
  }
  text += CliText::tr("\nRun 'rrsis <command> --help' for a command's options.");
  printErr(text);
  return 2;
}

/** True when `word` is the first word of a command of two words ("project", "dataset"). */
bool isGroup(const QString& word) {
  if (word.isEmpty()) return false;
  for (const Command& c : commands())
    if (QString::fromLatin1(c.name).startsWith(word + QLatin1Char(' '))) return true;
  return false;
}

ModelCommandRunner& modelRunner() {
  static ModelCommandRunner runner;
  return runner;
}

}  // namespace

void setModelCommandRunner(ModelCommandRunner runner) { modelRunner() = std::move(runner); }

int runModelCommand(const QString& name, const QStringList& args) {
  if (modelRunner()) return modelRunner()(name, args);
  printErr(CliText::tr("%1: this build of rrsis has no model engine.").arg(args.value(0)));
  return 1;
}

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"info", "FILE|BUNDLE [--json]",
       QT_TRANSLATE_NOOP("rrsis", "Print a raster's metadata or describe a model bundle"), runInfo},
      {"synth-scene", "--out FILE", QT_TRANSLATE_NOOP("rrsis", "Write a synthetic aerial scene (GeoTIFF)"),
       runSynthScene},
      {"synth", "--out DIR [--count N]", QT_TRANSLATE_NOOP("rrsis", "Append synthetic samples (RefSegRS layout)"),
       runSynth},
      {"predict", "--model B --image F --text T --out M",
       QT_TRANSLATE_NOOP("rrsis", "Write the mask of what T describes"), nullptr},
      {"train", "--data D[,D] --out B [--epochs N]", QT_TRANSLATE_NOOP("rrsis", "Train a model and write a bundle"),
       nullptr, true},
      {"eval", "--model B --dataset D [--split S]", QT_TRANSLATE_NOOP("rrsis", "Score a model on a dataset split"),
       nullptr},
      {"tokenize", "(--vocab V | --spm M) TEXT", QT_TRANSLATE_NOOP("rrsis", "Print token ids and attention mask"),
       runTokenize},
      {"dataset from-classes", "(--images D --masks D | --root D) --classes F --out DIR",
       QT_TRANSLATE_NOOP("rrsis", "Turn colour-coded class masks into referring samples (RefSegRS layout)"),
       runDatasetFromClasses},
      {"checkpoint info", "FILE.pth [--json] [--tensors]",
       QT_TRANSLATE_NOOP("rrsis", "Describe a PyTorch checkpoint without Python"), nullptr},
      {"convert", "CHECKPOINT.pth --arch A --out NAME.rrsismodel",
       QT_TRANSLATE_NOOP("rrsis", "Convert an official checkpoint into a model bundle"), nullptr},
      {"project new", "P [IMAGE...]", QT_TRANSLATE_NOOP("rrsis", "Create a project"), runProjectNew},
      {"project info", "P [--json]", QT_TRANSLATE_NOOP("rrsis", "List a project's images and annotations"),
       runProjectInfo},
      {"project add-scene", "P IMAGE", QT_TRANSLATE_NOOP("rrsis", "Add an image to a project"), runProjectAddScene},
      {"project annotate", "P --image F --model B --text T",
       QT_TRANSLATE_NOOP("rrsis", "Run a model and add its answer as an annotation"), nullptr},
      {"project export-refsegrs", "P --out DIR",
       QT_TRANSLATE_NOOP("rrsis", "Append one RefSegRS sample per annotation"), runProjectExport},
      {"project export-coco", "P --out FILE [--polygons]",
       QT_TRANSLATE_NOOP("rrsis", "Write the annotations as one COCO instances file"), runProjectExportCoco},
      {"project import-coco", "P FILE",
       QT_TRANSLATE_NOOP("rrsis", "Add a COCO file's annotations to the project's images"), runProjectImportCoco},
      {"export", "P --format F --out PATH",
       QT_TRANSLATE_NOOP("rrsis", "Export annotations: refsegrs, rrsisd, coco, masks, labels, gpkg, geojson, shp"),
       runExport},
      {"import", "P SOURCE [--format F]",
       QT_TRANSLATE_NOOP("rrsis", "Import a COCO file, dataset folder, vector layer or mask raster"), runImport},
      {"project recover", "[--list] [SESSION --out P]",
       QT_TRANSLATE_NOOP("rrsis", "List crashed studio sessions, or save one as a project"), runProjectRecover},
  };
  return table;
}

const Command* findCommand(const QStringList& args, int* words) {
  const Command* found = nullptr;
  *words = 0;
  for (const Command& c : commands()) {
    const QStringList parts = QString::fromLatin1(c.name).split(QLatin1Char(' '));
    bool match = args.size() > parts.size();
    for (int i = 0; match && i < parts.size(); ++i) match = parts[i] == args[1 + i];
    if (match && int(parts.size()) > *words) {
      found = &c;
      *words = int(parts.size());
    }
  }
  return found;
}

int runCli(const QStringList& args) {
  int words = 0;
  if (const Command* command = findCommand(args, &words)) {
    // The command's words become the program name, so its messages say "rrsis predict".
    const QStringList commandArgs =
        QStringList{QStringLiteral("rrsis ") + QString::fromLatin1(command->name)} + args.mid(1 + words);
    return command->run ? command->run(commandArgs) : runModelCommand(QString::fromLatin1(command->name), commandArgs);
  }
  const QString first = args.value(1);
  if (first == QLatin1String("--version")) {
    printOut(QStringLiteral("rrsis " RRSIS_VERSION));
    return 0;
  }
  // A group word alone, or with an unknown second word, lists the group's commands.
  const bool group = isGroup(first);
  const QString second = args.value(2);
  if (group && !second.isEmpty() && !second.startsWith(QLatin1Char('-')))
    printErr(CliText::tr("Unknown command “%1”.").arg(first + QLatin1Char(' ') + second));
  else if (!group && !first.isEmpty() && first != QLatin1String("--help") && first != QLatin1String("-h"))
    printErr(CliText::tr("Unknown command “%1”.").arg(first));
  return usage(group ? first : QString());
}

}  // namespace rrsis::cli
