// rrsis: the command-line face of RRSIS Studio's core.
#include <csignal>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QStringList>

#include "cli_model.h"
#include "raster/gdalrastersource.h"
#include "synth/datasetsynthesizer.h"
#include "synth/scenesynthesizer.h"

namespace {

using rrsis::cli::printErr;
using rrsis::cli::printOut;

int runInfo(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate("rrsis", "Print the metadata of a raster file."));
  p.addHelpOption();
  p.addOption({QStringLiteral("json"), QCoreApplication::translate("rrsis", "Print JSON instead of text.")});
  p.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("rrsis", "The raster to describe."));
  p.process(args);
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

int runSynthScene(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate(
      "rrsis", "Write a synthetic aerial scene (roads, buildings, vehicles, trees, water) as a "
               "georeferenced GeoTIFF with overviews."));
  p.addHelpOption();
  p.addOption({QStringLiteral("out"), QCoreApplication::translate("rrsis", "Output GeoTIFF."), QStringLiteral("file")});
  p.addOption({QStringLiteral("width"), QCoreApplication::translate("rrsis", "Width in pixels (default 2048)."),
               QStringLiteral("n"), QStringLiteral("2048")});
  p.addOption({QStringLiteral("height"), QCoreApplication::translate("rrsis", "Height in pixels (default 2048)."),
               QStringLiteral("n"), QStringLiteral("2048")});
  p.addOption({QStringLiteral("seed"), QCoreApplication::translate("rrsis", "Random seed (default 1)."),
               QStringLiteral("n"), QStringLiteral("1")});
  p.addOption({QStringLiteral("quality"), QCoreApplication::translate("rrsis", "JPEG quality (default 85)."),
               QStringLiteral("n"), QStringLiteral("85")});
  p.process(args);
  int w = 0, h = 0, q = 0;
  unsigned long long seed = 0;
  using rrsis::cli::parseInt;
  if (!p.isSet(QStringLiteral("out")) || !parseInt(p.value(QStringLiteral("width")), 64, 20000, &w) ||
      !parseInt(p.value(QStringLiteral("height")), 64, 20000, &h) ||
      !rrsis::cli::parseSeed(p.value(QStringLiteral("seed")), &seed) ||
      !parseInt(p.value(QStringLiteral("quality")), 1, 100, &q)) {
    printErr(QCoreApplication::translate(
        "rrsis", "rrsis synth-scene: --out is required; width and height must be 64..20000, quality 1..100."));
    return 2;
  }
  rrsis::SceneSynthesizer synth(seed);
  const rrsis::SynthScene scene = synth.generate(w, h);
  const rrsis::Status st = rrsis::SceneSynthesizer::writeGeoTiff(scene, p.value(QStringLiteral("out")), q);
  if (!st) {
    printErr(QCoreApplication::translate("rrsis", "rrsis synth-scene: %1").arg(st.error()));
    return 1;
  }
  printOut(QCoreApplication::translate("rrsis", "Wrote %1 (%2 x %3 pixels, %4 objects).")
               .arg(p.value(QStringLiteral("out")))
               .arg(w)
               .arg(h)
               .arg(scene.objects.size()));
  return 0;
}

