// rrsis: the command-line face of RRSIS Studio's core.
#include <csignal>
#include <cstdio>
#include <memory>

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

int usage() {
  printErr(QCoreApplication::translate("rrsis",
                                       "Usage: rrsis <command> [options]\n\n"
                                       "Commands:\n"
                                       "  info FILE [--json]          Print a raster's metadata\n"
                                       "  synth-scene --out FILE      Write a synthetic aerial scene (GeoTIFF)\n"
                                       "  synth --out DIR [--count N] Append synthetic samples (RefSegRS layout)\n"
                                       "  predict --model B --image F --text T --out M\n"
                                       "                              Write the mask of what T describes\n"
                                       "  train --data D[,D] --out B [--epochs N]\n"
                                       "                              Train a model and write a bundle\n"
                                       "  eval --model B --dataset D [--split S]\n"
                                       "                              Score a model on a dataset split\n"
                                       "  tokenize (--vocab V | --spm M) TEXT\n"
                                       "                              Print token ids and attention mask\n"
                                       "  project new|info|add-scene|annotate|export-refsegrs|recover\n"
                                       "                              Work with annotation projects\n\n"
                                       "Run 'rrsis <command> --help' for a command's options."));
  return 2;
}

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
  bool okW = false, okH = false, okS = false, okQ = false;
  const int w = p.value(QStringLiteral("width")).toInt(&okW);
  const int h = p.value(QStringLiteral("height")).toInt(&okH);
  const qulonglong seed = p.value(QStringLiteral("seed")).toULongLong(&okS);
  const int q = p.value(QStringLiteral("quality")).toInt(&okQ);
  if (!p.isSet(QStringLiteral("out")) || !okW || !okH || !okS || !okQ || w < 64 || h < 64 || w > 20000 ||
      h > 20000 || q < 1 || q > 100) {
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
  bool okC = false, okS = false, okZ = false;
  const int count = p.value(QStringLiteral("count")).toInt(&okC);
  const qulonglong seed = p.value(QStringLiteral("seed")).toULongLong(&okS);
  const int size = p.value(QStringLiteral("size")).toInt(&okZ);
  if (!p.isSet(QStringLiteral("out")) || !okC || !okS || !okZ || count < 1 || count > 1000000 || size < 64 || size > 4096) {
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

}  // namespace

int main(int argc, char** argv) {
  // A file-size limit makes writes fail with EFBIG (reported, nothing half-written) instead of
  // killing the process.
  std::signal(SIGXFSZ, SIG_IGN);
  // train draws its curves with text, which needs a QGuiApplication (offscreen: no display).
  const bool training = argc > 1 && qstrcmp(argv[1], "train") == 0;
  if (training && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  if (training) qInstallMessageHandler(quietGuiStartup);
  std::unique_ptr<QCoreApplication> application =
      training ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("rrsis"));
  QCoreApplication::setApplicationVersion(QStringLiteral(RRSIS_VERSION));
  QStringList args = QCoreApplication::arguments();
  if (args.size() < 2)
    return usage();
  const QString command = args.takeAt(1);
  args[0] = QStringLiteral("rrsis ") + command;
  if (command == QLatin1String("info"))
    return runInfo(args);
  if (command == QLatin1String("synth-scene"))
    return runSynthScene(args);
  if (command == QLatin1String("synth"))
    return runSynth(args);
  if (command == QLatin1String("predict"))
    return rrsis::cli::runPredict(args);
  if (command == QLatin1String("eval"))
    return rrsis::cli::runEval(args);
  if (command == QLatin1String("train"))
    return rrsis::cli::runTrain(args);
  if (command == QLatin1String("tokenize"))
    return rrsis::cli::runTokenize(args);
  if (command == QLatin1String("project"))
    return rrsis::cli::runProject(args);
  if (command == QLatin1String("--version")) {
    printOut(QStringLiteral("rrsis " RRSIS_VERSION));
    return 0;
  }
  if (command != QLatin1String("--help") && command != QLatin1String("-h"))
    printErr(QCoreApplication::translate("rrsis", "Unknown command “%1”.").arg(command));
  return usage();
}
