// rrsis synth-scene: a synthetic aerial scene as a georeferenced GeoTIFF.
#include <QCommandLineParser>
#include <QCoreApplication>

#include "cli_common.h"
#include "cli_functions.h"
#include "synth/scenesynthesizer.h"

namespace rrsis::cli {

int runSynthScene(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      CliText::tr("Write a synthetic aerial scene (roads, buildings, vehicles, trees, water) as a "
                  "georeferenced GeoTIFF with overviews."));
  p.addHelpOption();
  p.addOption({QStringLiteral("out"), CliText::tr("Output GeoTIFF."), QStringLiteral("file")});
  p.addOption({QStringLiteral("width"), CliText::tr("Width in pixels (default 2048)."), QStringLiteral("n"),
               QStringLiteral("2048")});
  p.addOption({QStringLiteral("height"), CliText::tr("Height in pixels (default 2048)."), QStringLiteral("n"),
               QStringLiteral("2048")});
  p.addOption(
      {QStringLiteral("seed"), CliText::tr("Random seed (default 1)."), QStringLiteral("n"), QStringLiteral("1")});
  p.addOption({QStringLiteral("quality"), CliText::tr("JPEG quality (default 85)."), QStringLiteral("n"),
               QStringLiteral("85")});
  if (const int code = parseArguments(p, args); code >= 0) return code;
  int w = 0, h = 0, q = 0;
  unsigned long long seed = 0;
  using rrsis::cli::parseInt;
  if (!p.isSet(QStringLiteral("out")) || !parseInt(p.value(QStringLiteral("width")), 64, 20000, &w) ||
      !parseInt(p.value(QStringLiteral("height")), 64, 20000, &h) ||
      !rrsis::cli::parseSeed(p.value(QStringLiteral("seed")), &seed) ||
      !parseInt(p.value(QStringLiteral("quality")), 1, 100, &q)) {
    printErr(CliText::tr("rrsis synth-scene: --out is required; width and height must be 64..20000, quality 1..100."));
    return 2;
  }
  rrsis::SceneSynthesizer synth(seed);
  const rrsis::SynthScene scene = synth.generate(w, h);
  const rrsis::Status st = rrsis::SceneSynthesizer::writeGeoTiff(scene, p.value(QStringLiteral("out")), q);
  if (!st) {
    printErr(CliText::tr("rrsis synth-scene: %1").arg(st.error()));
    return 1;
  }
  printOut(CliText::tr("Wrote %1 (%2 x %3 pixels, %4 objects).")
               .arg(p.value(QStringLiteral("out")))
               .arg(w)
               .arg(h)
               .arg(scene.objects.size()));
  return 0;
}

}  // namespace rrsis::cli
