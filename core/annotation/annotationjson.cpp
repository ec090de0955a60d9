#include "annotation/annotationjson.h"

#include <cmath>

#include <QCoreApplication>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "annotation/cocorle.h"

namespace rrsis::annotationjson {

namespace {

/** The translation context of this file's messages. */
struct AnnotationJsonText {
  Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

QJsonArray rectToJson(const QRect& r) { return QJsonArray{r.x(), r.y(), r.width(), r.height()}; }

bool rectFromJson(const QJsonValue& v, QRect& r) {
  const QJsonArray a = v.toArray();
  if (a.size() != 4) return false;
  for (const QJsonValue& x : a)
    // The range first: converting a number beyond qint64 to an integer is undefined.
    if (!x.isDouble() || !(std::abs(x.toDouble()) <= 1e9) || x.toDouble() != std::trunc(x.toDouble())) return false;
  r = QRect(a[0].toInt(), a[1].toInt(), a[2].toInt(), a[3].toInt());
  return true;
}

}  // namespace

QJsonArray tilesToJson(const TiledMask& mask, const std::vector<int>* indices) {
  QJsonArray out;
  auto add = [&](int index, const TiledMask::Tile& tile) {
    if (!tile) return;
    const QRect tr = mask.tileRect(index);
    if (tile->isFull()) {  // the inside of a large mask: one run, no pixels to look at
      CocoRle rle{tr.height(), tr.width(), {0, std::int64_t(tr.width()) * tr.height()}};
      out.append(QJsonObject{{QStringLiteral("rect"), rectToJson(tr)},
                             {QStringLiteral("counts"), QString::fromLatin1(rleToString(rle))}});
      return;
    }
    // Straight from the bits: the box, then the runs down each column (COCO order).
    const cv::Rect box = tile->bounds(cv::Rect(0, 0, tr.width(), tr.height()));
    if (box.empty()) return;
    CocoRle rle{box.height, box.width, {}};
    bool on = false;
    std::int64_t run = 0;
    for (int x = box.x; x < box.x + box.width; ++x)
      for (int y = box.y; y < box.y + box.height; ++y) {
        if (tile->at(x, y) != on) {
          rle.counts.push_back(run);
          run = 0;
          on = !on;
        }
        ++run;
      }
    rle.counts.push_back(run);
    const QRect r(tr.x() + box.x, tr.y() + box.y, box.width, box.height);
    out.append(QJsonObject{{QStringLiteral("rect"), rectToJson(r)},
                           {QStringLiteral("counts"), QString::fromLatin1(rleToString(rle))}});
  };
  if (indices) {
    for (int i : *indices) add(i, mask.tile(i));
  } else {
    for (const auto& [index, tile] : mask.tiles()) add(index, tile);
  }
  return out;
}

Status tilesFromJson(const QJsonArray& tiles, TiledMask& mask) {
  const QRect scene(QPoint(0, 0), mask.size());
  for (const QJsonValue& v : tiles) {
    const QJsonObject t = v.toObject();
    QRect r;
    if (!rectFromJson(t.value(QStringLiteral("rect")), r) || r.isEmpty())
      return Status::failure(AnnotationJsonText::tr("a mask tile has no valid \"rect\"."));
    if (!scene.contains(r))
      return Status::failure(
          AnnotationJsonText::tr("a mask reaches outside its scene (%1, %2, %3 x %4 on a %5 x %6 scene).")
              .arg(r.x())
              .arg(r.y())
              .arg(r.width())
              .arg(r.height())
              .arg(scene.width())
              .arg(scene.height()));
    auto rle = rleFromString(t.value(QStringLiteral("counts")).toString().toLatin1(), r.height(), r.width());
    if (!rle)
      return Status::failure(AnnotationJsonText::tr("a mask's run-length string is corrupt: %1").arg(rle.error()));
    const std::vector<int> covered = mask.tilesIn(r);
    if (covered.size() == 1 && mask.tileRect(covered.front()) == r && r.width() == TiledMask::kTileSize &&
        r.height() == TiledMask::kTileSize && rle->counts.size() == 2 && rle->counts[0] == 0 &&
        rle->counts[1] == std::int64_t(r.width()) * r.height()) {
      mask.setTile(covered.front(), MaskTile::full());  // a whole tile set: the shared full tile
      continue;
    }
    auto pixels = decodeRle(*rle);
    if (!pixels)
      return Status::failure(AnnotationJsonText::tr("a mask's run-length string is corrupt: %1").arg(pixels.error()));
    cv::Mat merged = mask.read(r);
    cv::bitwise_or(merged, *pixels, merged);
    mask.write(r, merged);
  }
  return {};
}

QJsonObject metadataToJson(const Annotation& a) {
  const Provenance& p = a.provenance;
  QJsonObject prov{{QStringLiteral("model"), p.model},
                   {QStringLiteral("model_hash"), p.modelHash},
                   {QStringLiteral("model_path"), p.modelPath},
                   {QStringLiteral("device"), p.device},
                   {QStringLiteral("mode"), p.mode},
                   {QStringLiteral("region"), rectToJson(p.region)},
                   {QStringLiteral("threshold"), p.threshold},
                   {QStringLiteral("seconds"), p.seconds},
                   {QStringLiteral("created"), p.created.toUTC().toString(Qt::ISODateWithMs)},
                   {QStringLiteral("hand_edits"), p.handEdits}};
  QJsonObject o{{QStringLiteral("id"), a.id},
                {QStringLiteral("expression"), a.expression},
                {QStringLiteral("category"), a.category},
                {QStringLiteral("split"), splitName(a.split)},
                {QStringLiteral("colour"), a.colour.name(QColor::HexArgb)},
                {QStringLiteral("visible"), a.visible},
                {QStringLiteral("opacity"), a.opacity},
                {QStringLiteral("threshold"), a.threshold},
                {QStringLiteral("provenance"), prov}};
  if (!a.probability.isEmpty() || !a.probability.id.isEmpty())
    o.insert(QStringLiteral("probability"), QJsonObject{{QStringLiteral("id"), a.probability.id},
                                                        {QStringLiteral("region"), rectToJson(a.probability.region)}});
  return o;
}

Status metadataFromJson(const QJsonObject& o, Annotation& a) {
  const QJsonValue id = o.value(QStringLiteral("id"));
  if (!id.isDouble() || id.toDouble() < 1 || id.toDouble() > 1e9)
    return Status::failure(AnnotationJsonText::tr("an annotation has no valid \"id\"."));
  a.id = id.toInt();
  a.expression = o.value(QStringLiteral("expression")).toString();
  a.category = o.value(QStringLiteral("category")).toString();
  a.split = splitFromName(o.value(QStringLiteral("split")).toString());
  a.colour = QColor(o.value(QStringLiteral("colour")).toString());
  a.visible = o.value(QStringLiteral("visible")).toBool(true);
  a.opacity = std::clamp(o.value(QStringLiteral("opacity")).toDouble(0.45), 0.0, 1.0);
  a.threshold = std::clamp(o.value(QStringLiteral("threshold")).toDouble(0.5), 0.0, 1.0);
  const QJsonObject p = o.value(QStringLiteral("provenance")).toObject();
  Provenance& v = a.provenance;
  v.model = p.value(QStringLiteral("model")).toString();
  v.modelHash = p.value(QStringLiteral("model_hash")).toString();
  v.modelPath = p.value(QStringLiteral("model_path")).toString();
  v.device = p.value(QStringLiteral("device")).toString();
  v.mode = p.value(QStringLiteral("mode")).toString();
  rectFromJson(p.value(QStringLiteral("region")), v.region);
  v.threshold = p.value(QStringLiteral("threshold")).toDouble(0.5);
  v.seconds = p.value(QStringLiteral("seconds")).toDouble();
  v.created = QDateTime::fromString(p.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
  v.handEdits = std::max(0, p.value(QStringLiteral("hand_edits")).toInt());
  const QJsonObject prob = o.value(QStringLiteral("probability")).toObject();
  a.probability = ProbabilityMap();
  if (!prob.isEmpty()) {
    a.probability.id = prob.value(QStringLiteral("id")).toString();
    if (!rectFromJson(prob.value(QStringLiteral("region")), a.probability.region))
      return Status::failure(
          AnnotationJsonText::tr("annotation %1 has a probability map without a valid region.").arg(a.id));
  }
  return {};
}

QJsonObject toJson(const Annotation& a) {
  QJsonObject o = metadataToJson(a);
  o.insert(QStringLiteral("added"), tilesToJson(a.added));
  o.insert(QStringLiteral("erased"), tilesToJson(a.erased));
  return o;
}

Result<Annotation> fromJson(const QJsonObject& o, QSize sceneSize) {
  Annotation a;
  if (Status s = metadataFromJson(o, a); !s) return Result<Annotation>::failure(s.error());
  a.added = TiledMask(sceneSize);
  a.erased = TiledMask(sceneSize);
  for (auto [key, mask] : {std::pair{"added", &a.added}, std::pair{"erased", &a.erased}}) {
    if (Status s = tilesFromJson(o.value(QLatin1String(key)).toArray(), *mask); !s)
      return Result<Annotation>::failure(
          AnnotationJsonText::tr("annotation %1 (“%2”): %3").arg(a.id).arg(a.expression, s.error()));
  }
  return a;
}

}  // namespace rrsis::annotationjson
