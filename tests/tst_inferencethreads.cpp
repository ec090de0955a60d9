// The studio's inference service and its worker thread without LibTorch: a colour-rule model
// (colourrulesegmenter.h) behind the studio's ModelEngine, so that these paths (queueing,
// superseding, cancelling, the result cache, shutting down mid-query) also run under the
// sanitizer builds, ThreadSanitizer included. tst_inferenceservice runs them with LibTorch.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "colourrulesegmenter.h"
#include "engineloader.h"
#include "inferenceservice.h"
#include "raster/scene.h"
#include "testrasters.h"

using namespace rrsis;
using namespace rrsis::test;
using namespace rrsis::ui;

namespace {

bool inRed(int x, int y) { return x >= 100 && x < 300 && y >= 80 && y < 240; }

/** Makes colour-rule models: "rule" answers at once, "slow rule" takes 30 ms a window. */
class RuleEngine : public ModelEngine {
 public:
  explicit RuleEngine(QString folder) : folder_(std::move(folder)) {}
  Result<std::unique_ptr<Segmenter>> loadSegmenter(const QString& bundle, const SegmenterOptions&) override {
    if (bundle == QLatin1String("rule")) return makeColourRuleSegmenter(folder_);
    if (bundle == QLatin1String("slow rule")) return makeColourRuleSegmenter(folder_, 30);
    return Result<std::unique_ptr<Segmenter>>::failure(QStringLiteral("%1 does not exist").arg(bundle));
  }
  Result<TrainSummary> train(const TrainOptions&, const std::function<bool(const TrainProgress&)>&) override {
    return Result<TrainSummary>::failure(QStringLiteral("no training without LibTorch"));
  }
  void releaseCachedMemory() override {}

 private:
  QString folder_;
};

}  // namespace

class TestInferenceThreads : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  std::shared_ptr<RasterSource> source_;
  DisplayMapping mapping_;

  InferenceJob job(const QString& text, bool tiled) {
    InferenceJob j;
    j.source = source_;
    j.mapping = mapping_;
    j.sceneKey = QStringLiteral("test:1");
    j.request.expression = text;
    j.request.region = QRect(0, 0, 600, 400);
    j.request.tiled = tiled;
    return j;
  }

  static void load(InferenceService& service, const QString& bundle) {
    QSignalSpy loaded(&service, &InferenceService::modelLoaded);
    service.loadModel(bundle, {});
    QVERIFY(loaded.wait(30000));
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    EngineLoader::instance().install(std::make_unique<RuleEngine>(dir_.path()));
    RasterSpec spec;
    spec.width = 600;
    spec.height = 400;
    spec.value = [](int b, int x, int y) {
      const bool red = inRed(x, y);
      return b == 1 ? (red ? 220 : 30) : b == 2 ? (red ? 20 : 200) : (red ? 30 : 40);
    };
    const QString path = dir_.filePath("scene.tif");
    QVERIFY(writeRaster(path, spec));
    auto content = loadSceneContent(path, StretchDefaults{});
    QVERIFY(content.ok());
    source_ = content->source;
    mapping_ = content->mapping;
  }

  void query_findsTheRedBlock_thenComesFromTheCache() {
    InferenceService service;
    load(service, QStringLiteral("rule"));
    QSignalSpy finished(&service, &InferenceService::finished);
    const int id = service.submit(job(QStringLiteral("red car"), true));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toInt(), id);
    const auto outcome = finished.at(0).at(1).value<QueryOutcome>();
    const cv::Mat& p = outcome.map.probability;  // CV_8U, 255 = certain
    QVERIFY(!p.empty());
    const double sx = double(p.cols) / 600, sy = double(p.rows) / 400;
    QVERIFY(p.at<uchar>(int(160 * sy), int(200 * sx)) > 128);  // inside the red block
    QVERIFY(p.at<uchar>(int(350 * sy), int(500 * sx)) < 128);  // outside
    service.submit(job(QStringLiteral("red  car"), true));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(1).at(2).toBool(), true);
  }

  void newestRequest_supersedesTheQueued_andCancelStopsTheRunning() {
    InferenceService service;
    load(service, QStringLiteral("slow rule"));
    QSignalSpy finished(&service, &InferenceService::finished);
    QSignalSpy cancelled(&service, &InferenceService::cancelled);
    QSignalSpy progress(&service, &InferenceService::progress);
    const int a = service.submit(job(QStringLiteral("red car"), true));
    QVERIFY(progress.wait(30000));
    const int b = service.submit(job(QStringLiteral("the car"), true));
    const int c = service.submit(job(QStringLiteral("car"), true));
    service.cancel(a);
    QTRY_COMPARE_WITH_TIMEOUT(service.pendingCount(), 0, 60000);
    QList<int> done, dropped;
    for (const auto& args : finished) done << args.at(0).toInt();
    for (const auto& args : cancelled) dropped << args.at(0).toInt();
    QCOMPARE(done, QList<int>{c});
    QVERIFY(dropped.contains(a) && dropped.contains(b));
  }

  void manyRequests_fromTheGuiThread_whileTheWorkerRuns() {
    InferenceService service;
    load(service, QStringLiteral("rule"));
    QSignalSpy finished(&service, &InferenceService::finished);
    int last = 0;
    for (int i = 0; i < 20; ++i) last = service.submit(job(QStringLiteral("red car %1").arg(i % 3), i % 2 == 0));
    QTRY_COMPARE_WITH_TIMEOUT(service.pendingCount(), 0, 60000);
    QVERIFY(!finished.isEmpty());
    QCOMPARE(finished.last().at(0).toInt(), last);
  }

  void missingModel_isAMessage_andTheWorkerLivesOn() {
    InferenceService service;
    QSignalSpy failedLoad(&service, &InferenceService::modelFailed);
    service.loadModel(QStringLiteral("nowhere"), {});
    QVERIFY(failedLoad.wait(30000));
    QVERIFY(failedLoad.at(0).at(1).toString().contains(QStringLiteral("does not exist")));
    load(service, QStringLiteral("rule"));
    QVERIFY(service.hasModel());
  }

  void destroyedDuringATiledQuery_stopsPromptly() {
    auto* service = new InferenceService;
    load(*service, QStringLiteral("slow rule"));
    QSignalSpy progress(service, &InferenceService::progress);
    service->submit(job(QStringLiteral("red car"), true));
    QVERIFY(progress.wait(30000));
    delete service;  // must not hang: the worker checks between windows
  }
};

QTEST_MAIN(TestInferenceThreads)
#include "tst_inferencethreads.moc"
