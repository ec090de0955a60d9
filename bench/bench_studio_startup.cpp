// Studio start-up benchmark: when the window, the first tiles, the model engine (LibTorch) and
// the model are there, from exec, for the studio as it starts now (the engine module loads on a
// background thread after the window is up) side by side with a reference run that loads the
// engine before the window (RRSIS_ENGINE_FIRST=1), as the studio did when it linked LibTorch.
// Each round runs both, one after the other (never at the same time, PLATFORM_NOTES §8), offscreen,
// with the studio's --startup-trace, which prints each step on stderr and quits after the last.
// Run: bench_studio_startup [scene] [bundle] [rounds] (default: the aerial sample and model, 7).
#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

namespace {

const QStringList kSteps = {QStringLiteral("window"), QStringLiteral("tiles"), QStringLiteral("engine"),
                            QStringLiteral("model")};

struct Subject {
  QString label;
  bool engineFirst;
  std::map<QString, std::vector<double>> seconds;  // by step
};

/**
 * One start of the studio, with settings and data of its own (no recent files, no recovery
 * journal): seconds from exec to each step; empty when a step never came.
 */
std::map<QString, double> runOnce(const QStringList& args, bool engineFirst) {
  QTemporaryDir temporary;
  const QString home = temporary.path();
  QProcess studio;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qpa.*=false"));
  env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
  env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
  env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
  if (engineFirst) env.insert(QStringLiteral("RRSIS_ENGINE_FIRST"), QStringLiteral("1"));
  studio.setProcessEnvironment(env);
  studio.setStandardOutputFile(QProcess::nullDevice());
  studio.setReadChannel(QProcess::StandardError);
  std::map<QString, double> at;
  QElapsedTimer clock;
  clock.start();
  studio.start(QStringLiteral(RRSIS_STUDIO), args);
  const QByteArray prefix = "rrsis-studio: startup: ";
  QByteArray pending;
  while (studio.state() != QProcess::NotRunning || studio.bytesAvailable() > 0) {
    studio.waitForReadyRead(100);
    const double now = clock.nsecsElapsed() / 1e9;
    pending += studio.readAll();
    for (int nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
      const QByteArray line = pending.left(nl).trimmed();
      pending.remove(0, nl + 1);
      if (line.startsWith(prefix)) at[QString::fromUtf8(line.mid(prefix.size()))] = now;
    }
    if (clock.elapsed() > 120000) {
      studio.kill();
      break;
    }
    if (studio.state() == QProcess::NotRunning && studio.bytesAvailable() == 0) break;
  }
  studio.waitForFinished(5000);
  for (const QString& step : kSteps)
    if (!at.count(step)) {
      std::fprintf(stderr, "bench_studio_startup: no '%s' step (exit %d)\n", qPrintable(step), studio.exitCode());
      return {};
    }
  return at;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QStringList a = app.arguments();
  const QString scene = a.size() > 1 ? a[1] : QStringLiteral(RRSIS_SOURCE_DIR "/resources/aerial_sample.tif");
  const QString bundle = a.size() > 2 ? a[2] : QStringLiteral(RRSIS_SOURCE_DIR "/resources/aerial.rrsismodel");
  const int rounds = a.size() > 3 ? std::max(1, a[3].toInt()) : 7;
  std::vector<Subject> subjects = {{QStringLiteral("engine module after the window (now)"), false, {}},
                                   {QStringLiteral("engine before the window (reference)"), true, {}}};
  const QStringList args = {QStringLiteral("--startup-trace"), scene, QStringLiteral("--model"), bundle};
  runOnce(args, false);  // warms the file cache; not counted
  for (int r = 0; r < rounds; ++r)
    for (Subject& s : subjects) {
      const auto at = runOnce(args, s.engineFirst);
      if (at.empty()) return 1;
      for (const auto& [step, seconds] : at) s.seconds[step].push_back(seconds);
    }
  std::printf("Studio start-up, seconds from exec (median of %d rounds), scene %s, model %s\n", rounds,
              qPrintable(scene), qPrintable(bundle));
  std::printf("%-40s %8s %8s %8s %8s\n", "", "window", "tiles", "engine", "model");
  for (const Subject& s : subjects) {
    std::printf("%-40s", qPrintable(s.label));
    for (const QString& step : kSteps) std::printf(" %8.3f", median(s.seconds.at(step)));
    std::printf("\n");
  }
  return 0;
}
