#pragma once
#include <functional>

#include <QString>
#include <QStringList>

#include "util/result.h"

namespace rrsis {

class Project;

/** What an import added. */
struct CocoImportReport {
  int annotations = 0;
  int scenes = 0;     ///< project scenes that received annotations
  QStringList notes;  ///< images not in the project, annotations that could not be read, and why
};

/**
 * Reads a COCO instances file (as exportCoco writes it, or any COCO file with run-length or
 * polygon masks, mixed as they come) into the project's scenes for further editing. An image
 * belongs to the project scene whose file it names (relative to the JSON's folder, as an
 * absolute path, or by file name alone) and whose size it has. Each annotation becomes a hand-
 * drawn mask with its expression (the `expression` field, else the category name), category
 * and split, provenance mode "import". Everything imported into one scene is one undo step.
 * Images without a scene and annotations whose mask cannot be read (wrong size, bad counts)
 * are left out with a note; a file that is not COCO JSON, or cut short, is an error and
 * changes nothing.
 */
Result<CocoImportReport> importCoco(Project& project, const QString& file,
                                    const std::function<bool(int, int)>& progress = {});

}  // namespace rrsis
