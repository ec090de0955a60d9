// The learning loop in the studio, on real files and real (tiny) models: the Dataset
// Browser (broken samples listed, the rest usable; filter; a prediction with its IoU), the
// Evaluate dialog (figures, histogram, worst samples, report files, cancel) and Train on
// These Annotations (before/after on held-out annotations, cancel and resume, the base model
// untouched).
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <opencv2/core.hpp>
#include <QtCharts/QChartView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "engineloader.h"
#include "nativemodelengine.h"
#include "dataset/datasetfolder.h"
#include "synth/datasetsynthesizer.h"
#include "testmodels.h"
#include "testprojects.h"
#include "train/trainer.h"
#include "learning/datasetbrowserdock.h"
#include "learning/datasetsamplemodel.h"
#include "learning/evaluatedialog.h"
#include "learning/iouhistogramview.h"
#include "learning/learningtools.h"
#include "learning/traindialog.h"
#include "mainwindow.h"
#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "projectsession.h"

using namespace rrsis;
using namespace rrsis::ui;

class TestLearning : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString data_, model_;

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    // The engine linked in, as the studio has it once its module has loaded (tst_engineloader loads the module).
    EngineLoader::instance().install(std::make_unique<NativeModelEngine>());
    QVERIFY(dir_.isValid());
    data_ = dir_.filePath("data");
    DatasetSynthesizer synth(5);
    QVERIFY(synth.writeRefSegRs(data_, 16, 64));
    model_ = test::makeCompactBundle(dir_.path(), "tiny", test::smallCompactOptions(), 64, 3);
    QVERIFY(!model_.isEmpty());
  }

  void browser_listsBrokenSamples_andTheRestStayUsable() {
    QTemporaryDir dir;
    const QString copy = dir.filePath("copy");
    DatasetSynthesizer synth(6);
    QVERIFY(synth.writeRefSegRs(copy, 10, 64));
    auto train = openDatasetSplit(copy, "train");
    QVERIFY(train && train->size() >= 2);
    // Expressions the tiny model's vocabulary knows, so that it can predict.
    QFile phrases(copy + "/output_phrase_train.txt");
    QVERIFY(phrases.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const Sample& s : *train) phrases.write((s.id + " the road\n").toUtf8());
    phrases.close();
    QFile broken(train->front().imagePath);
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("not an image at all");
    broken.close();

    DatasetBrowserDock dock;
    dock.openFolder(copy);
    QTRY_COMPARE_WITH_TIMEOUT(dock.sampleModel()->rowCount(), 10, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dock.sampleModel()->brokenCount(), 1, 10000);
    const int row = dock.sampleModel()->rowOf("train", train->front().id);
    QVERIFY(dock.sampleModel()->isBroken(row));
    QCOMPARE(dock.sampleModel()->data(dock.sampleModel()->index(row, DatasetSampleModel::Status)).toString(),
             QString("broken"));
    // Another sample shows its chip, and the model predicts it with an IoU.
    dock.setModel(model_);
    QVERIFY(dock.showSample("train", (*train)[1].id));
    dock.predictSelected();
    const int good = dock.sampleModel()->rowOf("train", (*train)[1].id);
    QTRY_VERIFY_WITH_TIMEOUT(!dock.isBusy(), 20000);
    QVERIFY2(!dock.sampleModel()->data(dock.sampleModel()->index(good, DatasetSampleModel::IoU)).toString().isEmpty(),
             qPrintable(dock.lastError()));
  }

  void editInProject_turnsSelectedSamplesIntoAnnotations_splitsKept() {
    MainWindow window;
    window.setQuietErrors(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DatasetBrowserDock* dock = window.learningTools()->browser();
    dock->openFolder(data_);
    QTRY_COMPARE_WITH_TIMEOUT(dock->sampleModel()->rowCount(), 16, 10000);
    auto* selection = dock->table()->selectionModel();
    for (int r : {0, 3, 5})
      selection->select(dock->table()->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    for (QPushButton* b : dock->findChildren<QPushButton*>())
      if (b->text() == "Edit in Project") b->click();
    QTRY_COMPARE_WITH_TIMEOUT(window.project()->sceneCount(), 3, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window.project()->annotationCount(), 3, 20000);
    for (int i = 0; i < 3; ++i) {
      const AnnotationDocument* d = window.project()->document(i);
      QCOMPARE(d->count(), 1);
      const Annotation& a = d->at(0);
      const int row =
          dock->sampleModel()->rowOf(splitName(a.split), QFileInfo(window.project()->scene(i).path).completeBaseName());
      QVERIFY2(row >= 0, qPrintable(window.project()->scene(i).path));
      QCOMPARE(a.expression, dock->sampleModel()->sample(row)->expression);
      auto mask = dock->sampleModel()->sample(row)->loadMask();
      QVERIFY(mask);
      QCOMPARE(a.mask(QRect(0, 0, mask->cols, mask->rows)).size(), mask->size());
      QCOMPARE(cv::countNonZero(a.mask(QRect(0, 0, mask->cols, mask->rows)) != *mask), 0);
    }
  }

  void browser_filtersBySplitAndText() {
    DatasetBrowserDock dock;
    dock.openFolder(data_);
    QTRY_COMPARE_WITH_TIMEOUT(dock.sampleModel()->rowCount(), 16, 10000);
    auto val = openDatasetSplit(data_, "val");
    QVERIFY(val);
    auto* split = dock.findChild<QComboBox*>();
    split->setCurrentIndex(split->findData("val"));
    QCOMPARE(dock.table()->model()->rowCount(), int(val->size()));
    auto* filter = dock.findChild<QLineEdit*>();
    filter->setText("no expression says this");
    QCOMPARE(dock.table()->model()->rowCount(), 0);
    filter->setText(val->front().expression);
    QVERIFY(dock.table()->model()->rowCount() >= 1);
  }

  void evaluate_showsTheFigures_andSavesTheReport() {
    EvaluateDialog d;
    d.setModel(model_, "tiny");
    d.setDataset(data_, "train");
    d.start();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isRunning(), 30000);
    QVERIFY2(d.result(), qPrintable(d.lastError()));
    auto train = openDatasetSplit(data_, "train");
    QCOMPARE(int(d.result()->samples().size()), int(train->size()));
    const auto& counts = d.findChild<IoUHistogramView*>()->counts();
    QCOMPARE(std::accumulate(counts.begin(), counts.end(), 0), int(train->size()));
    QTemporaryDir out;
    QString error;
    QVERIFY2(d.saveReport(out.path(), &error), qPrintable(error));
    for (const char* f : {"report.json", "samples.csv", "histogram.png"})
      QVERIFY(QFileInfo(out.filePath(f)).size() > 0);
    QFile json(out.filePath("report.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(json.readAll()).object().contains("oIoU"));
  }

  void evaluate_cancelled_leavesNoResult_andMissingDataIsAnError() {
    EvaluateDialog d;
    d.setModel(model_, "tiny");
    d.setDataset(data_, "train");
    d.start();
    d.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isRunning(), 30000);
    QVERIFY(!d.result());
    d.setDataset(dir_.filePath("nowhere"), "test");
    d.start();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isRunning() && !d.lastError().isEmpty(), 30000);
    QVERIFY(!d.result());
  }

  void train_onProjectAnnotations_comparesOnHeldOut_resumes_andKeepsTheBase() {
    QTemporaryDir dir;
    const QString project = test::writeSquaresProject(dir.path(), 3, true, true);
    QVERIFY(!project.isEmpty());
    ProjectSession session(nullptr);
    session.setRecoveryRoot(dir.filePath("recovery"));
    session.setQuiet(true, QMessageBox::Save);
    QVERIFY(session.openProject(project));
    const auto before = test::folderDigest(model_);

    TrainDialog d(&session);
    d.setBaseModel(model_, "tiny");
    d.findChild<QSpinBox*>()->setValue(3);
    // Cancelled once an epoch is saved: it stays, and Resume finishes the run.
    d.start();
    QVERIFY(d.isRunning());
    auto* curves = d.findChild<QChartView*>();
    QVERIFY(curves);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QDir(dir.path()).filePath("work.rrsisdata/training")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !QDir(dir.filePath("work.rrsisdata/training")).entryList({"*.checkpoints"}, QDir::Dirs).isEmpty(), 10000);
    const QString checkpoints =
        dir.filePath("work.rrsisdata/training/") +
        QDir(dir.filePath("work.rrsisdata/training")).entryList({"*.checkpoints"}, QDir::Dirs).front();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(checkpoints + "/last.safetensors"), 60000);
    d.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isRunning(), 60000);
    QVERIFY(d.trainedBundle().isEmpty());
    d.resume();
    QVERIFY(d.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!d.isRunning(), 120000);
    QVERIFY2(!d.trainedBundle().isEmpty(), qPrintable(d.lastError()));
    QVERIFY(d.comparison().contains("before"));
    QVERIFY(d.comparison().contains("after"));
    QCOMPARE(d.comparison().value("samples").toInt(), 1);  // one of three held out
    QVERIFY(d.comparison().value("held_out").toBool());
    QCOMPARE(test::folderDigest(model_), before);
    QVERIFY(QFileInfo::exists(d.trainedBundle() + "/weights.safetensors"));
  }
};

QTEST_MAIN(TestLearning)
#include "tst_learning.moc"
