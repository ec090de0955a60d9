#pragma once
#include <memory>

#include <QObject>
#include <QPointer>
#include <QString>

class QLockFile;
class QWidget;

namespace rrsis {
class Project;
class RecoveryJournal;
}  // namespace rrsis

namespace rrsis::ui {

/**
 * The analyst's current project and everything that keeps it safe: New / Open / Save /
 * Save As, the Save / Discard / Cancel question before work would be dropped, the recovery
 * journal of the session (and the offer to recover after a crash), and the lock that makes a
 * second studio open the same project read-only. Only this class shows project dialogs.
 * Owned by the main window; owns the project.
 */
class ProjectSession : public QObject {
  Q_OBJECT

 public:
  ProjectSession(QWidget* window, QObject* parent = nullptr);
  ~ProjectSession() override;

  Project* project() const { return project_.get(); }
  bool isReadOnly() const { return readOnly_; }
  /** "name.rrsisproj" or "Untitled", with the modified and read-only marks. */
  QString title() const;
  RecoveryJournal* journal() const { return journal_.get(); }
  /** The file dialog filter for project files. */
  static QString fileFilter();

  /** Starts an untitled project (after asking about unsaved work). False when cancelled. */
  bool newProject();
  /** Opens a project file (after asking about unsaved work). False when cancelled or failed. */
  bool openProject(const QString& path);
  /** Saves to the project's file (Save As for an untitled or read-only project). */
  bool save();
  /** Asks for a file name and saves there. */
  bool saveAs();
  /** Saves to `path` and makes it the project's file. */
  bool saveTo(const QString& path);
  /** Save / Discard / Cancel when there is unsaved work: true when it may be dropped now. */
  bool maybeSave();
  /** Offers to recover the sessions of studios that crashed; true when one was recovered. */
  bool offerRecovery();
  /** A clean end: the journal is removed (the work was saved or deliberately discarded). */
  void shutdown();

  /** No dialogs (tests, scripted runs): questions get `quietAnswer`, errors go to lastError(). */
  void setQuiet(bool quiet, int quietAnswer = 0);
  const QString& lastError() const { return lastError_; }
  /** The root folder of recovery sessions (tests point it at a temporary folder). */
  void setRecoveryRoot(const QString& root) { recoveryRoot_ = root; }
  const QString& recoveryRoot() const { return recoveryRoot_; }

 Q_SIGNALS:
  /** The project object was replaced (new, open, recover): everything showing it must follow. */
  void projectReplaced(rrsis::Project* project);
  /** The title changed (file name, modified, read-only). */
  void titleChanged();
  void statusMessage(const QString& message, int timeoutMs);

 private:
  void install(std::unique_ptr<Project> project, bool readOnly);
  void startJournal();
  bool lockFile(const QString& path);
  void locateMissingScenes(const QStringList& missing);
  void showError(const QString& title, const QString& message);
  int ask(const QString& title, const QString& text, int buttons, int fallback);

  QWidget* window_;
  std::unique_ptr<Project> project_;
  std::unique_ptr<RecoveryJournal> journal_;
  std::unique_ptr<QLockFile> lock_;
  bool readOnly_ = false;
  bool quiet_ = false;
  int quietAnswer_ = 0;
  QString lastError_;
  QString recoveryRoot_;
};

}  // namespace rrsis::ui
