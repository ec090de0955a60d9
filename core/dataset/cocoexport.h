#pragma once
#include <functional>

#include <QString>
#include <QStringList>

#include "util/result.h"

namespace rrsis {

class Project;

/** How annotations become a COCO instances file. */
struct CocoExportOptions {
  /** Masks as polygons (outer boundaries; COCO polygons cannot hold holes) instead of run-lengths. */
  bool polygons = false;
  /** Replace an existing file; otherwise an existing file is an error and stays untouched. */
  bool overwrite = false;
};

/** What an export wrote. */
struct CocoExportReport {
  int images = 0;
  int annotations = 0;
  int categories = 0;
  QStringList notes;  ///< annotations left out and why, holes lost to polygons
};

/**
 * Writes every annotation of the project with an expression to one COCO instances JSON file:
 * each scene is an image (its path relative to the file's folder where it can be), each
 * annotation category a COCO category ("object" for annotations without one), each mask a
 * compressed run-length encoding over the whole scene (or polygons), with area, bbox and
 * iscrowd 0, and the expression, split and provenance as extra fields. Empty masks (an
 * expression that refers to nothing) are kept, with area 0. The file is written atomically:
 * an interrupted export leaves no file or the old one. `progress(done, total)` may return
 * false to cancel; nothing is written then.
 */
Result<CocoExportReport> exportCoco(const Project& project, const QString& file, const CocoExportOptions& options,
                                    const std::function<bool(int, int)>& progress = {});

}  // namespace rrsis
