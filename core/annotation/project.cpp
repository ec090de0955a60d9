#include "annotation/project.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

#include "annotation/annotationdocument.h"

namespace rrsis {

SceneFingerprint SceneFingerprint::of(const QString& path) {
  const QFileInfo info(path);
  SceneFingerprint f;
  if (info.exists()) {
    f.bytes = info.size();
    // Whole seconds: file systems and JSON round trips keep those.
    f.modified = info.lastModified().toUTC();
    f.modified.setTime(QTime(f.modified.time().hour(), f.modified.time().minute(), f.modified.time().second()));
  }
  return f;
}

Project::Project(QObject* parent) : QObject(parent) {}

Project::~Project() {
  for (ProjectScene& s : scenes_) delete s.document;
}

void Project::setFileName(const QString& fileName) {
  const QString f = fileName.isEmpty() ? QString() : QFileInfo(fileName).absoluteFilePath();
  if (f == fileName_) return;
  fileName_ = f;
  Q_EMIT fileNameChanged(fileName_);
}

int Project::indexOfScene(const QString& path) const {
  const QString abs = QFileInfo(path).absoluteFilePath();
  for (size_t i = 0; i < scenes_.size(); ++i)
    if (scenes_[i].path == abs || scenes_[i].path == path) return int(i);
  return -1;
}

void Project::watch(AnnotationDocument* document) {
  connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this] {
    const bool m = isModified();
    if (m != lastModified_) {
      lastModified_ = m;
      Q_EMIT modifiedChanged(m);
    }
  });
}

int Project::addScene(const QString& path, QSize size, const SceneFingerprint& fingerprint) {
  const int existing = indexOfScene(path);
  if (existing >= 0) return existing;
  ProjectScene s;
  s.path = QFileInfo(path).absoluteFilePath();
  s.size = size;
  s.fingerprint = fingerprint;
  s.document = new AnnotationDocument(size);
  watch(s.document);
  scenes_.push_back(s);
  markModified();
  Q_EMIT sceneAdded(sceneCount() - 1);
  return sceneCount() - 1;
}

void Project::removeScene(int index) {
  if (index < 0 || index >= sceneCount()) return;
  ProjectScene s = scenes_[size_t(index)];
  scenes_.erase(scenes_.begin() + index);
  markModified();
  Q_EMIT sceneRemoved(index, s.path);
  delete s.document;
}

void Project::relocateScene(int index, const QString& path, const SceneFingerprint& fingerprint) {
  ProjectScene& s = scenes_[size_t(index)];
  s.path = QFileInfo(path).absoluteFilePath();
  s.fingerprint = fingerprint;
  markModified();
}

void Project::setViewState(int index, const ViewState& view) {
  if (index >= 0 && index < sceneCount())
    scenes_[size_t(index)].view = view;  // not a modification: the view is not the work
}

int Project::annotationCount() const {
  int n = 0;
  for (const ProjectScene& s : scenes_) n += s.document->count();
  return n;
}

bool Project::isModified() const {
  if (structureModified_) return true;
  for (const ProjectScene& s : scenes_)
    if (!s.document->undoStack()->isClean()) return true;
  return false;
}

void Project::markSaved() {
  structureModified_ = false;
  for (ProjectScene& s : scenes_) s.document->undoStack()->setClean();
  if (lastModified_) {
    lastModified_ = false;
    Q_EMIT modifiedChanged(false);
  }
}

void Project::markModified() {
  structureModified_ = true;
  if (!lastModified_) {
    lastModified_ = true;
    Q_EMIT modifiedChanged(true);
  }
}

}  // namespace rrsis
