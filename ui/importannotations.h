#pragma once
#include <QString>

class QWidget;

namespace rrsis {
class Project;
}

namespace rrsis::ui {

/**
 * File ▸ Import Annotations: imports `source` (COCO, a RefSegRS or RRSIS-D folder, a vector
 * file, a mask or label raster; see importAnnotations) into a snapshot of the project on a
 * worker thread behind a cancellable progress dialog, then moves what it added into the live
 * project, one undo step per scene. `scene` is the scene shown (vectors and rasters go where
 * they lie when it is -1). Returns the message to show: the count and the notes, or the error
 * (the project is then unchanged, and `*ok` false).
 */
QString importAnnotationsInto(QWidget* parent, Project* project, const QString& source, int scene, bool* ok = nullptr);

}  // namespace rrsis::ui
