#pragma once
#include <functional>

#include <QString>
#include <QStringList>

#include "dataset/chipplan.h"
#include "util/result.h"

namespace rrsis {

class Project;

/** How annotations become an RRSIS-D / RefCOCO dataset: 800 px chips, as RRSIS-D has. */
struct RrsisdExportOptions : ChipOptions {
  RrsisdExportOptions() { chipSize = 800; }
  bool overwrite = false;  ///< replace an existing folder; otherwise it is an error and stays untouched
  int jpegQuality = 95;
};

/** What an export wrote. */
struct RrsisdExportReport {
  int images = 0;
  int refs = 0;
  int categories = 0;
  QStringList notes;  ///< annotations left out and why, splits forced by overlaps
};

/**
 * Writes the project's annotations with an expression as a new dataset folder in the
 * RRSIS-D / RefCOCO layout, one chip per annotation (cut and split as for RefSegRS, see
 * ChipPlan): `JPEGImages/NNNNN.jpg`, `instances.json` (COCO images; annotations with
 * compressed run-length masks, area, bbox and the category under both RRSIS-D's
 * `categories_id` and COCO's `category_id`; categories) and `refs(unc).p`, a protocol-2
 * pickle of plain dicts with image_id, split, sentences [{tokens, raw, sent_id, sent}],
 * file_name, category_id, ann_id, sent_ids and ref_id, which the REFER API of LAVT and RMSIN
 * loads unchanged. The folder is built hidden beside the target and renamed into place, so an
 * interrupted, failed or cancelled export leaves nothing. `progress(done, total)` may return
 * false to cancel.
 */
Result<RrsisdExportReport> exportRrsisd(const Project& project, const QString& folder,
                                        const RrsisdExportOptions& options,
                                        const std::function<bool(int, int)>& progress = {});

/** RefCOCO's tokens of a sentence: lower case words, punctuation dropped. */
QStringList refTokens(const QString& sentence);

}  // namespace rrsis
