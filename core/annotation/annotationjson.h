#pragma once
#include <vector>

#include <QJsonArray>
#include <QJsonObject>

#include "annotation/annotation.h"
#include "util/result.h"

namespace rrsis {

/**
 * JSON form of annotations, shared by the project file and the recovery journal. Masks are
 * COCO run-length strings, one per tile, each cropped to its tile's set pixels and placed in
 * scene pixels ({"rect": [x, y, w, h], "counts": "…"}): never one run list over a whole scene.
 * The probability map is not inlined: only its id and region ({"id", "region"}); the caller
 * stores the pixels (a compressed GeoTIFF named after the id).
 */
namespace annotationjson {

/** The tiles of `mask` (only those in `indices` when given; absent ones are skipped). */
QJsonArray tilesToJson(const TiledMask& mask, const std::vector<int>* indices = nullptr);
/** Decodes tiles into `mask` (sized to the scene); checks every rectangle and run list. */
Status tilesFromJson(const QJsonArray& tiles, TiledMask& mask);

/** Everything but the masks and the probability pixels. */
QJsonObject metadataToJson(const Annotation& annotation);
/** Reads the metadata written by metadataToJson into `annotation`. */
Status metadataFromJson(const QJsonObject& object, Annotation& annotation);

/** Metadata plus both hand-edit masks. */
QJsonObject toJson(const Annotation& annotation);
/**
 * An annotation of a scene of `sceneSize` from toJson's form. Its probability map has its id
 * and region but no pixels yet. Errors name what is wrong (a corrupt run-length string, a
 * mask reaching outside its scene).
 */
Result<Annotation> fromJson(const QJsonObject& object, QSize sceneSize);

}  // namespace annotationjson
}  // namespace rrsis
