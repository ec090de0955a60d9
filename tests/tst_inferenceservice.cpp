// The inference worker thread and the studio's query workflow, offscreen: loading models,
// queries with ids, superseding, cancelling, failures, cached re-runs, layers, live
// re-thresholding, and closing the window while a query runs.
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "engineloader.h"
#include "nativemodelengine.h"
#include "modelinfodialog.h"

#include "annotation/annotationdocument.h"
#include "raster/scene.h"
#include "engine/nativesegmenter.h"
#include "testmodels.h"
#include "testrasters.h"
#include "inferenceservice.h"
#include "layersdock.h"
#include "mainwindow.h"
#include "querybar.h"
#include "querycontroller.h"
#include "overlaycache.h"
#include "tiledview.h"

using namespace rrsis;
using namespace rrsis::test;
using namespace rrsis::ui;

namespace {
bool inRed(int x, int y) { return x >= 100 && x < 300 && y >= 80 && y < 240; }
}  // namespace

class TestInferenceService : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString imagePath_;
  std::shared_ptr<RasterSource> source_;
  DisplayMapping mapping_;

  InferenceJob job(const QString& text, bool tiled, QRect region = QRect(0, 0, 1200, 900)) {
    InferenceJob j;
    j.source = source_;
    j.mapping = mapping_;
    j.sceneKey = QStringLiteral("test:1");
    j.request.expression = text;
    j.request.region = region;
    j.request.tiled = tiled;
    return j;
  }

  void loadInto(InferenceService& service, const QString& module) {
    QSignalSpy loaded(&service, &InferenceService::modelLoaded);
    service.loadModel(makeTorchScriptBundle(dir_.path(), module), test::cpuOptions());
    QVERIFY(loaded.wait(30000));
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    // The engine linked in, as the studio has it once its module has loaded (tst_engineloader loads the module).
    EngineLoader::instance().install(std::make_unique<NativeModelEngine>());
    QStandardPaths::setTestModeEnabled(true);
    RasterSpec spec;
    spec.width = 1200;
    spec.height = 900;
    spec.options = {"TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256"};
    spec.value = [](int b, int x, int y) {
      const bool red = inRed(x, y);
      return b == 1 ? (red ? 220 : 30) : b == 2 ? (red ? 20 : 200) : (red ? 30 : 40);
    };
    imagePath_ = dir_.filePath("scene.tif");
    QVERIFY(writeRaster(imagePath_, spec));
    auto content = loadSceneContent(imagePath_, StretchDefaults{});
    QVERIFY(content.ok());
    source_ = content->source;
    mapping_ = content->mapping;
  }

  void service_runsAQuery_thenAnswersFromTheCache() {
    InferenceService service;
    loadInto(service, "colour_logits2.pt");
    QVERIFY(service.hasModel());
    QCOMPARE(service.modelInfo().device, QString("CPU"));
    QSignalSpy finished(&service, &InferenceService::finished);
    const int id = service.submit(job("red car", false));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toInt(), id);
    QCOMPARE(finished.at(0).at(2).toBool(), false);
    const auto outcome = finished.at(0).at(1).value<QueryOutcome>();
    QCOMPARE(outcome.map.region, QRect(0, 0, 1200, 900));
    const int id2 = service.submit(job("red  car", false));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(1).at(0).toInt(), id2);
    QCOMPARE(finished.at(1).at(2).toBool(), true);  // from the cache
    QCOMPARE(service.pendingCount(), 0);
  }

  void service_newestRequestSupersedesQueuedOnes() {
    InferenceService service;
    loadInto(service, "colour_logits2.pt");
    QSignalSpy finished(&service, &InferenceService::finished);
    QSignalSpy cancelled(&service, &InferenceService::cancelled);
    QSignalSpy progress(&service, &InferenceService::progress);
    const int a = service.submit(job("red car", true));
    QVERIFY(progress.wait(30000));  // a is running: b and c wait in the queue
    const int b = service.submit(job("the car", true));
    const int c = service.submit(job("car", false));
    QTRY_COMPARE_WITH_TIMEOUT(service.pendingCount(), 0, 60000);
    QList<int> done, dropped;
    for (const auto& args : finished) done << args.at(0).toInt();
    for (const auto& args : cancelled) dropped << args.at(0).toInt();
    QVERIFY(done.contains(c));
    QVERIFY2(dropped.contains(b), qPrintable(QStringLiteral("done %1 dropped %2 (a %3 b %4 c %5)")
                                                 .arg(QString::number(done.size()), QString::number(dropped.size()))
                                                 .arg(a)
                                                 .arg(b)
                                                 .arg(c)));  // queued behind a and superseded by c
    QVERIFY(!done.contains(b));
    QVERIFY(done.contains(a));  // the running request is not superseded
  }

  void service_cancel_stopsATiledQuery() {
    InferenceService service;
    loadInto(service, "colour_logits2.pt");
    QSignalSpy progress(&service, &InferenceService::progress);
    QSignalSpy cancelled(&service, &InferenceService::cancelled);
    QSignalSpy finished(&service, &InferenceService::finished);
    const int id = service.submit(job("red car", true));
    QVERIFY(progress.wait(30000));
    service.cancel(id);
    QVERIFY(cancelled.wait(30000));
    QCOMPARE(cancelled.at(0).at(0).toInt(), id);
    QCOMPARE(finished.count(), 0);
    const int total = progress.last().at(2).toInt();
    QVERIFY(progress.last().at(1).toInt() < total);  // stopped before the last window
  }

  void service_modelErrors_comeBackAsMessages() {
    InferenceService service;
    QSignalSpy failedLoad(&service, &InferenceService::modelFailed);
    service.loadModel(dir_.filePath("missing.rrsismodel"), test::cpuOptions());
    QVERIFY(failedLoad.wait(30000));
    QVERIFY(failedLoad.at(0).at(1).toString().contains("does not exist"));
    QVERIFY(!service.hasModel());
    QSignalSpy failed(&service, &InferenceService::failed);
    service.submit(job("red car", false));
    QVERIFY(failed.wait(30000));
    QVERIFY(failed.at(0).at(1).toString().contains("No model is loaded"));

    loadInto(service, "throws.pt");
    service.submit(job("boom", false));
    QVERIFY(failed.wait(30000));
    QVERIFY2(failed.at(1).at(1).toString().contains("refuses id 9"), qPrintable(failed.at(1).at(1).toString()));
    QSignalSpy finished(&service, &InferenceService::finished);
    service.submit(job("red car", false));  // the worker is still alive
    QVERIFY(finished.wait(30000));
  }

  void service_destroyedDuringATiledQuery_stopsPromptly() {
    auto* service = new InferenceService;
    loadInto(*service, "colour_logits2.pt");
    QSignalSpy progress(service, &InferenceService::progress);
    service->submit(job("red car", true));
    QVERIFY(progress.wait(30000));
    delete service;  // must not hang: the worker checks between windows
  }

  void studio_typedExpression_addsAnAlignedLayer_andThresholdIsLive() {
    MainWindow window;
    window.setQuietErrors(true);
    window.resize(1200, 800);
    window.show();
    QSignalSpy opened(&window, &MainWindow::sceneOpened);
    window.openFile(imagePath_);
    QVERIFY(opened.wait(30000));
    QSignalSpy ready(window.queryController(), &QueryController::modelReady);
    window.openModel(makeTorchScriptBundle(dir_.path(), "colour_logits2.pt"));
    QVERIFY(ready.wait(30000));
    QVERIFY(ready.at(0).at(0).toBool());
    TiledView* view = window.view();
    QTRY_VERIFY_WITH_TIMEOUT(view->isComplete(), 20000);

    // An empty expression adds nothing and says why.
    QSignalSpy done(window.queryController(), &QueryController::queryDone);
    window.queryBar()->setExpression("   ");
    QTest::keyClick(window.queryBar()->findChild<QLineEdit*>("expression"), Qt::Key_Return);
    QCOMPARE(done.count(), 1);
    QCOMPARE(done.at(0).at(0).toInt(), 0);
    QCOMPARE(window.document()->count(), 0);

    const QImage before = view->grab().toImage();
    window.queryBar()->setExpression("the red car");
    QTest::keyClick(window.queryBar()->findChild<QLineEdit*>("expression"), Qt::Key_Return);
    QVERIFY(done.wait(30000));
    const int layerId = done.last().at(0).toInt();
    QVERIFY2(layerId > 0, qPrintable(done.last().at(1).toString()));
    QCOMPARE(window.document()->count(), 1);
    QCOMPARE(window.document()->at(0).expression, QString("the red car"));
    QCOMPARE(window.queryBar()->history().last(), QString("the red car"));

    // The overlay tints the red square and nothing else, at the right place.
    view->repaint();
    QTRY_VERIFY(view->overlays()->isComplete());
    const QImage after = view->grab().toImage();
    const double dpr = after.devicePixelRatio();
    auto at = [&](const QImage& img, QPointF imagePos) {
      const QPointF v = view->imageToView(imagePos) * dpr;
      return img.pixelColor(int(v.x()), int(v.y()));
    };
    QVERIFY(at(after, QPointF(200, 160)) != at(before, QPointF(200, 160)));  // inside
    QCOMPARE(at(after, QPointF(600, 600)), at(before, QPointF(600, 600)));   // far outside
    // 40 px left of it: more than two model pixels (the 1200 px view is squashed to 64).
    QCOMPARE(at(after, QPointF(60, 160)), at(before, QPointF(60, 160)));
    // Run Again keeps the hand edits: a dab far from the red square survives the new answer.
    window.document()->paintStroke(layerId, {QPointF(700.5, 700.5)}, 4, false);
    window.queryController()->rerun(layerId);
    QVERIFY(done.wait(30000));
    QCOMPARE(done.last().at(0).toInt(), layerId);
    QCOMPARE(window.document()->count(), 1);
    QCOMPARE(window.document()->at(0).provenance.handEdits, 1);
    QVERIFY(window.document()->at(0).mask(QRect(700, 700, 1, 1)).at<uchar>(0, 0) != 0);
    QVERIFY(window.document()->at(0).mask(QRect(200, 160, 1, 1)).at<uchar>(0, 0) != 0);
    window.document()->undoStack()->undo();  // the re-run
    window.document()->undoStack()->undo();  // the dab
    // Hiding the layer (undoable) restores the picture.
    window.document()->setVisible(layerId, false);
    QCOMPARE(view->grab().toImage().pixelColor(100, 100), before.pixelColor(100, 100));
    window.document()->undoStack()->undo();
    QVERIFY(window.document()->at(0).visible);

    // Threshold: re-cut live from the stored probabilities, no new model run.
    QSignalSpy started(window.queryController()->service(), &InferenceService::started);
    window.openModel(makeTorchScriptBundle(dir_.path(), "ramp_logits2.pt"));
    QVERIFY(ready.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(view->isComplete(), 20000);
    window.queryBar()->setExpression("road");
    QTest::keyClick(window.queryBar()->findChild<QLineEdit*>("expression"), Qt::Key_Return);
    QVERIFY(done.wait(30000));
    QVERIFY2(done.last().at(0).toInt() > 0, qPrintable(done.last().at(1).toString()));
    QCOMPARE(window.document()->count(), 2);
    // Adding a layer changes nothing else: one undo step, both layers still visible.
    QCOMPARE(window.document()->undoStack()->count(), 2);
    QVERIFY(window.document()->at(0).visible && window.document()->at(1).visible);
    const int runs = started.count();
    auto tinted = [&]() {
      view->repaint();
      for (int i = 0; i < 500 && !view->overlays()->isComplete(); ++i)
        QTest::qWait(10);  // overlay tiles are made over a few turns of the event loop
      const QImage img = view->grab().toImage();
      int n = 0;
      for (int x = 0; x < img.width(); x += 4)
        n += img.pixelColor(x, img.height() / 2) != before.pixelColor(x, img.height() / 2);
      return n;
    };
    QSlider* threshold = window.layersDock()->thresholdSlider();
    threshold->setSliderDown(true);  // a drag: pressed, moved twice, released
    threshold->setValue(20);
    const int wide = tinted();
    threshold->setValue(80);
    const int narrow = tinted();
    threshold->setSliderDown(false);
    QVERIFY2(wide > narrow + 20, qPrintable(QStringLiteral("%1 vs %2").arg(wide).arg(narrow)));
    QCOMPARE(started.count(), runs);
    QCOMPARE(window.document()->at(1).threshold, 0.8);
    window.document()->undoStack()->undo();  // both moves of the drag merged into one step
    QCOMPARE(window.document()->at(1).threshold, 0.5);
    threshold->setValue(60);  // a later change (a key press) is a step of its own
    threshold->setValue(70);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->at(1).threshold, 0.6);

    // A model that throws mid-run: a clear message, and the existing layers are untouched.
    window.openModel(makeTorchScriptBundle(dir_.path(), "throws.pt"));
    QVERIFY(ready.wait(30000));
    window.queryBar()->setExpression("boom");
    QTest::keyClick(window.queryBar()->findChild<QLineEdit*>("expression"), Qt::Key_Return);
    QVERIFY(done.wait(30000));
    QCOMPARE(done.last().at(0).toInt(), 0);
    QVERIFY2(window.lastError().contains("refuses id 9"), qPrintable(window.lastError()));
    QCOMPARE(window.document()->count(), 2);
    QVERIFY(!window.queryController()->isBusy());
    QVERIFY(window.queryBar()->isBusy() == false);
  }

  void modelInformation_showsTheRecordedScores() {
    // The shipped demo bundle records its held-out and validation figures in model.json.
    SegmenterOptions o;
    o.warmUp = false;
    auto s = loadSegmenter(QStringLiteral(RRSIS_SOURCE_DIR "/resources/demo.rrsismodel"), o);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const QStringList lines = rrsis::ui::ModelInfoDialog::describe((*s)->info());
    const QString text = lines.join('\n');
    const double oIoU = (*s)->manifest().metrics.value("test").toObject().value("oIoU").toDouble();
    QVERIFY(oIoU > 0);
    QVERIFY2(text.contains(QString("Test split: oIoU %1").arg(oIoU, 0, 'f', 2)), qPrintable(text));
    QVERIFY2(text.contains("Validation split: oIoU"), qPrintable(text));
    // A bundle without scores shows none.
    auto plain = loadSegmenter(makeTorchScriptBundle(dir_.path(), "colour_logits2.pt"), o);
    QVERIFY(plain.ok());
    QVERIFY(!rrsis::ui::ModelInfoDialog::describe((*plain)->info()).join('\n').contains("split:"));
  }

  void studio_closedDuringInference_shutsDownCleanly() {
    auto* window = new MainWindow;
    window->setQuietErrors(true);
    window->show();
    QSignalSpy opened(window, &MainWindow::sceneOpened);
    window->openFile(imagePath_);
    QVERIFY(opened.wait(30000));
    QSignalSpy ready(window->queryController(), &QueryController::modelReady);
    window->openModel(makeTorchScriptBundle(dir_.path(), "colour_logits2.pt"));
    QVERIFY(ready.wait(30000));
    QSignalSpy progress(window->queryController()->service(), &InferenceService::progress);
    window->queryBar()->setScope(QueryBar::Scope::WholeScene);
    window->queryController()->run("red car", QueryBar::Scope::WholeScene);
    QVERIFY(window->queryController()->isBusy());
    QVERIFY(progress.wait(30000));
    window->close();
    delete window;  // the worker stops between windows; nothing hangs or crashes
  }
};

QTEST_MAIN(TestInferenceService)
#include "tst_inferenceservice.moc"