int runSynth(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate(
      "rrsis", "Append synthetic referring segmentation samples (chips, masks, expressions) to a folder in "
               "the RefSegRS layout. The data is synthetic: it depicts no real place."));
  p.addHelpOption();
  p.addOption({QStringLiteral("out"), QCoreApplication::translate("rrsis", "Dataset folder (created or appended to)."), QStringLiteral("dir")});
  p.addOption({QStringLiteral("count"), QCoreApplication::translate("rrsis", "Number of samples (default 100)."), QStringLiteral("n"), QStringLiteral("100")});
  p.addOption({QStringLiteral("seed"), QCoreApplication::translate("rrsis", "Random seed (default 1)."), QStringLiteral("n"), QStringLiteral("1")});
  p.addOption({QStringLiteral("size"), QCoreApplication::translate("rrsis", "Chip size in pixels (default 512, as RefSegRS)."), QStringLiteral("n"), QStringLiteral("512")});
  p.process(args);
  int count = 0, size = 0;
  unsigned long long seed = 0;
  if (!p.isSet(QStringLiteral("out")) || !rrsis::cli::parseInt(p.value(QStringLiteral("count")), 1, 1000000, &count) ||
      !rrsis::cli::parseSeed(p.value(QStringLiteral("seed")), &seed) ||
      !rrsis::cli::parseInt(p.value(QStringLiteral("size")), 64, 4096, &size)) {
    printErr(QCoreApplication::translate("rrsis", "rrsis synth: --out is required; --count 1..1000000, --size 64..4096."));
    return 2;
  }
  rrsis::DatasetSynthesizer synth(seed);
  const rrsis::Status st = synth.writeRefSegRs(p.value(QStringLiteral("out")), count, size, [](int done, int total) {
    rrsis::cli::drawProgress(done, total, -1, QCoreApplication::translate("rrsis", "samples "));
    return true;
  });
  if (!st) {
    printErr(QCoreApplication::translate("rrsis", "rrsis synth: %1").arg(st.error()));
    return 1;
  }
  printOut(QCoreApplication::translate("rrsis", "Appended %1 synthetic samples to %2.").arg(count).arg(p.value(QStringLiteral("out"))));
  return 0;
}

/** Drops the offscreen platform's start-up notice about XDG_RUNTIME_DIR; passes the rest on. */
void quietGuiStartup(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  if (message.contains(QLatin1String("XDG_RUNTIME_DIR"))) return;
  std::fputs(qPrintable(qFormatLogMessage(type, context, message) + QLatin1Char('\n')), stderr);
}

/** One command of the CLI: its words, a one-line synopsis and summary, and what runs it. */
struct Command {
  const char* name;      ///< one or two words: "info", "project annotate"
  const char* synopsis;  ///< the arguments, for the usage text
  const char* summary;   ///< translated at print time (context "rrsis")
  int (*run)(const QStringList& args);
};

const std::vector<Command>& commands() {
  using namespace rrsis::cli;
  static const std::vector<Command> table = {
      {"info", "FILE [--json]", QT_TRANSLATE_NOOP("rrsis", "Print a raster's metadata"), runInfo},
      {"synth-scene", "--out FILE", QT_TRANSLATE_NOOP("rrsis", "Write a synthetic aerial scene (GeoTIFF)"), runSynthScene},
      {"synth", "--out DIR [--count N]", QT_TRANSLATE_NOOP("rrsis", "Append synthetic samples (RefSegRS layout)"), runSynth},
      {"predict", "--model B --image F --text T --out M", QT_TRANSLATE_NOOP("rrsis", "Write the mask of what T describes"), runPredict},
      {"train", "--data D[,D] --out B [--epochs N]", QT_TRANSLATE_NOOP("rrsis", "Train a model and write a bundle"), runTrain},
      {"eval", "--model B --dataset D [--split S]", QT_TRANSLATE_NOOP("rrsis", "Score a model on a dataset split"), runEval},
      {"tokenize", "(--vocab V | --spm M) TEXT", QT_TRANSLATE_NOOP("rrsis", "Print token ids and attention mask"), runTokenize},
      {"project new", "P [IMAGE...]", QT_TRANSLATE_NOOP("rrsis", "Create a project"), runProjectNew},
      {"project info", "P [--json]", QT_TRANSLATE_NOOP("rrsis", "List a project's images and annotations"), runProjectInfo},
      {"project add-scene", "P IMAGE", QT_TRANSLATE_NOOP("rrsis", "Add an image to a project"), runProjectAddScene},
      {"project annotate", "P --image F --model B --text T", QT_TRANSLATE_NOOP("rrsis", "Run a model and add its answer as an annotation"), runProjectAnnotate},
      {"project export-refsegrs", "P --out DIR", QT_TRANSLATE_NOOP("rrsis", "Append one RefSegRS sample per annotation"), runProjectExport},
      {"project recover", "[--list] [SESSION --out P]", QT_TRANSLATE_NOOP("rrsis", "List crashed studio sessions, or save one as a project"), runProjectRecover},
  };
  return table;
}

