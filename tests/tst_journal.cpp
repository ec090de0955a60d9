// The recovery journal: framing, replay of every kind of edit, saves, cut-off records, orphans.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <opencv2/core.hpp>

#include "annotation/annotationdocument.h"
#include "annotation/journalrecord.h"
#include "annotation/journalreplay.h"
#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "annotation/recoveryjournal.h"
#include "testprojects.h"

using namespace rrsis;

namespace {

ProbabilityMap prediction(const QRect& region, const QRect& box) {
  ProbabilityMap m;
  m.region = region;
  m.probability = cv::Mat(region.height(), region.width(), CV_8U, cv::Scalar(10));
  m.probability(cv::Rect(box.x() - region.x(), box.y() - region.y(), box.width(), box.height())).setTo(230);
  return m;
}

/** Every kind of edit on the project's scene `s`. */
void editAll(Project& p, int s) {
  AnnotationDocument* d = p.document(s);
  Annotation a;
  a.expression = QStringLiteral("the red car");
  a.probability = prediction(QRect(0, 0, 300, 300), QRect(40, 40, 50, 30));
  const int id = d->addAnnotation(a);
  d->beginGesture();
  d->paintStroke(id, {QPointF(200, 200), QPointF(400, 250)}, 6, false);
  d->paintStroke(id, {QPointF(400, 250), QPointF(600, 100)}, 6, false);
  d->endGesture();
  d->paintStroke(id, {QPointF(50, 50)}, 4, true);
  d->setThreshold(id, 0.3);
  d->setExpression(id, QStringLiteral("the red car on the left"));
  const int gone = d->addAnnotation(Annotation());
  d->paintStroke(gone, {QPointF(10, 10)}, 3, false);
  d->removeAnnotation(gone);
  const int back = d->addAnnotation(Annotation());
  d->fillPolygon(back, {QPointF(500, 300), QPointF(700, 300), QPointF(700, 500)}, false);
  d->removeAnnotation(back);
  d->undoStack()->undo();  // `back` returns
  d->setSplit(back, Split::Train);
}

QString recoveredDifference(const Project& p, const QString& folder, RecoveryReport* report = nullptr) {
  auto recovered = recoverSession(folder, report);
  if (!recovered) return recovered.error();
  return test::projectDifference(p, **recovered);
}

}  // namespace

