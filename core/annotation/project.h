#pragma once
#include <vector>

#include <QDateTime>
#include <QObject>
#include <QPointF>
#include <QSize>
#include <QString>

namespace rrsis {

class AnnotationDocument;

/** What a scene file looked like when it was annotated: a change means it may have been edited. */
struct SceneFingerprint {
  qint64 bytes = -1;
  QDateTime modified;
  bool operator==(const SceneFingerprint& o) const { return bytes == o.bytes && modified == o.modified; }
  bool operator!=(const SceneFingerprint& o) const { return !(*this == o); }
  /** The fingerprint of the file at `path` now (bytes -1 when it does not exist). */
  static SceneFingerprint of(const QString& path);
};

/** Where the view looked at a scene last (scene pixels at the centre, device pixels per pixel). */
struct ViewState {
  QPointF center;
  double zoom = 0;  ///< 0: not recorded (fit the window)
};

/** One scene of a project: its image file and the document holding its annotations. */
struct ProjectScene {
  QString path;  ///< absolute
  QSize size;    ///< pixels
  SceneFingerprint fingerprint;
  ViewState view;
  AnnotationDocument* document = nullptr;  ///< owned by the project
};

/**
 * An analyst's work: scenes and their annotations, saved as a `.rrsisproj` file. Owns one
 * AnnotationDocument per scene (each with its own undo history). Modified while any document
 * has unsaved changes or scenes were added or removed since the last save. GUI thread.
 */
class Project : public QObject {
  Q_OBJECT

 public:
  explicit Project(QObject* parent = nullptr);
  ~Project() override;

  /** The project file; empty for an untitled project. */
  const QString& fileName() const { return fileName_; }
  void setFileName(const QString& fileName);
  bool isUntitled() const { return fileName_.isEmpty(); }

  int sceneCount() const { return int(scenes_.size()); }
  const ProjectScene& scene(int index) const { return scenes_[size_t(index)]; }
  /** Index of the scene whose file is `path` (absolute or as stored), or -1. */
  int indexOfScene(const QString& path) const;
  /** Adds a scene (or returns the index of the one with that path). */
  int addScene(const QString& path, QSize size, const SceneFingerprint& fingerprint);
  void removeScene(int index);
  /** Points a scene at a moved file (the user located it). */
  void relocateScene(int index, const QString& path, const SceneFingerprint& fingerprint);
  void setViewState(int index, const ViewState& view);
  AnnotationDocument* document(int index) const { return scenes_[size_t(index)].document; }
  /** Total number of annotations over all scenes. */
  int annotationCount() const;

  bool isModified() const;
  /** Marks the current state as saved (every document clean). */
  void markSaved();
  /** Marks a change that no undo stack holds (scenes added, removed, relocated). */
  void markModified();

 Q_SIGNALS:
  void sceneAdded(int index);
  void sceneRemoved(int index, const QString& path);
  void modifiedChanged(bool modified);
  void fileNameChanged(const QString& fileName);

 private:
  void watch(AnnotationDocument* document);

  QString fileName_;
  std::vector<ProjectScene> scenes_;
  bool structureModified_ = false;
  bool lastModified_ = false;
};

}  // namespace rrsis
