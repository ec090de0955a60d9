#include "projectsession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageBox>

#include "annotation/annotationdocument.h"
#include "annotation/journalreplay.h"
#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "annotation/recoveryjournal.h"
#include "preferences.h"

namespace rrsis::ui {

ProjectSession::ProjectSession(QWidget* window, QObject* parent)
    : QObject(parent), window_(window), recoveryRoot_(RecoveryJournal::defaultRoot()) {
  install(std::make_unique<Project>(), false);
}

ProjectSession::~ProjectSession() {
  // The journal's writer stops first; the session folder stays unless shutdown() ran.
  journal_.reset();
}

QString ProjectSession::fileFilter() { return tr("RRSIS Studio projects (*.rrsisproj)"); }

void ProjectSession::setQuiet(bool quiet, int quietAnswer) {
  quiet_ = quiet;
  quietAnswer_ = quietAnswer;
}

QString ProjectSession::title() const {
  QString name = project_->isUntitled() ? tr("Untitled") : QFileInfo(project_->fileName()).fileName();
  if (readOnly_) name += tr(" [read-only]");
  return name + QStringLiteral("[*]");
}

void ProjectSession::showError(const QString& title, const QString& message) {
  lastError_ = message;
  if (quiet_)
    Q_EMIT statusMessage(message, 15000);
  else
    QMessageBox::warning(window_, title, message);
}

int ProjectSession::ask(const QString& title, const QString& text, int buttons, int fallback) {
  if (quiet_) return quietAnswer_ ? quietAnswer_ : fallback;
  return QMessageBox::question(window_, title, text, QMessageBox::StandardButtons(buttons),
                               QMessageBox::StandardButton(fallback));
}

void ProjectSession::install(std::unique_ptr<Project> project, bool readOnly) {
  if (journal_) {
    journal_->discard();
    journal_.reset();
  }
  // The old project lives until everything showing it has moved to the new one.
  std::unique_ptr<Project> old = std::move(project_);
  project_ = std::move(project);
  readOnly_ = readOnly;
  connect(project_.get(), &Project::modifiedChanged, this, &ProjectSession::titleChanged);
  connect(project_.get(), &Project::fileNameChanged, this, &ProjectSession::titleChanged);
  startJournal();
  Q_EMIT projectReplaced(project_.get());
  Q_EMIT titleChanged();
  old.reset();
}

void ProjectSession::startJournal() {
  journal_ = std::make_unique<RecoveryJournal>(project_.get(), RecoveryJournal::newSessionFolder(recoveryRoot_));
  connect(journal_.get(), &RecoveryJournal::writeError, this, [this](const QString& message) {
    if (!message.isEmpty())
      Q_EMIT statusMessage(tr("Edits are not being made crash-safe: %1").arg(message), 0);
    else
      Q_EMIT statusMessage(tr("The recovery journal is being written again."), 6000);
  });
  if (Status s = journal_->start(); !s)
    Q_EMIT statusMessage(tr("No crash recovery for this session: %1").arg(s.error()), 15000);
}

bool ProjectSession::lockFile(const QString& path) {
  lock_ = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
  lock_->setStaleLockTime(0);
  if (lock_->tryLock(0)) return true;
  lock_.reset();
  return false;
}

bool ProjectSession::maybeSave() {
  if (!project_->isModified()) return true;
  const int answer =
      ask(tr("Unsaved Changes"),
          tr("The project “%1” has unsaved changes. Save them?").arg(title().remove(QStringLiteral("[*]"))),
          QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
  if (answer == QMessageBox::Save) return save();
  return answer == QMessageBox::Discard;
}

bool ProjectSession::newProject() {
  if (!maybeSave()) return false;
  lock_.reset();
  install(std::make_unique<Project>(), false);
  return true;
}

bool ProjectSession::openProject(const QString& path) {
  const QString abs = QFileInfo(path).absoluteFilePath();
  if (abs == project_->fileName() && !project_->isModified()) return true;
  if (!maybeSave()) return false;
  ProjectLoadReport report;
  auto loaded = projectfile::load(abs, &report);
  if (!loaded) {
    Preferences::removeRecentProject(abs);
    showError(tr("Cannot Open Project"), loaded.error());
    return false;
  }
  lock_.reset();
  const bool locked = lockFile(abs);
  if (!locked)
    showError(tr("Project Already Open"),
              tr("%1 is open in another RRSIS Studio. It is opened here read-only: use Save As to keep changes.")
                  .arg(QFileInfo(abs).fileName()));
  install(std::move(*loaded), !locked);
  Preferences::addRecentProject(abs);
  if (!report.changedScenes.isEmpty())
    showError(tr("Images Changed"), tr("These images changed since they were annotated; check that the annotations "
                                       "still fit:\n%1")
                                        .arg(report.changedScenes.join(QLatin1Char('\n'))));
  for (const QString& w : report.warnings) Q_EMIT statusMessage(w, 15000);
  locateMissingScenes(report.missingScenes);
  return true;
}

void ProjectSession::locateMissingScenes(const QStringList& missing) {
  for (const QString& path : missing) {
    if (quiet_) {
      lastError_ = tr("Image not found: %1").arg(path);
      Q_EMIT statusMessage(lastError_, 15000);
      continue;
    }
    const int answer = QMessageBox::question(window_, tr("Image Not Found"),
                                             tr("The image %1 is not where the project says. Locate it?").arg(path),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) continue;
    const QString found = QFileDialog::getOpenFileName(window_, tr("Locate %1").arg(QFileInfo(path).fileName()),
                                                       QFileInfo(project_->fileName()).absolutePath());
    const int index = project_->indexOfScene(path);
    if (!found.isEmpty() && index >= 0) project_->relocateScene(index, found, SceneFingerprint::of(found));
  }
}

bool ProjectSession::save() {
  if (project_->isUntitled() || readOnly_) return saveAs();
  return saveTo(project_->fileName());
}

bool ProjectSession::saveAs() {
  if (quiet_) {
    showError(tr("Cannot Save Project"), tr("The project has no file name."));
    return false;
  }
  QString path = QFileDialog::getSaveFileName(window_, tr("Save Project As"), project_->fileName(), fileFilter());
  if (path.isEmpty()) return false;
  if (!path.endsWith(QStringLiteral(".rrsisproj"))) path += QStringLiteral(".rrsisproj");
  return saveTo(path);
}

bool ProjectSession::saveTo(const QString& path) {
  const QString abs = QFileInfo(path).absoluteFilePath();
  if (abs != project_->fileName() || readOnly_) {
    auto previous = std::move(lock_);
    if (!lockFile(abs)) {
      lock_ = std::move(previous);
      showError(tr("Cannot Save Project"), tr("%1 is open in another RRSIS Studio.").arg(abs));
      return false;
    }
  }
  if (Status s = projectfile::save(*project_, abs); !s) {
    showError(tr("Cannot Save Project"),
              tr("%1\n\nYour work is still here and in the recovery journal.").arg(s.error()));
    return false;
  }
  project_->setFileName(abs);
  project_->markSaved();
  readOnly_ = false;
  if (journal_) journal_->rebase();
  Preferences::addRecentProject(abs);
  Q_EMIT titleChanged();
  Q_EMIT statusMessage(tr("Saved %1.").arg(abs), 5000);
  return true;
}

bool ProjectSession::offerRecovery() {
  const QStringList sessions = RecoveryJournal::orphanedSessions(recoveryRoot_);
  for (const QString& folder : sessions) {
    if (journal_ && folder == journal_->folder()) continue;
    RecoveryReport report;
    auto recovered = recoverSession(folder, &report);
    if (!recovered) {
      showError(tr("Cannot Recover"), recovered.error());
      continue;
    }
    const QString what = report.baseProject.isEmpty() ? tr("an untitled project") : report.baseProject;
    const int answer = ask(tr("Recover Unsaved Work"),
                           tr("RRSIS Studio stopped before %1 was saved (%2 annotation(s) in %3 image(s)). Recover "
                              "that work?\n\nNo keeps it to decide at the next start; Discard deletes it.")
                               .arg(what)
                               .arg((*recovered)->annotationCount())
                               .arg((*recovered)->sceneCount()),
                           QMessageBox::Yes | QMessageBox::No | QMessageBox::Discard, QMessageBox::Yes);
    if (answer == QMessageBox::Discard) QDir(folder).removeRecursively();
    if (answer != QMessageBox::Yes) continue;
    lock_.reset();
    const bool locked = report.baseProject.isEmpty() || lockFile(report.baseProject);
    install(std::move(*recovered), !locked);
    journal_->recordEverything();
    journal_->flush();
    QDir(folder).removeRecursively();  // its content now lives in this session's journal
    for (const QString& n : report.notes) Q_EMIT statusMessage(n, 15000);
    Q_EMIT statusMessage(tr("Recovered %n record(s) of unsaved work.", nullptr, report.records), 10000);
    return true;
  }
  return false;
}

void ProjectSession::shutdown() {
  if (journal_) journal_->discard();
  journal_.reset();
  lock_.reset();
}

}  // namespace rrsis::ui
