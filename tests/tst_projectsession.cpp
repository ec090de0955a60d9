// The studio's project session: save questions, read-only second opening, recovery offers.
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "annotation/recoveryjournal.h"
#include "testprojects.h"
#include "testrasters.h"
#include "projectsession.h"

using namespace rrsis;
using namespace rrsis::ui;

namespace {

/** A scene with one painted annotation in the session's project. */
void edit(ProjectSession& s, const QString& image) {
  const int scene = s.project()->addScene(image, QSize(64, 48), SceneFingerprint::of(image));
  AnnotationDocument* d = s.project()->document(scene);
  const int id = d->addAnnotation(Annotation());
  d->paintStroke(id, {QPointF(20, 20)}, 4, false);
}

}  // namespace

class TestProjectSession : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void init() {
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(test::writeRaster(dir_->filePath("a.tif"), test::RasterSpec()));
  }

  void maybeSave_cancelKeepsTheWork_discardDropsIt() {
    ProjectSession s(nullptr);
    s.setRecoveryRoot(dir_->filePath("recovery"));
    s.setQuiet(true, QMessageBox::Cancel);
    s.newProject();  // an untouched project needs no question
    edit(s, dir_->filePath("a.tif"));
    QVERIFY(s.project()->isModified());
    QVERIFY(!s.newProject());
    QCOMPARE(s.project()->sceneCount(), 1);
    s.setQuiet(true, QMessageBox::Discard);
    QVERIFY(s.newProject());
    QCOMPARE(s.project()->sceneCount(), 0);
  }

  void save_thenSecondSessionOpensReadOnly() {
    const QString file = dir_->filePath("work.rrsisproj");
    ProjectSession first(nullptr);
    first.setRecoveryRoot(dir_->filePath("recovery"));
    first.setQuiet(true, QMessageBox::Save);
    edit(first, dir_->filePath("a.tif"));
    QVERIFY(first.saveTo(file));
    QVERIFY(!first.project()->isModified());
    QVERIFY(!first.isReadOnly());
    ProjectSession second(nullptr);
    second.setRecoveryRoot(dir_->filePath("recovery"));
    second.setQuiet(true, QMessageBox::Discard);
    QVERIFY(second.openProject(file));
    QVERIFY(second.isReadOnly());
    QVERIFY(second.lastError().contains("open in another RRSIS Studio"));
    QVERIFY(second.title().contains("read-only"));
    QCOMPARE(test::projectDifference(*first.project(), *second.project()), QString());
    // Save on a read-only project needs a new name (no dialogs in quiet mode: refused).
    QVERIFY(!second.save());
  }

  void saveIntoAnUnwritableFolder_keepsTheEdits() {
    ProjectSession s(nullptr);
    s.setRecoveryRoot(dir_->filePath("recovery"));
    s.setQuiet(true, QMessageBox::Save);
    edit(s, dir_->filePath("a.tif"));
    QFile blocker(dir_->filePath("file"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(!s.saveTo(dir_->filePath("file/work.rrsisproj")));
    QVERIFY(s.lastError().contains("work.rrsisproj"));
    QVERIFY(s.project()->isModified());
    QCOMPARE(s.project()->document(0)->count(), 1);
  }

  void crashedSession_isOfferedAndRecovered_thenItsFolderGoes() {
    const QString root = dir_->filePath("recovery");
    // A session whose studio died: its journal holds the work, its lock names a dead process.
    QString crashed;
    Project lost;
    {
      ProjectSession dead(nullptr);
      dead.setRecoveryRoot(root);
      dead.newProject();
      edit(dead, dir_->filePath("a.tif"));
      dead.journal()->flush();
      crashed = dead.journal()->folder();
      // Keep a copy of what it had, then let its folder outlive it as after a crash.
      lost.addScene(dead.project()->scene(0).path, QSize(64, 48), SceneFingerprint());
      lost.document(0)->restore({dead.project()->document(0)->at(0)});
      QDir().rename(crashed, crashed + "-copy");
    }
    QVERIFY(QDir().rename(crashed + "-copy", crashed));
    QFile lock(crashed + "/lock");
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("999999999\nrrsis-studio\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();

    ProjectSession s(nullptr);
    s.setRecoveryRoot(root);
    s.setQuiet(true, QMessageBox::Yes);
    QVERIFY(s.offerRecovery());
    QCOMPARE(test::projectDifference(lost, *s.project()), QString());
    QVERIFY(s.project()->isModified());
    QVERIFY(!QFileInfo::exists(crashed));
    // Its work is now in this session's journal: a second crash loses nothing either.
    QVERIFY(RecoveryJournal::orphanedSessions(root).isEmpty());
    QVERIFY(!s.offerRecovery());
  }

 private:
  std::unique_ptr<QTemporaryDir> dir_;
};

QTEST_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
