// rrsis and rrsis-ml: the command-line face of RRSIS Studio's core. The commands live in
// app/cli; this is the process around them. rrsis (built without RRSIS_MODEL_ENGINE) links no
// LibTorch and execs rrsis-ml, built from this same file, for the commands that run a model.
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStringList>

#include "cli_common.h"
#include "clicommands.h"
#ifdef RRSIS_MODEL_ENGINE
#include "modelcommands.h"
#endif

namespace {

/** Drops the offscreen platform's start-up notice about XDG_RUNTIME_DIR; passes the rest on. */
void quietGuiStartup(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  if (message.contains(QLatin1String("XDG_RUNTIME_DIR"))) return;
  std::fputs(qPrintable(qFormatLogMessage(type, context, message) + QLatin1Char('\n')), stderr);
}

#ifndef RRSIS_MODEL_ENGINE
/** Replaces this process by rrsis-ml with the same arguments; returns only on failure. */
int execModelEngine(char** argv) {
  const QString dir = QCoreApplication::applicationDirPath();
  const QStringList candidates{dir + QStringLiteral("/rrsis-ml"), dir + QStringLiteral("/../lib/rrsis/rrsis-ml")};
  for (const QString& path : candidates) {
    if (!QFileInfo(path).isExecutable()) continue;
    const QByteArray file = QFile::encodeName(path);
    ::execv(file.constData(), argv);
    rrsis::cli::printErr(rrsis::cli::CliText::tr("rrsis: cannot start the model engine %1: %2")
                             .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
    return 1;
  }
  rrsis::cli::printErr(rrsis::cli::CliText::tr("rrsis: this command runs a model, but the model engine "
                                               "(rrsis-ml) is not installed; looked for %1")
                           .arg(QDir::toNativeSeparators(candidates.join(QStringLiteral(", ")))));
  return 1;
}
#endif

}  // namespace

int main(int argc, char** argv) {
  // A file-size limit makes writes fail with EFBIG (reported, nothing half-written) instead of
  // killing the process.
  std::signal(SIGXFSZ, SIG_IGN);
  QStringList raw;
  for (int i = 0; i < argc; ++i) raw << QString::fromLocal8Bit(argv[i]);
  int words = 0;
  const rrsis::cli::Command* command = rrsis::cli::findCommand(raw, &words);
  // The command's words become the program name, so "rrsis predict --help" says "rrsis predict".
  std::string program = "rrsis";
  if (command) program += std::string(" ") + command->name;
  std::vector<char*> arguments{program.data()};
  for (int i = 1 + words; i < argc; ++i) arguments.push_back(argv[i]);
  int count = int(arguments.size());
#ifdef RRSIS_MODEL_ENGINE
  rrsis::cli::installModelCommands();
  const bool engine = true;
#else
  rrsis::cli::setModelCommandRunner([argv](const QString&, const QStringList&) { return execModelEngine(argv); });
  const bool engine = false;
#endif
  // A command that draws text into images needs a QGuiApplication (offscreen: no display);
  // rrsis leaves that to rrsis-ml when the command runs a model.
  const bool gui = command && command->needsGui && (engine || command->run);
  if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  if (gui) qInstallMessageHandler(quietGuiStartup);
  std::unique_ptr<QCoreApplication> application = gui ? std::make_unique<QGuiApplication>(count, arguments.data())
                                                      : std::make_unique<QCoreApplication>(count, arguments.data());
  QCoreApplication::setApplicationName(QStringLiteral("rrsis"));
  QCoreApplication::setApplicationVersion(QStringLiteral(RRSIS_VERSION));
  // The arguments as the application kept them (Qt's own options removed), after the command's words.
  QStringList args = raw.mid(0, 1 + words);
  args += QCoreApplication::arguments().mid(1);
  return rrsis::cli::runCli(args);
}