class TestJournal : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void records_survive_andACutTailIsDropped() {
    QByteArray bytes = journalrecord::frame("one") + journalrecord::frame("two") + journalrecord::frame("three");
    bool damaged = true;
    QCOMPARE(int(journalrecord::parse(bytes, &damaged).size()), 3);
    QVERIFY(!damaged);
    QCOMPARE(journalrecord::parse(bytes.left(bytes.size() - 2), &damaged).back(), QByteArray("two"));
    QVERIFY(damaged);
    QByteArray flipped = bytes;
    flipped[12 + 3 + 12 + 1] = 'X';  // inside "two"
    QCOMPARE(int(journalrecord::parse(flipped, &damaged).size()), 1);
    QVERIFY(damaged);
    QCOMPARE(journalrecord::crc32("123456789"), quint32(0xcbf43926));  // the standard check value
  }

  void replay_rebuildsAnUntitledProject() {
    QTemporaryDir dir;
    Project p;
    RecoveryJournal journal(&p, dir.filePath("session"));
    QVERIFY(journal.start());
    const int s = p.addScene(dir.filePath("a.tif"), QSize(800, 600), SceneFingerprint());
    p.addScene(dir.filePath("b.tif"), QSize(300, 200), SceneFingerprint());
    editAll(p, s);
    p.removeScene(1);
    journal.flush();
    RecoveryReport report;
    QCOMPARE(recoveredDifference(p, dir.filePath("session"), &report), QString());
    QVERIFY(!report.damagedTail);
    QVERIFY(report.baseProject.isEmpty());
  }

  void replay_afterASave_buildsOnTheSavedFile() {
    QTemporaryDir dir;
    Project p;
    RecoveryJournal journal(&p, dir.filePath("session"));
    QVERIFY(journal.start());
    const int s = p.addScene(dir.filePath("a.tif"), QSize(800, 600), SceneFingerprint());
    editAll(p, s);
    const QString file = dir.filePath("work.rrsisproj");
    QVERIFY(projectfile::save(p, file));
    p.setFileName(file);
    p.markSaved();
    journal.rebase();
    AnnotationDocument* d = p.document(s);
    d->paintStroke(d->at(0).id, {QPointF(700, 550)}, 9, false);
    d->removeAnnotation(d->at(1).id);
    journal.flush();
    RecoveryReport report;
    QCOMPARE(recoveredDifference(p, dir.filePath("session"), &report), QString());
    QCOMPARE(report.baseProject, QFileInfo(file).absoluteFilePath());
    auto recovered = recoverSession(dir.filePath("session"));
    QCOMPARE((*recovered)->fileName(), QFileInfo(file).absoluteFilePath());
    QVERIFY((*recovered)->isModified());
  }

  void recordCutOffByACrash_recoversEverythingBefore() {
    QTemporaryDir dir;
    Project p;
    RecoveryJournal journal(&p, dir.filePath("session"));
    QVERIFY(journal.start());
    const int s = p.addScene(dir.filePath("a.tif"), QSize(800, 600), SceneFingerprint());
    const int id = p.document(s)->addAnnotation(Annotation());
    p.document(s)->paintStroke(id, {QPointF(100, 100)}, 5, false);
    journal.flush();
    Project snapshot;
    snapshot.addScene(dir.filePath("a.tif"), QSize(800, 600), SceneFingerprint());
    std::vector<Annotation> copy{p.document(s)->at(0)};
    snapshot.document(0)->restore(copy);
    p.document(s)->paintStroke(id, {QPointF(300, 300)}, 5, false);
    journal.flush();
    QFile f(dir.filePath("session/journal.bin"));
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(f.size() - 7));
    f.close();
    RecoveryReport report;
    QCOMPARE(recoveredDifference(snapshot, dir.filePath("session"), &report), QString());
    QVERIFY(report.damagedTail);
  }

  void editsReachDisk_withinTwoSeconds_withoutAFlush() {
    QTemporaryDir dir;
    Project p;
    RecoveryJournal journal(&p, dir.filePath("session"));
    QVERIFY(journal.start());
    const int s = p.addScene(dir.filePath("a.tif"), QSize(800, 600), SceneFingerprint());
    journal.flush();
    const int before = journal.recordsWritten();
    const int id = p.document(s)->addAnnotation(Annotation());
    p.document(s)->paintStroke(id, {QPointF(100, 100)}, 5, false);
    QTRY_VERIFY_WITH_TIMEOUT(journal.recordsWritten() > before, 2000);
    QCOMPARE(recoveredDifference(p, dir.filePath("session")), QString());
  }

  void orphanedSessions_listOnlyDeadOwnersWithEdits() {
    QTemporaryDir dir;
    const QString root = dir.filePath("recovery");
    Project p;
    RecoveryJournal live(&p, RecoveryJournal::newSessionFolder(root));
    QVERIFY(live.start());
    p.addScene(dir.filePath("a.tif"), QSize(80, 60), SceneFingerprint());
    live.flush();
    QVERIFY(RecoveryJournal::orphanedSessions(root).isEmpty());  // its owner (this process) is alive
    // A session whose owner died: a lock naming a process that does not exist.
    const QString dead = root + "/session-dead";
    QVERIFY(QDir().mkpath(dead));
    QVERIFY(QFile::copy(live.folder() + "/journal.bin", dead + "/journal.bin"));
    QFile lock(dead + "/lock");
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("999999999\nrrsis-studio\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    // An abandoned session with nothing in it is removed quietly.
    const QString empty = root + "/session-empty";
    QVERIFY(QDir().mkpath(empty));
    QCOMPARE(RecoveryJournal::orphanedSessions(root), QStringList{dead});
    QVERIFY(!QFileInfo::exists(empty));
  }

  void discard_removesTheSession() {
    QTemporaryDir dir;
    Project p;
    RecoveryJournal journal(&p, dir.filePath("session"));
    QVERIFY(journal.start());
    p.addScene(dir.filePath("a.tif"), QSize(80, 60), SceneFingerprint());
    journal.discard();
    QVERIFY(!QFileInfo::exists(dir.filePath("session")));
  }

  void fullDisk_reportsAnError_keepsTheEdits_andCatchesUpWhenSpaceReturns() {
    QTemporaryDir dir;
    // In a child whose files may not grow past 64 KB: a large mask cannot be journaled.
    const pid_t child = fork();
    if (child == 0) {
      std::signal(SIGXFSZ, SIG_IGN);
      Project p;
      RecoveryJournal journal(&p, dir.filePath("session"));
      if (!journal.start()) _exit(2);
      const int s = p.addScene(dir.filePath("a.tif"), QSize(4000, 4000), SceneFingerprint());
      journal.flush();
      rlimit original{};
      getrlimit(RLIMIT_FSIZE, &original);
      rlimit limit = original;
      limit.rlim_cur = 64 * 1024;  // the soft limit only, so it can be raised again
      setrlimit(RLIMIT_FSIZE, &limit);
      const int id = p.document(s)->addAnnotation(Annotation());
      // A noisy mask: its run-length text is far larger than 64 KB.
      cv::Mat noise(1500, 1500, CV_8U);
      cv::randu(noise, 0, 2);
      p.document(s)->setMask(id, QRect(0, 0, 1500, 1500), noise, "noise");
      journal.flush();
      QCoreApplication::processEvents();
      const bool reported = journal.lastError().contains("journal.bin");
      const bool kept = p.document(s)->at(0).area() > 0;
      // Space again: the next write records the whole state, so nothing is missing.
      setrlimit(RLIMIT_FSIZE, &original);
      p.document(s)->paintStroke(id, {QPointF(3000, 3000)}, 5, false);
      journal.flush();
      QCoreApplication::processEvents();  // the writer said it works again: the whole state is recorded
      journal.flush();
      auto recovered = recoverSession(dir.filePath("session"));
      const QString difference = recovered ? test::projectDifference(p, **recovered) : recovered.error();
      if (!difference.isEmpty()) std::fprintf(stderr, "after the disk had space again: %s\n", qPrintable(difference));
      const bool whole = difference.isEmpty();
      _exit(reported ? (kept ? (whole ? 0 : 5) : 4) : 3);
    }
    int status = 0;
    waitpid(child, &status, 0);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
  }

  void unwritableJournal_reportsAnError_andKeepsTheEdits() {
    QTemporaryDir dir;
    QFile blocker(dir.filePath("file"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Project p;
    RecoveryJournal journal(&p, dir.filePath("file/session"));
    const Status s = journal.start();
    QVERIFY(!s);
    QVERIFY(s.error().contains("file/session"));
  }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
