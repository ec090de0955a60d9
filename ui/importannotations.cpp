#include "importannotations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "dataset/annotationimport.h"
#include "backgroundtask.h"
#include "projectsnapshot.h"

namespace rrsis::ui {

namespace {
struct ImportText {
  Q_DECLARE_TR_FUNCTIONS(ImportAnnotations)
};
}  // namespace

QString importAnnotationsInto(QWidget* parent, Project* project, const QString& source, int scene, bool* ok) {
  std::shared_ptr<Project> copy = snapshotProject(*project);
  std::vector<int> before;
  for (int s = 0; s < copy->sceneCount(); ++s) before.push_back(copy->document(s)->count());
  AnnotationImportOptions o;
  o.scene = scene;
  bool cancelled = false;
  const auto work = [copy, source, o](const std::function<bool(int, int)>& progress) {
    return importAnnotations(*copy, source, o, progress);
  };
  const Result<AnnotationImportReport> r =
      runWithProgress<AnnotationImportReport>(parent, ImportText::tr("Importing annotations…"), work, &cancelled);
  if (ok) *ok = r.ok();
  if (!r) return ImportText::tr("Nothing was imported: %1").arg(r.error());
  const QString name = QFileInfo(source).fileName();
  const int moved = mergeImported(*project, *copy, before, ImportText::tr("Import from %1").arg(name));
  QString message =
      ImportText::tr("Imported %n annotation(s) from %1.", nullptr, moved).arg(QDir::toNativeSeparators(source));
  if (!r->notes.isEmpty()) message += QStringLiteral("\n\n") + r->notes.join(QLatin1Char('\n'));
  return message;
}

}  // namespace rrsis::ui
