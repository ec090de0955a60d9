// bench_inference: query latency of the compact network (native C++ and a TorchScript export
// of the same weights, side by side with the same module run from Python), the longest GUI
// stall while queries run in the studio, and tiled throughput over a 10000 x 10000 region.
// Prints tables; asserts nothing.
#include <algorithm>
#include <ctime>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <numeric>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include "engineloader.h"
#include "nativemodelengine.h"
#include "inference/queryrunner.h"
#include "engine/segmentationnetwork.h"
#include "model/segmenter.h"
#include "nets/compactnet.h"
#include "nets/device.h"
#include "nets/safetensors.h"
#include "nets/statedict.h"
#include "raster/scene.h"
#include "synth/scenesynthesizer.h"
#include "inferenceservice.h"
#include "mainwindow.h"
#include "querycontroller.h"
#include "tiledview.h"
#include "util/processmemory.h"
#include "engine/nativesegmenter.h"

using namespace rrsis;

namespace {

constexpr int kThreads = 2;
constexpr int kRuns = 20;
constexpr int kInput = 480;
const char* kPython = "/usr/bin/python3";

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

long residentKb(const char* key) {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind(key, 0) == 0) return std::stol(line.substr(std::strlen(key)));
  return 0;
}

/** A vocabulary of 1000 entries: BERT's special tokens, then words and word pieces. */
void writeVocab(const QString& path) {
  QFile f(path);
  f.open(QIODevice::WriteOnly);
  for (const char* s : {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"}) f.write(QByteArray(s) + '\n');
  const char* words[] = {"the",     "a",    "red",   "white",    "black",      "blue",    "car",   "truck",
                         "van",     "bus",  "road",  "building", "tree",       "trees",   "water", "on",
                         "of",      "left", "right", "top",      "bottom",     "near",    "along", "beside",
                         "parking", "lot",  "roof",  "low",      "vegetation", "sidewalk"};
  int n = 5;
  for (const char* w : words) f.write(QByteArray(w) + '\n'), ++n;
  for (; n < 1000; ++n) f.write(QByteArray("w") + QByteArray::number(n) + '\n');
}

QString makeCompactBundle(const QString& dir) {
  const QString bundle = dir + "/compact-bench.rrsismodel";
  QDir().mkpath(bundle);
  nets::CompactOptions o;
  o.vocabSize = 1000;
  torch::manual_seed(3);
  nets::CompactNet net(o);
  std::string error;
  nets::writeSafetensors((bundle + "/weights.safetensors").toStdString(), nets::stateDict(*net), {}, &error);
  writeVocab(bundle + "/vocab.txt");
  QJsonObject m{{"format", "rrsis-model/1"},
                {"name", "compact (random weights, benchmark)"},
                {"architecture", "compact"},
                {"weights", "weights.safetensors"},
                {"config", compactConfigToJson(o)},
                {"input", QJsonObject{{"size", QJsonArray{kInput, kInput}}}},
                {"text", QJsonObject{{"tokenizer", "wordpiece"}, {"vocab", "vocab.txt"}, {"max_tokens", 20}}},
                {"output", QJsonObject{{"kind", "logits2"}, {"threshold", 0.5}}},
                {"ground_sample_distance_m", 0.13}};
  QFile mf(bundle + "/model.json");
  mf.open(QIODevice::WriteOnly);
  mf.write(QJsonDocument(m).toJson());
  return bundle;
}

QString runPython(const QStringList& args, bool* ok) {
  QProcess p;
  p.start(QString::fromLatin1(kPython), args);
  *ok = p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
  if (!*ok) std::fprintf(stderr, "python failed: %s\n", p.readAllStandardError().constData());
  return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

void latencySection(const QString& work, const QString& sourceDir, QString* bundleOut) {
  const QString bundle = makeCompactBundle(work);
  *bundleOut = bundle;
  const QString ts = work + "/compact-bench.ts";
  bool ok = false;
  runPython({sourceDir + "/scripts/compact_net.py", "export", bundle, ts}, &ok);
  const QString tsBundle = work + "/compact-bench-ts.rrsismodel";
  QDir().mkpath(tsBundle);
  QFile::remove(tsBundle + "/model.ts");
  QFile::remove(tsBundle + "/vocab.txt");
  QFile::copy(ts, tsBundle + "/model.ts");
  QFile::copy(bundle + "/vocab.txt", tsBundle + "/vocab.txt");
  QJsonObject m = QJsonDocument::fromJson([&] {
                    QFile f(bundle + "/model.json");
                    f.open(QIODevice::ReadOnly);
                    return f.readAll();
                  }())
                      .object();
  m["architecture"] = "torchscript";
  m.remove("weights");
  m.remove("config");
  m["module"] = "model.ts";
  QFile mf(tsBundle + "/model.json");
  mf.open(QIODevice::WriteOnly);
  mf.write(QJsonDocument(m).toJson());
  mf.close();

  SegmenterOptions options;
  options.forceCpu = true;
  options.threads = kThreads;
  auto native = loadSegmenter(bundle, options);
  if (!native) {
    std::fprintf(stderr, "%s\n", qPrintable(native.error()));
    return;
  }
  std::printf("compact network: %lld parameters, %.1f MB of fp32 weights, %d intra-op threads\n",
              static_cast<long long>((*native)->info().parameters), (*native)->info().parameters * 4 / 1048576.0,
              (*native)->info().threads);
  // A typical view-sized region: 1280 x 800 RGB, squashed to 480 x 480.
  cv::Mat region(800, 1280, CV_8UC3);
  cv::randu(region, 0, 255);
  cv::GaussianBlur(region, region, cv::Size(9, 9), 3);
  auto text = (*native)->encode("the white car on the left of the road");
  cv::Mat nativeOut, tsOut;
  auto scripted = ok ? loadSegmenter(tsBundle, options) : Result<std::unique_ptr<Segmenter>>::failure("no export");
  if (!scripted) std::printf("(no TorchScript export: %s)\n", qPrintable(scripted.error()));
  // The three paths run interleaved, one query each per round, so that the machine's drift
  // (other load, frequency) affects them alike. Python runs the same module in its own
  // process, driven through a pipe; it reports its forward time only.
  QProcess python;
  if (scripted) {
    python.start(QString::fromLatin1(kPython), {sourceDir + "/scripts/compact_net.py", "serve", ts,
                                                QString::number(kInput), QString::number(kThreads), "20"});
    python.waitForStarted();
  }
  auto pythonRun = [&]() -> double {
    python.write("run\n");
    if (!python.waitForReadyRead(60000)) return 0;
    return python.readLine().trimmed().toDouble();
  };
  std::vector<double> nPre, nFwd, nPost, nTot, tPre, tFwd, tPost, tTot, pFwd;
  // Blocks of 5 queries per path, 4 rounds: each path runs alone (OpenMP threads of one
  // path spinning would slow the other down), yet drift affects all three alike.
  auto pause = [] { QThread::msleep(300); };
  for (int round = 0; round < kRuns / 5; ++round) {
    for (int i = 0; i < 5 + (round == 0 ? 3 : 0); ++i) {
      PredictTiming a;
      auto pa = (*native)->predict(region, *text, &a);
      if (!pa || (round == 0 && i < 3)) continue;
      nPre.push_back(a.preprocessMs), nFwd.push_back(a.forwardMs), nPost.push_back(a.postprocessMs),
          nTot.push_back(a.totalMs());
      nativeOut = *pa;
    }
    pause();
    for (int i = 0; scripted && i < 5 + (round == 0 ? 3 : 0); ++i) {
      PredictTiming b;
      auto pb = (*scripted)->predict(region, *text, &b);
      if (!pb || (round == 0 && i < 3)) continue;
      tPre.push_back(b.preprocessMs), tFwd.push_back(b.forwardMs), tPost.push_back(b.postprocessMs),
          tTot.push_back(b.totalMs());
      tsOut = *pb;
    }
    pause();
    for (int i = 0; scripted && i < 5 + (round == 0 ? 3 : 0); ++i) {
      const double py = pythonRun();
      if (py > 0 && !(round == 0 && i < 3)) pFwd.push_back(py);
    }
    pause();
  }
  python.closeWriteChannel();
  python.waitForFinished(10000);
  std::printf(
      "\nper-query latency, %dx%d model input from a 1280x800 region, CPU, %d threads, median of %d interleaved runs "
      "(ms)\n",
      kInput, kInput, kThreads, kRuns);
  std::printf("%-34s %8s %8s %8s %8s\n", "path", "pre", "forward", "post", "total");
  std::printf("%-34s %8.2f %8.2f %8.2f %8.2f\n", "C++ native compact (core/nets)", median(nPre), median(nFwd),
              median(nPost), median(nTot));
  if (!scripted) return;
  std::printf("%-34s %8.2f %8.2f %8.2f %8.2f\n", "C++ TorchScript export", median(tPre), median(tFwd), median(tPost),
              median(tTot));
  if (!pFwd.empty())
    std::printf("%-34s %8s %8.2f %8s %8s\n", "Python TorchScript (same module)", "-", median(pFwd), "-", "-");
  std::printf("forward, C++ TorchScript / Python: %.2f; C++ native / Python: %.2f (below 1: C++ is faster)\n",
              pFwd.empty() ? 0.0 : median(tFwd) / median(pFwd), pFwd.empty() ? 0.0 : median(nFwd) / median(pFwd));
  cv::Mat a = nativeOut > 0.5, b = tsOut > 0.5;
  double lo = 0, hi = 0;
  cv::minMaxLoc(nativeOut, &lo, &hi);
  std::printf("native probabilities range %.3f..%.3f, mean %.3f\n", lo, hi, cv::mean(nativeOut)[0]);
  std::printf("native vs TorchScript: max |p difference| %.2e, mask agreement %.4f %%\n",
              cv::norm(nativeOut, tsOut, cv::NORM_INF), 100.0 * (1.0 - cv::countNonZero(a != b) / double(a.total())));
}

void guiSection(const QString& bundle, const QString& sourceDir) {
  ui::MainWindow window;
  window.setQuietErrors(true);
  window.resize(1600, 1000);
  window.show();
  QSignalSpy opened(&window, &ui::MainWindow::sceneOpened);
  window.openFile(sourceDir + "/resources/sample_scene.tif");
  opened.wait(30000);
  QSignalSpy ready(window.queryController(), &ui::QueryController::modelReady);
  window.openModel(bundle);
  ready.wait(60000);
  QSignalSpy done(window.queryController(), &ui::QueryController::queryDone);
  QObject::connect(window.queryController(), &ui::QueryController::queryDone, [](int id, const QString& m) {
    if (id == 0) std::fprintf(stderr, "query failed: %s\n", qPrintable(m));
  });

  // Probe: a 2 ms timer; a late tick is time the GUI thread could not answer.
  QElapsedTimer clock;
  clock.start();
  qint64 last = clock.elapsed(), worst = 0;
  std::vector<double> gaps;
  auto cpuMs = [] {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
  };
  double lastCpu = cpuMs(), worstCpu = 0;
  QTimer probe;
  probe.setInterval(2);
  QObject::connect(&probe, &QTimer::timeout, [&] {
    const qint64 now = clock.elapsed();
    gaps.push_back(double(now - last));
    const double cpu = cpuMs();
    if (now - last > worst) worstCpu = cpu - lastCpu;
    worst = std::max(worst, now - last);
    last = now;
    lastCpu = cpu;
  });
  auto runAll = [&](const QStringList& texts, ui::QueryBar::Scope scope) {
    for (const QString& t : texts) {
      last = clock.elapsed();
      lastCpu = cpuMs();
      probe.start();
      window.queryController()->run(t, scope);
      done.wait(600000);
      // Let the layer paint, as a user would see it.
      QElapsedTimer settle;
      settle.start();
      while (settle.elapsed() < 100) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
      probe.stop();
    }
  };
  {  // Baseline: the same probe with nothing running.
    last = clock.elapsed();
    probe.start();
    QElapsedTimer idle;
    idle.start();
    while (idle.elapsed() < 1000) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    probe.stop();
    std::printf("\nidle baseline: longest gap %lld ms over %zu ticks\n", static_cast<long long>(worst), gaps.size());
    worst = 0;
    gaps.clear();
  }
  runAll({"the white car", "road along the water", "building on the left", "trees near the water", "the red car",
          "low vegetation", "the truck", "sidewalk"},
         ui::QueryBar::Scope::View);
  const double viewWorst = double(worst);
  std::vector<double> viewGaps = gaps;
  worst = 0;
  gaps.clear();
  runAll({"the building"}, ui::QueryBar::Scope::WholeScene);
  std::sort(viewGaps.begin(), viewGaps.end());
  std::printf("\nGUI event-loop stalls while queries run (studio window 1600x1000, 2 ms probe timer)\n");
  std::printf("8 view queries:            longest gap %.0f ms, p99 %.0f ms (%zu ticks)\n", viewWorst,
              viewGaps.empty() ? 0.0 : viewGaps[size_t(viewGaps.size() * 0.99)], viewGaps.size());
  std::printf("whole-scene tiled query:   longest gap %.0f ms (%zu ticks)\n", double(worst), gaps.size());
  std::printf("GUI thread CPU time within the longest gap: %.1f ms (the rest it was waiting for a core)\n", worstCpu);
}

void tiledSection(const QString& bundle, const QString& work) {
  const QString scene = work + "/scene10k.tif";
  if (!QFile::exists(scene)) {
    QElapsedTimer t;
    t.start();
    SceneSynthesizer synth(11);
    auto st = SceneSynthesizer::writeGeoTiff(synth.generate(10000, 10000), scene, 85);
    if (!st) {
      std::fprintf(stderr, "%s\n", qPrintable(st.error()));
      return;
    }
    std::printf("\nwrote %s in %.1f s\n", qPrintable(scene), t.elapsed() / 1000.0);
  }
  auto content = loadSceneContent(scene, StretchDefaults{});
  SegmenterOptions options;
  options.forceCpu = true;
  options.threads = kThreads;
  auto segmenter = loadSegmenter(bundle, options);
  if (!content || !segmenter) return;
  QueryRequest q;
  q.expression = "the building";
  q.region = QRect(0, 0, 10000, 10000);
  q.tiled = true;
  const long before = residentKb("VmRSS:");
  QElapsedTimer t;
  t.start();
  auto out = runQuery(*content->source, content->mapping, **segmenter, q, [](int done, int total) {
    if (done % 50 == 0 || done == total) std::fprintf(stderr, "\r%d / %d windows", done, total);
    return true;
  });
  std::fputc('\n', stderr);
  if (!out) {
    std::fprintf(stderr, "%s\n", qPrintable(out.error()));
    return;
  }
  const double s = t.elapsed() / 1000.0;
  std::printf(
      "\ntiled mode over 10000x10000 (compact, %dx%d windows at the model's 0.13 m = source scale, 25 %% overlap, "
      "batch 4, %d threads)\n",
      kInput, kInput, kThreads);
  std::printf("%d windows in %.1f s: %.2f megapixels/s; per window: read+pre %.1f ms, forward %.1f ms, post %.1f ms\n",
              out->windows, s, 100.0 / s, out->timing.preprocessMs / out->windows, out->timing.forwardMs / out->windows,
              out->timing.postprocessMs / out->windows);
  std::printf("resident memory: %.0f MB before, %.0f MB after (output map %.0f MB)\n", before / 1024.0,
              residentKb("VmRSS:") / 1024.0, out->map.bytes() / 1048576.0);
}

/** Times every event the GUI thread handles, so the longest ones can be named. */
class TimedApplication : public QApplication {
 public:
  using QApplication::QApplication;
  bool notify(QObject* receiver, QEvent* event) override {
    if (QThread::currentThread() != thread() || depth_ > 0) return QApplication::notify(receiver, event);
    ++depth_;
    QElapsedTimer t;
    t.start();
    const bool r = QApplication::notify(receiver, event);
    const double ms = t.nsecsElapsed() / 1e6;
    --depth_;
    if (recording && ms > 10)
      slow.push_back({ms, QStringLiteral("%1 to %2").arg(int(event->type())).arg(receiver->metaObject()->className())});
    return r;
  }
  bool recording = false;
  std::vector<std::pair<double, QString>> slow;

 private:
  int depth_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  configureProcessMemory();
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  TimedApplication app(argc, argv);
  QCoreApplication::setOrganizationName("RRSIS Studio bench");
  // The engine linked in, as the studio has it once its module has loaded.
  rrsis::ui::EngineLoader::instance().install(std::make_unique<rrsis::ui::NativeModelEngine>());
  const QString work = QDir::tempPath() + "/rrsis-bench";
  QDir().mkpath(work);
  const QStringList args = app.arguments();
  const bool all = args.size() == 1;
  std::printf("%s\n", nets::torchBuildSummary().c_str());
  QString bundle;
  latencySection(work, QStringLiteral(RRSIS_SOURCE_DIR), &bundle);
  if (all || args.contains("--gui")) {
    app.recording = true;
    guiSection(bundle, QStringLiteral(RRSIS_SOURCE_DIR));
    app.recording = false;
    std::sort(app.slow.rbegin(), app.slow.rend());
    std::printf("GUI-thread events over 10 ms during the queries: %zu\n", app.slow.size());
    for (size_t i = 0; i < std::min<size_t>(5, app.slow.size()); ++i)
      std::printf("  %.1f ms: event %s\n", app.slow[i].first, qPrintable(app.slow[i].second));
  }
  if (all || args.contains("--tiled")) tiledSection(bundle, work);
  std::printf("\npeak resident memory (VmHWM): %.0f MB\n", residentKb("VmHWM:") / 1024.0);
  return 0;
}
