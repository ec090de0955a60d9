// The studio's model engine module (app/engine), loaded the way the studio loads it: this test
// links no LibTorch, so everything model-related it does goes through the module.
#include <atomic>
#include <thread>

#include <QFile>
#include <QLibraryInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/core.hpp>

#include "engineloader.h"

using namespace rrsis;
using namespace rrsis::ui;

namespace {

/** Whether a library whose file name starts with `prefix` is mapped into this process. */
bool isMapped(const QByteArray& prefix) {
  QFile maps(QStringLiteral("/proc/self/maps"));
  if (!maps.open(QIODevice::ReadOnly)) return false;
  for (const QByteArray& line : maps.readAll().split('\n')) {
    const int slash = line.lastIndexOf('/');
    if (slash >= 0 && line.mid(slash + 1).startsWith(prefix)) return true;
  }
  return false;
}

}  // namespace

class TestEngineLoader : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void module_loadsInTheBackground_andRunsAModel() {
    QVERIFY2(!isMapped("libtorch"), "LibTorch was loaded before the engine was asked for");
    EngineLoader loader({QStringLiteral(RRSIS_ENGINE_MODULE_PATH)});
    QSignalSpy loaded(&loader, &EngineLoader::loaded);
    QCOMPARE(loader.engine(), nullptr);
    loader.start();
    auto engine = loader.wait();
    QVERIFY2(engine.ok(), qPrintable(engine.error()));
    QVERIFY(*engine != nullptr);
    QCOMPARE(loader.engine(), *engine);
    QVERIFY(loader.loadSeconds() > 0);
    QVERIFY(loaded.wait(5000) || loaded.count() == 1);
    QVERIFY(isMapped("libtorch"));

    SegmenterOptions options;
    options.forceCpu = true;
    options.threads = 1;
    auto segmenter = (*engine)->loadSegmenter(QStringLiteral(RRSIS_TEST_BUNDLE), options);
    QVERIFY2(segmenter.ok(), qPrintable(segmenter.error()));
    QCOMPARE((*segmenter)->info().device, QStringLiteral("CPU"));
    QCOMPARE((*segmenter)->info().threads, 1);  // the loading thread's count, as asked
    auto text = (*segmenter)->encode(QStringLiteral("red"));
    QVERIFY2(text.ok(), qPrintable(text.error()));
    // The bundle's network finds red pixels: left half red, right half green.
    cv::Mat rgb(64, 64, CV_8UC3, cv::Scalar(20, 200, 30));
    rgb(cv::Rect(0, 0, 32, 64)).setTo(cv::Scalar(220, 20, 30));
    auto probabilities = (*segmenter)->predict(rgb, *text);
    QVERIFY2(probabilities.ok(), qPrintable(probabilities.error()));
    QVERIFY(probabilities->at<float>(32, 8) > 0.5f);
    QVERIFY(probabilities->at<float>(32, 56) < 0.5f);
    // A broken bundle is the engine's error message, not a crash.
    auto missing = (*engine)->loadSegmenter(QStringLiteral("/nonexistent.rrsismodel"), options);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(QStringLiteral("nonexistent")), qPrintable(missing.error()));
    (*engine)->releaseCachedMemory();
  }

  void missingModule_isAnErrorNamingEveryPlaceTried() {
    EngineLoader loader(
        {QStringLiteral("/nonexistent/a/librrsis-engine.so"), QStringLiteral("/nonexistent/b/librrsis-engine.so")});
    QSignalSpy failed(&loader, &EngineLoader::failed);
    auto engine = loader.wait();
    QVERIFY(!engine.ok());
    QVERIFY2(engine.error().contains(QStringLiteral("/nonexistent/a/")), qPrintable(engine.error()));
    QVERIFY2(engine.error().contains(QStringLiteral("/nonexistent/b/")), qPrintable(engine.error()));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.front().front().toString(), engine.error());
    QCOMPARE(loader.engine(), nullptr);
    // Asking again gives the same answer at once.
    QCOMPARE(loader.wait().error(), engine.error());
  }

  void fileThatIsNoModule_isRefused_andTheNextOneTried() {
    QTemporaryDir dir;
    QFile text(dir.filePath(QStringLiteral("librrsis-engine.so")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not an ELF file\n");
    text.close();
    // A real shared library without the engine's entry point.
    const QString qtCore = QLibraryInfo::path(QLibraryInfo::LibrariesPath) + QStringLiteral("/libQt6Core.so.6");
    QVERIFY(QFile::exists(qtCore));
    EngineLoader loader({text.fileName(), qtCore});
    auto engine = loader.wait();
    QVERIFY(!engine.ok());
    QVERIFY2(engine.error().contains(text.fileName()), qPrintable(engine.error()));
    QVERIFY2(engine.error().contains(QStringLiteral("rrsis_create_model_engine")), qPrintable(engine.error()));
  }

  void withoutAutoStart_waitBlocksUntilTheLoadIsStarted() {
    EngineLoader loader({QStringLiteral("/nonexistent/librrsis-engine.so")});
    loader.setAutoStart(false);
    std::atomic<bool> returned{false};
    QString error;
    std::thread worker([&] {
      error = loader.wait().error();
      returned = true;
    });
    QTest::qWait(300);
    const bool returnedEarly = returned.load();
    loader.start();
    worker.join();
    QVERIFY(!returnedEarly);
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/librrsis-engine.so")), qPrintable(error));
  }

  void installedEngine_isUsedWithoutAModule() {
    struct NoEngine : ModelEngine {
      Result<std::unique_ptr<Segmenter>> loadSegmenter(const QString&, const SegmenterOptions&) override {
        return Result<std::unique_ptr<Segmenter>>::failure(QStringLiteral("no models here"));
      }
      Result<TrainSummary> train(const TrainOptions&, const std::function<bool(const TrainProgress&)>&) override {
        return Result<TrainSummary>::failure(QStringLiteral("no training here"));
      }
      void releaseCachedMemory() override {}
    };
    EngineLoader loader({QStringLiteral("/nonexistent/librrsis-engine.so")});
    loader.install(std::make_unique<NoEngine>());
    auto engine = loader.wait();
    QVERIFY(engine.ok());
    QCOMPARE((*engine)->loadSegmenter(QString(), {}).error(), QStringLiteral("no models here"));
  }
};

QTEST_GUILESS_MAIN(TestEngineLoader)
#include "tst_engineloader.moc"
