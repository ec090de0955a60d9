// The real studio, killed with SIGKILL at random moments while it edits, then restarted:
// every edit committed at least 2 seconds before the kill comes back, and a project file
// being saved at the moment of the kill is never left half-written.
#include <chrono>
#include <random>

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "testrasters.h"
#include "scriptedsession.h"

using namespace rrsis;

namespace {

long long steadyMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

QProcessEnvironment studioEnvironment(const QString& dir) {
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert("XDG_DATA_HOME", dir + "/data");
  env.insert("XDG_CONFIG_HOME", dir + "/config");
  env.insert("QT_QPA_PLATFORM", "offscreen");
  env.insert("QT_LOGGING_RULES", "qt.qpa.*=false");
  return env;
}

}  // namespace

class TestCrashRecovery : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void killedAtRandomMoments_recoversEveryEditOlderThanTwoSeconds() {
    QTemporaryDir dir;
    test::RasterSpec spec;
    spec.width = 1200;
    spec.height = 900;
    spec.options = {"TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256"};
    const QString image = dir.filePath("scene.tif");
    QVERIFY(test::writeRaster(image, spec));
    const QString saved = dir.filePath("work.rrsisproj");
    std::mt19937 random(20261202);
    std::uniform_int_distribution<int> moment(1000, 7000);
    const int rounds = qEnvironmentVariableIntValue("RRSIS_CRASH_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("RRSIS_CRASH_ROUNDS")
                           : 20;
    int checked = 0, roundsWithEdits = 0;
    for (int round = 0; round < rounds; ++round) {
      QProcess studio;
      studio.setProcessEnvironment(studioEnvironment(dir.path()));
      studio.start(RRSIS_STUDIO, {"--script-edits", "400", "--script-save", saved, image});
      QVERIFY(studio.waitForStarted(10000));
      QTest::qWait(moment(random));
      const long long killedAt = steadyMs();
      studio.kill();  // SIGKILL
      QVERIFY(studio.waitForFinished(10000));
      std::vector<int> due;  // committed at least 2 s before the kill
      int edits = 0;
      const QRegularExpression line("^EDIT (\\d+) (\\d+)$");
      for (const QString& l : QString::fromLatin1(studio.readAllStandardOutput()).split('\n')) {
        const auto m = line.match(l.trimmed());
        if (!m.hasMatch()) continue;
        ++edits;
        if (m.captured(2).toLongLong() <= killedAt - 2000) due.push_back(m.captured(1).toInt());
      }
      // Killed while saving or not, the project file is whole (the previous or the new one).
      if (QFileInfo::exists(saved)) {
        auto p = projectfile::load(saved);
        QVERIFY2(p, qPrintable(QString("round %1: %2").arg(round).arg(p.error())));
      }
      // Start the studio again: it offers the crashed session; take it and save it.
      QProcess again;
      again.setProcessEnvironment(studioEnvironment(dir.path()));
      const QString recovered = dir.filePath(QString("recovered-%1.rrsisproj").arg(round));
      again.start(RRSIS_STUDIO, {"--script-recover", recovered});
      QVERIFY(again.waitForFinished(60000));
      // Nothing to recover: killed before the image was open, or right after a save that holds
      // every edit. Then the saved project must have them.
      const bool nothing = again.exitCode() == 3;
      QVERIFY2(again.exitCode() == 0 || nothing,
               qPrintable(QString("round %1: exit %2: %3")
                              .arg(round)
                              .arg(again.exitCode())
                              .arg(QString::fromLocal8Bit(again.readAllStandardError()))));
      if (nothing && edits == 0) continue;
      auto p = projectfile::load(nothing ? saved : recovered);
      QVERIFY2(p, qPrintable(p.error()));
      const int scene = (*p)->indexOfScene(image);
      if (due.empty()) continue;
      QVERIFY2(scene >= 0, qPrintable(QString("round %1: the scene was not recovered").arg(round)));
      const AnnotationDocument* d = (*p)->document(scene);
      QVERIFY2(d->count() >= 1, qPrintable(QString("round %1: no annotation recovered").arg(round)));
      ++roundsWithEdits;
      for (int k : due) {
        const QPointF at = ui::ScriptedSession::dabPosition(k, QSize(spec.width, spec.height));
        const QRect pixel(int(at.x()), int(at.y()), 1, 1);
        bool found = false;
        for (int i = 0; i < d->count() && !found; ++i) found = d->at(i).mask(pixel).at<uchar>(0, 0) != 0;
        QVERIFY2(found, qPrintable(QString("round %1: edit %2 of %3 (committed >= 2 s before the kill) is lost")
                                       .arg(round)
                                       .arg(k)
                                       .arg(edits)));
        ++checked;
      }
    }
    qInfo("%d rounds, %d with edits due, %d edits verified after recovery", rounds, roundsWithEdits, checked);
    QVERIFY(roundsWithEdits >= rounds / 3);
  }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
