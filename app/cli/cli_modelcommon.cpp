// Options shared by the commands that run a model.
#include "cli_modelcommon.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include "cli_common.h"
#include "model/segmenter.h"
#include "text/postagger.h"

namespace rrsis::cli {

/** --cpu, --threads and (unless the command has its own) --precision, shared by every command that runs a model. */
void addComputeOptions(QCommandLineParser& p, bool withPrecision) {
  p.addOption({QStringLiteral("cpu"), CliText::tr("Run on the CPU even when a GPU is present.")});
  p.addOption({QStringLiteral("threads"), CliText::tr("Intra-op threads (default: every logical CPU)."),
               QStringLiteral("n"), QStringLiteral("0")});
  p.addOption({QStringLiteral("nltk-data"),
               CliText::tr("FIANet: NLTK's data folder (or its tagger folder) for the object and "
                           "position words (default: where NLTK looks, NLTK_DATA first)."),
               QStringLiteral("dir")});
  if (withPrecision)
    p.addOption({QStringLiteral("precision"),
                 CliText::tr("auto, fp32 or bf16 (auto: bf16 for the LAVT family where the hardware has it)."),
                 QStringLiteral("p"), QStringLiteral("auto")});
}

/** The SegmenterOptions that --cpu and --threads ask for; false when --threads is not a count. */
bool computeOptions(const QCommandLineParser& p, SegmenterOptions* options) {
  options->forceCpu = p.isSet(QStringLiteral("cpu"));
  if (p.isSet(QStringLiteral("nltk-data"))) {
    // An NLTK data root or the tagger folder itself.
    const QString dir = QDir(p.value(QStringLiteral("nltk-data"))).absolutePath();
    const QString folder = PerceptronTagger::folderIn(dir);
    options->nltkTagger = folder.isEmpty() ? dir : folder;
  }
  return parseInt(p.value(QStringLiteral("threads")), 0, 4096, &options->threads) &&
         (!p.isSet(QStringLiteral("precision")) ||
          parsePrecision(p.value(QStringLiteral("precision")), &options->precision));
}

}  // namespace rrsis::cli
