#pragma once
#include <map>
#include <memory>
#include <set>
#include <vector>

#include <QObject>
#include <QString>

#include "util/result.h"

class QLockFile;
class QThread;
class QTimer;

namespace rrsis {

class AnnotationDocument;
class JournalWriter;
class Project;
struct JournalEntry;

/**
 * Makes every committed edit of a project durable within about a second, without stalling
 * the GUI thread: it listens to the project's documents, notes which annotations and mask
 * tiles changed, and every half second hands copies of them (tiles are shared, so copies
 * are cheap) to a writer thread that encodes them and appends checksummed records to
 * `journal.bin` in its session folder, then syncs the file. A save starts the journal
 * afresh on top of the saved file. The folder is locked by this process (QLockFile); after a
 * crash the lock is stale and the next start offers to recover (journalreplay.h).
 * Lives in the GUI thread; owned by whoever owns the project's session (the main window).
 */
class RecoveryJournal : public QObject {
  Q_OBJECT

 public:
  RecoveryJournal(Project* project, const QString& folder, QObject* parent = nullptr);
  ~RecoveryJournal() override;

  /** Creates and locks the folder and writes the first record; an error when it cannot. */
  Status start();
  const QString& folder() const { return folder_; }
  /** Starts over on top of the project as it is now saved (after a save or a load). */
  void rebase();
  /** Records the whole project (after a recovery, so a second crash loses nothing either). */
  void recordEverything();
  /** Writes what is pending now and waits until it is on disk. */
  void flush();
  /** Hands what is pending to the writer now without waiting (what the timer does). */
  void submitNow() { submit(false); }
  /** Stops, and deletes the session folder (a clean exit, or the work was saved or discarded). */
  void discard();
  /** The last write error, if any (a full disk); the edits stay in memory. */
  const QString& lastError() const { return lastError_; }
  /** Number of records written so far (tests and benchmarks). */
  int recordsWritten() const;

  /** The default root of the session folders (in the application's data location). */
  static QString defaultRoot();
  /** A new, unique session folder under `root`. */
  static QString newSessionFolder(const QString& root);
  /** Session folders under `root` whose owner is gone (their lock is stale) and that hold edits. */
  static QStringList orphanedSessions(const QString& root);

 Q_SIGNALS:
  /** A write failed (the message names the file and the reason) or works again (empty). */
  void writeError(const QString& message);

 private:
  struct Dirty {
    bool full = false;
    std::set<int> added, erased;
  };
  void watchDocument(AnnotationDocument* document);
  void watchAll();
  void schedule();
  void submit(bool wait);
  QString scenePath(const AnnotationDocument* document) const;
  std::vector<int> order(const AnnotationDocument* document) const;

  Project* project_;
  QString folder_;
  std::unique_ptr<QLockFile> lock_;
  QThread* thread_ = nullptr;
  JournalWriter* writer_ = nullptr;
  QTimer* timer_;
  std::vector<JournalEntry> structure_;  // scene and removal records, in order
  std::map<AnnotationDocument*, std::map<int, Dirty>> dirty_;
  QString lastError_;
};

}  // namespace rrsis
