#include "projectsnapshot.h"

#include <QUndoStack>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"

namespace rrsis::ui {

std::shared_ptr<Project> snapshotProject(const Project& p) {
  auto copy = std::make_shared<Project>();
  for (int i = 0; i < p.sceneCount(); ++i) {
    const ProjectScene& s = p.scene(i);
    const int index = copy->addScene(s.path, s.size, s.fingerprint);
    std::vector<Annotation> annotations;
    for (int k = 0; k < s.document->count(); ++k) annotations.push_back(s.document->at(k));
    copy->document(index)->restore(std::move(annotations));
  }
  return copy;
}

int mergeImported(Project& live, const Project& snapshot, const std::vector<int>& before, const QString& undoText) {
  int moved = 0;
  for (int s = 0; s < snapshot.sceneCount(); ++s) {
    const ProjectScene& scene = snapshot.scene(s);
    const int first = s < int(before.size()) ? before[size_t(s)] : 0;
    if (scene.document->count() <= first) continue;
    int target = live.indexOfScene(scene.path);
    if (target < 0) target = live.addScene(scene.path, scene.size, scene.fingerprint);
    AnnotationDocument& d = *live.document(target);
    d.undoStack()->beginMacro(undoText);
    for (int k = first; k < scene.document->count(); ++k) {
      Annotation a = scene.document->at(k);
      a.colour = QColor();  // the live scene picks a colour its annotations do not use yet
      d.addAnnotation(std::move(a));
      ++moved;
    }
    d.undoStack()->endMacro();
  }
  return moved;
}

}  // namespace rrsis::ui
