#pragma once
#include <atomic>
#include <set>
#include <vector>

#include <QFile>
#include <QObject>
#include <QSize>

#include "annotation/annotation.h"
#include "annotation/project.h"

namespace rrsis {

/** One thing the journal records, as copied in the GUI thread (tiles and pixels are shared). */
struct JournalEntry {
  enum class Kind { Base, Scene, SceneRemoved, Annotation, AnnotationRemoved };
  Kind kind = Kind::Annotation;
  QString scene;                             ///< scene path (absolute); for Base the project file ("" when untitled)
  QSize size;                                ///< Scene
  SceneFingerprint fingerprint;              ///< Scene
  std::vector<int> order;                    ///< annotation ids of the scene in drawing order
  rrsis::Annotation annotation;              ///< Annotation: a copy
  bool full = false;                         ///< Annotation: every tile, not only the dirty ones
  std::vector<int> dirtyAdded, dirtyErased;  ///< Annotation: tile indices that changed
  int id = 0;                                ///< AnnotationRemoved
};

/**
 * The journal's writer thread: encodes entries (run-length tiles, probability maps as
 * GeoTIFFs in the session folder), appends framed records and syncs the file to disk.
 * Lives on the RecoveryJournal's thread; called by queued invocations only.
 */
class JournalWriter : public QObject {
  Q_OBJECT

 public:
  explicit JournalWriter(const QString& folder);
  /** Appends the entries and syncs; with a Base entry first, starts the file over. */
  void write(const std::vector<JournalEntry>& entries);
  int records() const { return records_; }

 Q_SIGNALS:
  void failed(const QString& message);
  void recovered();

 private:
  QByteArray encode(const JournalEntry& entry);
  bool open(bool truncate);

  QString folder_;
  QFile file_;
  std::set<QString> probabilities_;  // maps already written to the folder
  std::atomic<int> records_{0};
  bool failing_ = false;
};

}  // namespace rrsis
