// rrsis convert: an official PyTorch checkpoint into a model bundle, without Python.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include "cli_common.h"
#include "cli_functions.h"
#include "engine/checkpointconverter.h"

namespace rrsis::cli {

int runConvert(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      CliText::tr("Convert an official checkpoint (torch.save .pth of LAVT-RIS in either layout, RMSIN, RemoteSAM, "
                  "FIANet or LGCE) into a "
                  "model bundle the studio and the CLI run natively. The file is read by a restricted reader that "
                  "runs nothing; optimizer state is skipped; the network's sizes are read from the weights."));
  p.addHelpOption();
  p.addOption({QStringLiteral("arch"),
               CliText::tr("Architecture: lavt, lavt_one, rmsin, fianet or lgce (RemoteSAM is rmsin at 896 px)."),
               QStringLiteral("name")});
  p.addOption({QStringLiteral("input-size"),
               CliText::tr("Model input size in pixels (default: the checkpoint's "
                           "args.img_size, else 480)."),
               QStringLiteral("N")});
  p.addOption({QStringLiteral("vocab"),
               CliText::tr("BERT's vocab.txt (default: bert-base-uncased from Hugging "
                           "Face's cache)."),
               QStringLiteral("file")});
  p.addOption({QStringLiteral("out"), CliText::tr("The bundle to write (NAME.rrsismodel)."), QStringLiteral("bundle")});
  p.addOption({QStringLiteral("name"), CliText::tr("The model's name in model.json."), QStringLiteral("text")});
  p.addOption({QStringLiteral("overwrite"), CliText::tr("Replace an existing bundle.")});
  p.addPositionalArgument(QStringLiteral("checkpoint"), CliText::tr("The .pth file."));
  if (const int code = parseArguments(p, args); code >= 0) return code;
  ConvertRequest r;
  if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("arch")) || !p.isSet(QStringLiteral("out"))) {
    printErr(CliText::tr("rrsis convert: expected CHECKPOINT.pth --arch A --out NAME.rrsismodel."));
    return 2;
  }
  r.checkpoint = p.positionalArguments().front();
  r.architecture = p.value(QStringLiteral("arch"));
  r.out = p.value(QStringLiteral("out"));
  r.vocab = p.value(QStringLiteral("vocab"));
  r.name = p.value(QStringLiteral("name"));
  r.overwrite = p.isSet(QStringLiteral("overwrite"));
  if (p.isSet(QStringLiteral("input-size")) &&
      !parseInt(p.value(QStringLiteral("input-size")), 32, 4096, &r.inputSize)) {
    printErr(CliText::tr("rrsis convert: --input-size must be a number of pixels in 32..4096."));
    return 2;
  }
  const auto report = convertCheckpoint(r, [](const QString& line) { printErr(line); });
  if (!report) {
    printErr(CliText::tr("rrsis convert: %1").arg(report.error()));
    return 1;
  }
  for (const QString& note : report->notes) printErr(CliText::tr("Note: %1").arg(note));
  printOut(CliText::tr("Wrote %1: %2 (%3 layout), %4 parameters, input %5 x %5.")
               .arg(QDir::toNativeSeparators(report->bundle), report->architecture, report->layout,
                    QLocale::c().toString(report->parameters))
               .arg(report->inputSize));
  return 0;
}

}  // namespace rrsis::cli
