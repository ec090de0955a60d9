// The commands of rrsis_cli_model, by name, behind runModelCommand().
#include "modelcommands.h"

#include <QCoreApplication>

#include "cli_common.h"
#include "cli_functions.h"
#include "clicommands.h"

namespace rrsis::cli {

namespace {

struct ModelCommand {
  const char* name;
  int (*run)(const QStringList& args);
};

const ModelCommand kModelCommands[] = {
    {"predict", runPredict}, {"train", runTrain},
    {"eval", runEval},       {"checkpoint info", runCheckpointInfo},
    {"convert", runConvert}, {"project annotate", runProjectAnnotate},
    {"info", runInfoBundle},
};

int runHere(const QString& name, const QStringList& args) {
  for (const ModelCommand& c : kModelCommands)
    if (name == QLatin1String(c.name)) return c.run(args);
  printErr(CliText::tr("Unknown command “%1”.").arg(name));
  return 2;
}

}  // namespace

void installModelCommands() { setModelCommandRunner(runHere); }

}  // namespace rrsis::cli
