#pragma once
#include <QColor>
#include <QDateTime>
#include <QRect>
#include <QString>
#include <opencv2/core/mat.hpp>

#include "annotation/tiledmask.h"
#include "raster/probabilitymap.h"

namespace rrsis {

/** Which part of a data set an annotation belongs to when it is exported. */
enum class Split { Unassigned, Train, Val, Test };
/** "train", "val", "test" or "" (unassigned). */
QString splitName(Split split);
/** The split named `name` (as splitName writes it); Unassigned for anything else. */
Split splitFromName(const QString& name);

/** Where an annotation came from: the model run that made it and how it was edited since. */
struct Provenance {
  QString model;           ///< bundle name; empty for one drawn by hand
  QString modelHash;       ///< hash of the bundle's files (model.json, weights, tokenizer)
  QString modelPath;       ///< the bundle folder
  QString device;          ///< "cpu", "cuda:0", ...
  QString mode;            ///< "view", "area", "tiled", "hand" or "import"
  QRect region;            ///< the query region in scene pixels
  double threshold = 0.5;  ///< the threshold the model suggested
  double seconds = 0;      ///< time the query took
  QDateTime created;
  int handEdits = 0;  ///< how many mask edits (strokes, polygons, operations) were applied
};

/**
 * One annotation of a scene: an expression and the mask of what it refers to, at full
 * scene resolution. A model's answer keeps its probability map and threshold; hand edits are
 * stored apart as the pixels painted in and the pixels erased, so the mask is
 * `(probability >= threshold | added) & ~erased` and neither a new threshold nor a new model
 * run loses a correction. A value type: copies share the probability pixels and the tiles.
 */
struct Annotation {
  int id = 0;
  QString expression;
  QString category;
  Split split = Split::Unassigned;
  QColor colour;
  bool visible = true;
  double opacity = 0.45;
  ProbabilityMap probability;  ///< empty for an annotation drawn by hand
  double threshold = 0.5;
  TiledMask added;   ///< painted in by hand
  TiledMask erased;  ///< erased by hand
  Provenance provenance;

  bool edited() const { return !added.isEmpty() || !erased.isEmpty(); }
  /** The mask over `rect` (scene pixels), CV_8U 0/255 at full resolution. */
  cv::Mat mask(const QRect& rect) const;
  /** The model's part alone over `rect`: probability >= threshold. */
  cv::Mat predicted(const QRect& rect) const;
  /** The mask sampled at `size` output pixels showing `imageRect` (nearest pixel centres). */
  cv::Mat sample(const QRectF& imageRect, QSize size) const;
  /** Where the mask can be set: the probability map's region joined with the added pixels. */
  QRect extent() const;
  /** A quick, looser extent: the probability map's region joined with the added tiles. */
  QRect coarseExtent() const;
  /** The tight bounding box of the set pixels (empty when the mask is empty). */
  QRect bounds() const;
  /** Number of set pixels. */
  std::int64_t area() const;
};

/** The model's probabilities above `threshold`, sampled at `size` pixels showing `imageRect`. */
cv::Mat sampleProbability(const ProbabilityMap& map, double threshold, const QRectF& imageRect, QSize size);

}  // namespace rrsis