/** The usage text, made from the table; `prefix` keeps only the commands starting with it. */
int usage(const QString& prefix = {}) {
  QString text = QCoreApplication::translate("rrsis", "Usage: rrsis <command> [options]\n\nCommands:\n");
  for (const Command& c : commands()) {
    const QString name = QString::fromLatin1(c.name);
    if (!prefix.isEmpty() && !name.startsWith(prefix))
      continue;
    text += QStringLiteral("  %1 %2\n      %3\n").arg(name, QString::fromLatin1(c.synopsis),
                                                      QCoreApplication::translate("rrsis", c.summary));
  }
  text += QCoreApplication::translate("rrsis", "\nRun 'rrsis <command> --help' for a command's options.");
  printErr(text);
  return 2;
}

/** The command named by the first words of `argv` (the longest match), and how many words it took. */
const Command* findCommand(int argc, char** argv, int* words) {
  const Command* found = nullptr;
  *words = 0;
  for (const Command& c : commands()) {
    const QStringList parts = QString::fromLatin1(c.name).split(QLatin1Char(' '));
    bool match = argc > parts.size();
    for (int i = 0; match && i < parts.size(); ++i)
      match = parts[i] == QString::fromLocal8Bit(argv[1 + i]);
    if (match && int(parts.size()) > *words) {
      found = &c;
      *words = int(parts.size());
    }
  }
  return found;
}

}  // namespace

int main(int argc, char** argv) {
  // A file-size limit makes writes fail with EFBIG (reported, nothing half-written) instead of
  // killing the process.
  std::signal(SIGXFSZ, SIG_IGN);
  int words = 0;
  const Command* command = findCommand(argc, argv, &words);
  // The command's words become the program name, so "rrsis predict --help" says "rrsis predict".
  std::string program = "rrsis";
  if (command)
    program += std::string(" ") + command->name;
  std::vector<char*> arguments{program.data()};
  for (int i = 1 + words; i < argc; ++i)
    arguments.push_back(argv[i]);
  int count = int(arguments.size());
  // train draws its curves with text, which needs a QGuiApplication (offscreen: no display).
  const bool training = command && qstrcmp(command->name, "train") == 0;
  if (training && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  if (training) qInstallMessageHandler(quietGuiStartup);
  std::unique_ptr<QCoreApplication> application = training ? std::make_unique<QGuiApplication>(count, arguments.data())
                                                           : std::make_unique<QCoreApplication>(count, arguments.data());
  QCoreApplication::setApplicationName(QStringLiteral("rrsis"));
  QCoreApplication::setApplicationVersion(QStringLiteral(RRSIS_VERSION));
  if (command)
    return command->run(QCoreApplication::arguments());
  const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
  if (first == QLatin1String("--version")) {
    printOut(QStringLiteral("rrsis " RRSIS_VERSION));
    return 0;
  }
  if (first == QLatin1String("project") && argc > 2 && argv[2][0] != '-')
    printErr(QCoreApplication::translate("rrsis", "Unknown command “%1”.").arg(QStringLiteral("project ") + QString::fromLocal8Bit(argv[2])));
  else if (!first.isEmpty() && first != QLatin1String("--help") && first != QLatin1String("-h") && first != QLatin1String("project"))
    printErr(QCoreApplication::translate("rrsis", "Unknown command “%1”.").arg(first));
  return usage(first == QLatin1String("project") ? QStringLiteral("project") : QString());
}
