// rrsis: the command-line face of RRSIS Studio's core. The commands live in app/cli
// (rrsis_cli); this is the process around them.
#include <csignal>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

#include "clicommands.h"

namespace {

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
  // A command that draws text into images needs a QGuiApplication (offscreen: no display).
  const bool gui = command && command->needsGui;
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
