#pragma once
#include <functional>
#include <vector>

#include <QStringList>

namespace rrsis::cli {

/** One command of the CLI: its words, a one-line synopsis and summary, and what runs it. */
struct Command {
  const char* name;      ///< one or two words: "info", "project annotate"
  const char* synopsis;  ///< the arguments, for the usage text
  const char* summary;   ///< translated at print time (context "rrsis")
  /** Null for a command that runs a model: runCli hands it to runModelCommand. */
  int (*run)(const QStringList& args);
  bool needsGui = false;  ///< draws text into images: needs a QGuiApplication (offscreen is enough)
};

/**
 * Runs a command that needs LibTorch: `name` is the command ("predict", or "info" for a model
 * bundle), `args` its arguments with the program first. The rrsis executable, which does not
 * link LibTorch so that the other commands start fast, hands these to rrsis-ml;
 * installModelCommands() (rrsis_cli_model) runs them in this process.
 */
using ModelCommandRunner = std::function<int(const QString& name, const QStringList& args)>;
void setModelCommandRunner(ModelCommandRunner runner);
/** The runner's exit code, or 1 with a message when no runner is set. */
int runModelCommand(const QString& name, const QStringList& args);

/** Every command, in the order of the usage text. */
const std::vector<Command>& commands();

/**
 * The command named by the first words of `args` after the program name (the longest
 * match), and in `*words` how many words it took; null when none matches.
 */
const Command* findCommand(const QStringList& args, int* words);

/**
 * Runs a whole command line in this process: `args[0]` is the program, then the command's
 * words and its options, as in argv. Returns the exit code: the command's, or 2 with the
 * usage text for no or an unknown command ("rrsis project" lists the project commands), 0
 * for --version. Needs a QCoreApplication, a QGuiApplication for a command with needsGui.
 * Output goes through printOut / printErr (cli_common.h), so tests can capture it.
 */
int runCli(const QStringList& args);

}  // namespace rrsis::cli
