#include "annotation/annotationdocument.h"

#include <algorithm>
#include <set>

#include <QCoreApplication>
#include <QUndoStack>
#include <QUuid>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "annotation/addannotation.h"
#include "annotation/changeannotationvalue.h"
#include "annotation/maskops.h"
#include "annotation/paintmask.h"
#include "annotation/removeannotation.h"
#include "annotation/setexpression.h"
#include "annotation/setprediction.h"

namespace rrsis {

namespace {

/** A palette that reads well over imagery. */
constexpr QRgb kPalette[] = {0xff00e5ff, 0xffff3d7f, 0xffffd600, 0xff76ff03, 0xffd500f9,
                             0xffff9100, 0xff2979ff, 0xff1de9b6, 0xffff1744, 0xffc6ff00};

QRect sceneRect(QSize size) { return QRect(QPoint(0, 0), size); }

}  // namespace

AnnotationDocument::AnnotationDocument(QSize sceneSize, QObject* parent)
    : QObject(parent), sceneSize_(sceneSize), undo_(new QUndoStack(this)) {}

AnnotationDocument::~AnnotationDocument() {
  // Commands refer to the document: drop them before the annotations go.
  undo_->clear();
}

int AnnotationDocument::indexOf(int id) const {
  for (size_t i = 0; i < annotations_.size(); ++i)
    if (annotations_[i].id == id) return int(i);
  return -1;
}

const Annotation* AnnotationDocument::find(int id) const {
  const int i = indexOf(id);
  return i < 0 ? nullptr : &annotations_[size_t(i)];
}

Annotation* AnnotationDocument::findMutable(int id) {
  const int i = indexOf(id);
  return i < 0 ? nullptr : &annotations_[size_t(i)];
}

void AnnotationDocument::push(QUndoCommand* command) { undo_->push(command); }

int AnnotationDocument::gestureSerial() { return inGesture_ ? serial_ : ++serial_; }

void AnnotationDocument::beginGesture() {
  ++serial_;
  inGesture_ = true;
}

void AnnotationDocument::endGesture() {
  inGesture_ = false;
  ++serial_;
}

int AnnotationDocument::addAnnotation(Annotation a) {
  if (!a.colour.isValid()) {
    const int n = int(std::size(kPalette));
    a.colour = QColor::fromRgba(kPalette[(nextId_ - 1) % n]);
    for (int i = 0; i < n; ++i) {
      const QRgb c = kPalette[(nextId_ - 1 + i) % n];
      if (std::none_of(annotations_.begin(), annotations_.end(),
                       [c](const Annotation& o) { return o.colour.rgba() == c; })) {
        a.colour = QColor::fromRgba(c);
        break;
      }
    }
  }
  a.id = nextId_++;
  if (!a.probability.isEmpty() && a.probability.id.isEmpty())
    a.probability.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
  if (!a.provenance.created.isValid()) a.provenance.created = QDateTime::currentDateTime();
  if (a.added.size().isEmpty()) a.added = TiledMask(sceneSize_);
  if (a.erased.size().isEmpty()) a.erased = TiledMask(sceneSize_);
  const int id = a.id;
  push(new AddAnnotation(this, std::move(a)));
  return id;
}

void AnnotationDocument::removeAnnotation(int id) {
  if (find(id)) push(new RemoveAnnotation(this, id));
}

int AnnotationDocument::duplicateAnnotation(int id) {
  const Annotation* a = find(id);
  if (!a) return 0;
  Annotation copy = *a;
  copy.expression = tr("%1 (copy)").arg(a->expression);
  copy.colour = QColor();
  copy.provenance.created = QDateTime();
  return addAnnotation(std::move(copy));
}

void AnnotationDocument::mergeAnnotations(int id, int other) {
  const Annotation* a = find(id);
  const Annotation* b = find(other);
  if (!a || !b || id == other) return;
  undo_->beginMacro(tr("Merge “%1” into “%2”").arg(b->expression, a->expression));
  const QRect rect = b->extent();
  const cv::Mat theirs = b->mask(rect);
  editMask(id, rect, tr("Merge"), [&](cv::Mat& m, const QRect&) { cv::bitwise_or(m, theirs, m); });
  push(new RemoveAnnotation(this, other));
  undo_->endMacro();
}

void AnnotationDocument::setExpression(int id, const QString& expression) {
  const Annotation* a = find(id);
  const QString e = expression.simplified();
  if (!a || e.isEmpty() || e == a->expression) return;
  push(new SetExpression(this, id, a->expression, e));
}

void AnnotationDocument::setVisible(int id, bool v) {
  const Annotation* a = find(id);
  if (!a || a->visible == v) return;
  push(new ChangeAnnotationValue(this, id, Property::Visible, a->visible, v,
                                 (v ? tr("Show “%1”") : tr("Hide “%1”")).arg(a->expression), ++serial_));
}

void AnnotationDocument::setOpacity(int id, double v) {
  const Annotation* a = find(id);
  v = std::clamp(v, 0.0, 1.0);
  if (!a || a->opacity == v) return;
  push(new ChangeAnnotationValue(this, id, Property::Opacity, a->opacity, v,
                                 tr("Change Opacity of “%1”").arg(a->expression), gestureSerial()));
}

void AnnotationDocument::setThreshold(int id, double v) {
  const Annotation* a = find(id);
  v = std::clamp(v, 0.0, 1.0);
  if (!a || a->threshold == v) return;
  push(new ChangeAnnotationValue(this, id, Property::Threshold, a->threshold, v,
                                 tr("Change Threshold of “%1”").arg(a->expression), gestureSerial()));
}

void AnnotationDocument::setColour(int id, const QColor& v) {
  const Annotation* a = find(id);
  if (!a || !v.isValid() || a->colour == v) return;
  push(new ChangeAnnotationValue(this, id, Property::Colour, a->colour, v,
                                 tr("Change Colour of “%1”").arg(a->expression), ++serial_));
}

void AnnotationDocument::setCategory(int id, const QString& v) {
  const Annotation* a = find(id);
  if (!a || a->category == v.simplified()) return;
  push(new ChangeAnnotationValue(this, id, Property::Category, a->category, v.simplified(),
                                 tr("Change Category of “%1”").arg(a->expression), ++serial_));
}

void AnnotationDocument::setSplit(int id, Split v) {
  const Annotation* a = find(id);
  if (!a || a->split == v) return;
  push(new ChangeAnnotationValue(this, id, Property::Split, int(a->split), int(v),
                                 tr("Change Split of “%1”").arg(a->expression), ++serial_));
}

void AnnotationDocument::replacePrediction(int id, const ProbabilityMap& map, const Provenance& provenance) {
  const Annotation* a = find(id);
  if (!a) return;
  Provenance p = provenance;
  p.handEdits = a->provenance.handEdits;
  ProbabilityMap m = map;
  if (!m.isEmpty() && m.id.isEmpty()) m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
  push(new SetPrediction(this, id, a->probability, a->provenance, m, p,
                         tr("Run Model Again on “%1”").arg(a->expression)));
}

template <class Edit>
void AnnotationDocument::editMask(int id, const QRect& area, const QString& text, Edit edit, bool local) {
  const Annotation* a = find(id);
  const QRect rect = area.intersected(sceneRect(sceneSize_));
  if (!a || rect.isEmpty()) return;
  // A local edit (a stroke, a polygon) gives the same pixels whatever buffer it runs on, so a
  // large one runs chunk by chunk: a polygon over a third of a huge scene never needs a
  // buffer of that size. Whole-mask operations see the whole rectangle at once.
  constexpr int kChunk = 1024;
  const int x0 = local ? rect.left() / kChunk * kChunk : rect.left();
  const int y0 = local ? rect.top() / kChunk * kChunk : rect.top();
  const int stepX = local ? kChunk : rect.width(), stepY = local ? kChunk : rect.height();
  TiledMask newAdded = a->added, newErased = a->erased;
  std::set<int> changedAdded, changedErased;
  for (int y = y0; y <= rect.bottom(); y += stepY)
    for (int x = x0; x <= rect.right(); x += stepX) {
      const QRect chunk = QRect(x, y, stepX, stepY).intersected(rect);
      const cv::Mat before = a->mask(chunk);
      cv::Mat after = before.clone();
      edit(after, chunk);
      cv::Mat on, off;
      cv::bitwise_and(after, ~before, on);
      cv::bitwise_and(before, ~after, off);
      if (cv::countNonZero(on) == 0 && cv::countNonZero(off) == 0) continue;
      // Minimal hand edits: paint only where the model says no, erase only where it says yes.
      const cv::Mat base = a->predicted(chunk);
      cv::Mat added = a->added.read(chunk), erased = a->erased.read(chunk);
      added.setTo(0, off);
      added.setTo(255, on & ~base);
      erased.setTo(0, on);
      erased.setTo(255, off & base);
      for (int index : newAdded.write(chunk, added)) changedAdded.insert(index);
      for (int index : newErased.write(chunk, erased)) changedErased.insert(index);
    }
  if (changedAdded.empty() && changedErased.empty()) return;
  PaintMask::Tiles was, now;
  for (int index : changedAdded) {
    was.added[index] = a->added.tile(index);
    now.added[index] = newAdded.tile(index);
  }
  for (int index : changedErased) {
    was.erased[index] = a->erased.tile(index);
    now.erased[index] = newErased.tile(index);
  }
  // Every edit of one gesture counts once: they all start from the count before the gesture.
  const int serial = gestureSerial();
  if (serial != lastEditSerial_ || id != lastEditId_) {
    lastEditSerial_ = serial;
    lastEditId_ = id;
    lastEditBefore_ = a->provenance.handEdits;
  }
  push(new PaintMask(this, id, text, std::move(was), std::move(now), lastEditBefore_, serial));
}

void AnnotationDocument::paintStroke(int id, const std::vector<QPointF>& points, double radius, bool erase) {
  if (points.empty() || radius <= 0) return;
  const QRect rect = maskops::strokeBounds(points, radius);
  editMask(
      id, rect, erase ? tr("Erase") : tr("Paint"),
      [&](cv::Mat& m, const QRect& chunk) { maskops::paintStroke(m, chunk, points, radius, !erase); }, true);
}

void AnnotationDocument::fillPolygon(int id, const std::vector<QPointF>& polygon, bool subtract) {
  if (polygon.size() < 3) return;
  const QRect rect = maskops::polygonBounds(polygon).intersected(sceneRect(sceneSize_));
  editMask(
      id, rect, subtract ? tr("Subtract Polygon") : tr("Add Polygon"),
      [&](cv::Mat& m, const QRect& chunk) { maskops::fillPolygon(m, chunk, polygon, !subtract); }, true);
}

void AnnotationDocument::magicWand(int id, const cv::Mat& image, const QRect& area, QPoint seed, int tolerance,
                                   bool subtract) {
  const cv::Mat region = maskops::magicWand(image, area, seed, tolerance);
  if (region.empty() || cv::countNonZero(region) == 0) return;
  const cv::Rect box = cv::boundingRect(region);
  const QRect rect(area.x() + box.x, area.y() + box.y, box.width, box.height);
  const cv::Mat part = region(box);
  editMask(id, rect, subtract ? tr("Subtract Magic Wand") : tr("Magic Wand"), [&](cv::Mat& m, const QRect&) {
    const QRect clipped = rect.intersected(sceneRect(sceneSize_));
    const cv::Mat p = part(cv::Rect(clipped.x() - rect.x(), clipped.y() - rect.y(), clipped.width(), clipped.height()));
    m.setTo(subtract ? 0 : 255, p);
  });
}

void AnnotationDocument::applyMaskOperation(int id, MaskOperation op, int n) {
  const Annotation* a = find(id);
  if (!a) return;
  // Work on the mask's extent with a margin: room to grow, and a background ring so that
  // holes are told from the outside.
  const int margin = (op == MaskOperation::Grow ? std::max(0, n) : 0) + 1;
  const QRect rect = a->extent().adjusted(-margin, -margin, margin, margin);
  switch (op) {
    case MaskOperation::FillHoles:
      editMask(id, rect, tr("Fill Holes"), [](cv::Mat& m, const QRect&) { maskops::fillHoles(m); });
      break;
    case MaskOperation::RemoveSmallRegions:
      editMask(id, rect, tr("Remove Regions Smaller Than %1 px").arg(n),
               [n](cv::Mat& m, const QRect&) { maskops::removeSmallRegions(m, n); });
      break;
    case MaskOperation::Grow:
      editMask(id, rect, tr("Grow by %1 px").arg(n), [n](cv::Mat& m, const QRect&) { maskops::grow(m, n); });
      break;
    case MaskOperation::Shrink:
      editMask(id, rect, tr("Shrink by %1 px").arg(n), [n](cv::Mat& m, const QRect&) { maskops::shrink(m, n); });
      break;
    case MaskOperation::KeepLargest:
      editMask(id, rect, tr("Keep Largest Region"), [](cv::Mat& m, const QRect&) { maskops::keepLargest(m); });
      break;
    case MaskOperation::Clear:
      editMask(
          id, rect, tr("Clear Mask"), [](cv::Mat& m, const QRect&) { maskops::clear(m); }, true);
      break;
  }
}

void AnnotationDocument::setMask(int id, const QRect& rect, const cv::Mat& mask, const QString& text) {
  const QRect clipped = rect.intersected(sceneRect(sceneSize_));
  editMask(id, clipped, text, [&](cv::Mat& m, const QRect&) {
    const cv::Mat src =
        mask(cv::Rect(clipped.x() - rect.x(), clipped.y() - rect.y(), clipped.width(), clipped.height()));
    cv::compare(src, 0, m, cv::CMP_NE);
  });
}

void AnnotationDocument::clear() {
  undo_->clear();
  annotations_.clear();
  Q_EMIT cleared();
}

void AnnotationDocument::restore(std::vector<Annotation> annotations) {
  clear();
  for (Annotation& a : annotations) {
    nextId_ = std::max(nextId_, a.id + 1);
    if (a.added.size().isEmpty()) a.added = TiledMask(sceneSize_);
    if (a.erased.size().isEmpty()) a.erased = TiledMask(sceneSize_);
    annotations_.push_back(std::move(a));
    Q_EMIT annotationAdded(annotations_.back().id);
  }
}

void AnnotationDocument::insertAt(int index, Annotation a) {
  index = std::clamp(index, 0, count());
  const int id = a.id;
  annotations_.insert(annotations_.begin() + index, std::move(a));
  Q_EMIT annotationAdded(id);
}

Annotation AnnotationDocument::takeAt(int index) {
  Annotation a = std::move(annotations_[size_t(index)]);
  annotations_.erase(annotations_.begin() + index);
  Q_EMIT annotationRemoved(a.id);
  return a;
}

void AnnotationDocument::assign(int id, Property p, const QVariant& v) {
  Annotation* a = findMutable(id);
  if (!a) return;
  switch (p) {
    case Property::Visible:
      a->visible = v.toBool();
      break;
    case Property::Opacity:
      a->opacity = v.toDouble();
      break;
    case Property::Threshold:
      a->threshold = v.toDouble();
      break;
    case Property::Colour:
      a->colour = v.value<QColor>();
      break;
    case Property::Category:
      a->category = v.toString();
      break;
    case Property::Split:
      a->split = Split(v.toInt());
      break;
  }
  Q_EMIT annotationChanged(id);
  if (p == Property::Threshold) Q_EMIT maskChanged(id, a->probability.region);
}

void AnnotationDocument::assignExpression(int id, const QString& expression) {
  if (Annotation* a = findMutable(id)) {
    a->expression = expression;
    Q_EMIT annotationChanged(id);
  }
}

void AnnotationDocument::assignTiles(int id, const TiledMask::TileMap& added, const TiledMask::TileMap& erased,
                                     int handEdits) {
  Annotation* a = findMutable(id);
  if (!a) return;
  QRect region;
  for (const auto& [index, tile] : added) {
    a->added.setTile(index, tile);
    region |= a->added.tileRect(index);
  }
  for (const auto& [index, tile] : erased) {
    a->erased.setTile(index, tile);
    region |= a->erased.tileRect(index);
  }
  a->provenance.handEdits = handEdits;
  if (!region.isEmpty()) Q_EMIT maskChanged(id, region);
}

void AnnotationDocument::assignPrediction(int id, const ProbabilityMap& map, const Provenance& provenance) {
  Annotation* a = findMutable(id);
  if (!a) return;
  const QRect region = a->probability.region | map.region;
  a->probability = map;
  a->provenance = provenance;
  Q_EMIT annotationChanged(id);
  Q_EMIT maskChanged(id, region);
}

}  // namespace rrsis
