// Helpers shared by the commands of the rrsis CLI: output, argument and number parsing, progress.
#include "cli_common.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRect>

namespace rrsis::cli {

namespace {

OutputSink& sink() {
  static OutputSink s;
  return s;
}

}  // namespace

void setOutputSink(OutputSink s) { sink() = std::move(s); }

void printOut(const QString& text) {
  if (sink()) return sink()(text, false);
  std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
  std::fflush(stdout);  // progress goes to stderr: keep the two in order
}

void printErr(const QString& text) {
  if (sink()) return sink()(text, true);
  std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

int parseArguments(QCommandLineParser& p, const QStringList& args) {
  if (!p.parse(args)) {
    printErr(CliText::tr("%1: %2").arg(args.value(0, QStringLiteral("rrsis")), p.errorText()));
    return 2;
  }
  if (p.isSet(QStringLiteral("help"))) {
    printOut(p.helpText().trimmed());
    return 0;
  }
  return -1;
}

int projectFailure(const QString& command, const QString& message, int code) {
  printErr(CliText::tr("rrsis project %1: %2").arg(command, message));
  return code;
}

bool parseInt(const QString& text, int lo, int hi, int* out) {
  bool ok = false;
  const int v = text.toInt(&ok);
  if (!ok || v < lo || v > hi) return false;
  *out = v;
  return true;
}

bool parseDouble(const QString& text, double lo, double hi, double* out) {
  bool ok = false;
  const double v = text.toDouble(&ok);
  if (!ok || !(v >= lo) || !(v <= hi)) return false;
  *out = v;
  return true;
}

bool parseSeed(const QString& text, unsigned long long* out) {
  if (text.trimmed().startsWith(QLatin1Char('-')) || text.trimmed().startsWith(QLatin1Char('+')))
    return false;  // not a seed, whatever the conversion makes of it
  bool ok = false;
  const qulonglong v = text.toULongLong(&ok);
  if (!ok) return false;
  *out = v;
  return true;
}

bool parseAoi(const QString& text, QRect* out) {
  const QStringList parts = text.split(QLatin1Char(','));
  if (parts.size() != 4) return false;
  int v[4];
  for (int i = 0; i < 4; ++i) {
    bool ok = false;
    v[i] = parts[i].trimmed().toInt(&ok);
    if (!ok) return false;
  }
  if (v[0] < 0 || v[1] < 0 || v[2] <= 0 || v[3] <= 0) return false;
  *out = QRect(v[0], v[1], v[2], v[3]);
  return true;
}

/** A one-line progress bar with an ETA on stderr. */
void drawProgress(int done, int total, double etaSeconds, const QString& label) {
  // On a terminal the bar is redrawn in place. Into a log (a file, a pipe) it is a whole line
  // every few seconds and at the end, so the log stays readable.
  using Clock = std::chrono::steady_clock;
  static const bool terminal = ::isatty(::fileno(stderr)) == 1;
  static Clock::time_point lastLine;
  static bool printed = false;
  const bool last = done >= total;
  if (!terminal && printed && !last && Clock::now() - lastLine < std::chrono::seconds(5)) return;
  const int width = label.isEmpty() ? 30 : 16;  // a labelled line still fits 80 columns
  const int filled = total > 0 ? std::min(width, done * width / total) : width;
  const int eta = int(std::max(0.0, etaSeconds));
  std::fprintf(stderr, "%s%s[%s%s] %3d %% %d/%d", terminal ? "\r" : "", qPrintable(label),
               std::string(size_t(filled), '#').c_str(), std::string(size_t(width - filled), ' ').c_str(),
               total > 0 ? done * 100 / total : 100, done, total);
  if (etaSeconds >= 0) std::fprintf(stderr, "  ETA %d:%02d:%02d ", eta / 3600, eta / 60 % 60, eta % 60);
  if (last || !terminal) std::fputc('\n', stderr);
  std::fflush(stderr);
  lastLine = Clock::now();
  printed = !last;  // the next bar starts with a line of its own
}

}  // namespace rrsis::cli
