#include "annotation/recoveryjournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include "annotation/annotationdocument.h"
#include "annotation/journalrecord.h"
#include "annotation/journalwriter.h"
#include "annotation/project.h"

namespace rrsis {

namespace {

struct RecoveryJournalText {
  Q_DECLARE_TR_FUNCTIONS(RecoveryJournal)
};
/** Edits wait at most this long in memory before they are handed to the writer. */
constexpr int kFlushDelayMs = 500;

JournalEntry sceneEntry(const ProjectScene& s) {
  JournalEntry e;
  e.kind = JournalEntry::Kind::Scene;
  e.scene = s.path;
  e.size = s.size;
  e.fingerprint = s.fingerprint;
  return e;
}
}  // namespace

RecoveryJournal::RecoveryJournal(Project* project, const QString& folder, QObject* parent)
    : QObject(parent), project_(project), folder_(folder), timer_(new QTimer(this)) {
  timer_->setSingleShot(true);
  timer_->setInterval(kFlushDelayMs);
  connect(timer_, &QTimer::timeout, this, [this] { submit(false); });
}

RecoveryJournal::~RecoveryJournal() {
  if (thread_) {
    submit(true);
    thread_->quit();
    thread_->wait();
  }
}

Status RecoveryJournal::start() {
  if (!QDir().mkpath(folder_))
    return Status::failure(
        RecoveryJournalText::tr("Cannot create the recovery folder %1.").arg(QDir::toNativeSeparators(folder_)));
  lock_ = std::make_unique<QLockFile>(folder_ + QStringLiteral("/lock"));
  lock_->setStaleLockTime(0);
  if (!lock_->tryLock(0))
    return Status::failure(
        RecoveryJournalText::tr("The recovery folder %1 is in use.").arg(QDir::toNativeSeparators(folder_)));
  thread_ = new QThread(this);
  thread_->setObjectName(QStringLiteral("RecoveryJournal"));
  writer_ = new JournalWriter(folder_);
  writer_->moveToThread(thread_);
  connect(thread_, &QThread::finished, writer_, &QObject::deleteLater);
  connect(writer_, &JournalWriter::failed, this, [this](const QString& message) {
    lastError_ = message;
    Q_EMIT writeError(message);
  });
  connect(writer_, &JournalWriter::recovered, this, [this] {
    // Records were lost while failing: write the whole state again.
    lastError_.clear();
    recordEverything();
    Q_EMIT writeError(QString());
  });
  thread_->start();
  watchAll();
  rebase();
  flush();
  return {};
}

int RecoveryJournal::recordsWritten() const { return writer_ ? writer_->records() : 0; }

void RecoveryJournal::watchAll() {
  connect(project_, &Project::sceneAdded, this, [this](int index) {
    const ProjectScene& s = project_->scene(index);
    structure_.push_back(sceneEntry(s));
    watchDocument(s.document);
    schedule();
  });
  connect(project_, &Project::sceneRemoved, this, [this](int, const QString& path) {
    for (auto it = dirty_.begin(); it != dirty_.end();)
      it = scenePath(it->first).isEmpty() ? dirty_.erase(it) : std::next(it);
    JournalEntry e;
    e.kind = JournalEntry::Kind::SceneRemoved;
    e.scene = path;
    structure_.push_back(e);
    schedule();
  });
  for (int i = 0; i < project_->sceneCount(); ++i) watchDocument(project_->document(i));
}

void RecoveryJournal::watchDocument(AnnotationDocument* d) {
  connect(d, &AnnotationDocument::annotationAdded, this, [this, d](int id) {
    dirty_[d][id].full = true;
    schedule();
  });
  connect(d, &AnnotationDocument::annotationChanged, this, [this, d](int id) {
    dirty_[d][id];  // the metadata goes with any record of it
    schedule();
  });
  connect(d, &AnnotationDocument::maskChanged, this, [this, d](int id, const QRect& region) {
    const Annotation* a = d->find(id);
    if (!a) return;
    Dirty& x = dirty_[d][id];
    for (int i : a->added.tilesIn(region)) {
      x.added.insert(i);
      x.erased.insert(i);
    }
    schedule();
  });
  connect(d, &AnnotationDocument::annotationRemoved, this, [this, d](int id) {
    dirty_[d].erase(id);
    JournalEntry e;
    e.kind = JournalEntry::Kind::AnnotationRemoved;
    e.scene = scenePath(d);
    e.id = id;
    e.order = order(d);
    structure_.push_back(e);
    schedule();
  });
  connect(d, &AnnotationDocument::cleared, this, [this, d] {
    // Only a document being replaced is cleared; its restore() re-adds every annotation.
    dirty_[d].clear();
  });
}

QString RecoveryJournal::scenePath(const AnnotationDocument* d) const {
  for (int i = 0; i < project_->sceneCount(); ++i)
    if (project_->document(i) == d) return project_->scene(i).path;
  return {};
}

std::vector<int> RecoveryJournal::order(const AnnotationDocument* d) const {
  std::vector<int> ids;
  for (int i = 0; i < d->count(); ++i) ids.push_back(d->at(i).id);
  return ids;
}

void RecoveryJournal::schedule() {
  if (!timer_->isActive()) timer_->start();
}

void RecoveryJournal::rebase() {
  structure_.clear();
  dirty_.clear();
  JournalEntry base;
  base.kind = JournalEntry::Kind::Base;
  base.scene = project_->fileName();
  structure_.push_back(base);
  if (project_->isUntitled() || project_->isModified()) recordEverything();  // nothing on disk holds this state
  schedule();
}

void RecoveryJournal::recordEverything() {
  for (int i = 0; i < project_->sceneCount(); ++i) {
    const ProjectScene& s = project_->scene(i);
    structure_.push_back(sceneEntry(s));
    for (int k = 0; k < s.document->count(); ++k) dirty_[s.document][s.document->at(k).id].full = true;
  }
  schedule();
}

void RecoveryJournal::submit(bool wait) {
  timer_->stop();
  if (!writer_ || (structure_.empty() && dirty_.empty())) return;
  std::vector<JournalEntry> entries = std::move(structure_);
  structure_.clear();
  for (auto& [document, annotations] : dirty_) {
    const QString path = scenePath(document);
    const std::vector<int> ids = order(document);
    for (auto& [id, dirty] : annotations) {
      const Annotation* a = document->find(id);
      if (!a || path.isEmpty()) continue;
      JournalEntry e;
      e.kind = JournalEntry::Kind::Annotation;
      e.scene = path;
      e.order = ids;
      e.annotation = *a;  // shares the tiles and the probability pixels
      e.full = dirty.full;
      e.dirtyAdded.assign(dirty.added.begin(), dirty.added.end());
      e.dirtyErased.assign(dirty.erased.begin(), dirty.erased.end());
      entries.push_back(std::move(e));
    }
  }
  dirty_.clear();
  JournalWriter* writer = writer_;
  QMetaObject::invokeMethod(
      writer_, [writer, entries = std::move(entries)] { writer->write(entries); },
      wait ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
}

void RecoveryJournal::flush() { submit(true); }

void RecoveryJournal::discard() {
  timer_->stop();
  structure_.clear();
  dirty_.clear();
  if (thread_) {
    thread_->quit();
    thread_->wait();
    thread_ = nullptr;
    writer_ = nullptr;
  }
  if (lock_) lock_->unlock();
  QDir(folder_).removeRecursively();
}

QString RecoveryJournal::defaultRoot() {
  return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryJournal::newSessionFolder(const QString& root) {
  const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
  for (int n = 0;; ++n) {
    const QString f =
        QStringLiteral("%1/session-%2-%3-%4").arg(root, stamp).arg(QCoreApplication::applicationPid()).arg(n);
    if (!QFileInfo::exists(f)) return f;
  }
}

QStringList RecoveryJournal::orphanedSessions(const QString& root) {
  QStringList out;
  const QDir dir(root);
  for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time | QDir::Reversed)) {
    const QString folder = dir.filePath(name);
    QLockFile lock(folder + QStringLiteral("/lock"));
    if (!lock.tryLock(0)) continue;  // its studio is still running
    lock.unlock();
    QFile f(folder + QStringLiteral("/journal.bin"));
    const std::vector<QByteArray> records =
        f.open(QIODevice::ReadOnly) ? journalrecord::parse(f.readAll()) : std::vector<QByteArray>();
    if (records.size() <= 1) {
      QDir(folder).removeRecursively();  // nothing was edited: nothing to offer
      continue;
    }
    out << folder;
  }
  return out;
}

}  // namespace rrsis
