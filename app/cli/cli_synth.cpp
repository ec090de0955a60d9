// rrsis synth: synthetic referring samples appended to a RefSegRS folder.
#include <QCommandLineParser>
#include <QCoreApplication>

#include "cli_common.h"
#include "cli_functions.h"
#include "synth/datasetsynthesizer.h"

namespace rrsis::cli {

int runSynth(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      CliText::tr("Append synthetic referring segmentation samples (chips, masks, expressions) to a folder in "
                  "the RefSegRS layout. The data is synthetic: it depicts no real place."));
  p.addHelpOption();
  p.addOption({QStringLiteral("out"), CliText::tr("Dataset folder (created or appended to)."), QStringLiteral("dir")});
  p.addOption({QStringLiteral("count"), CliText::tr("Number of samples (default 100)."), QStringLiteral("n"),
               QStringLiteral("100")});
  p.addOption(
      {QStringLiteral("seed"), CliText::tr("Random seed (default 1)."), QStringLiteral("n"), QStringLiteral("1")});
  p.addOption({QStringLiteral("size"), CliText::tr("Chip size in pixels (default 512, as RefSegRS)."),
               QStringLiteral("n"), QStringLiteral("512")});
  if (const int code = parseArguments(p, args); code >= 0) return code;
  int count = 0, size = 0;
  unsigned long long seed = 0;
  if (!p.isSet(QStringLiteral("out")) || !rrsis::cli::parseInt(p.value(QStringLiteral("count")), 1, 1000000, &count) ||
      !rrsis::cli::parseSeed(p.value(QStringLiteral("seed")), &seed) ||
      !rrsis::cli::parseInt(p.value(QStringLiteral("size")), 64, 4096, &size)) {
    printErr(CliText::tr("rrsis synth: --out is required; --count 1..1000000, --size 64..4096."));
    return 2;
  }
  rrsis::DatasetSynthesizer synth(seed);
  const rrsis::Status st = synth.writeRefSegRs(p.value(QStringLiteral("out")), count, size, [](int done, int total) {
    rrsis::cli::drawProgress(done, total, -1, CliText::tr("samples "));
    return true;
  });
  if (!st) {
    printErr(CliText::tr("rrsis synth: %1").arg(st.error()));
    return 1;
  }
  printOut(CliText::tr("Appended %1 synthetic samples to %2.").arg(count).arg(p.value(QStringLiteral("out"))));
  return 0;
}

}  // namespace rrsis::cli
