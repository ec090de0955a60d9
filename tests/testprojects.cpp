#include "testprojects.h"

#include <opencv2/core.hpp>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"

namespace rrsis::test {

namespace {

QString annotationDifference(const Annotation& x, const Annotation& y, QSize size) {
  const auto differs = [&](const char* what) { return QStringLiteral("annotation %1: %2 differs").arg(x.id).arg(what); };
  if (x.id != y.id) return differs("id");
  if (x.expression != y.expression) return differs("expression");
  if (x.category != y.category) return differs("category");
  if (x.split != y.split) return differs("split");
  if (x.colour != y.colour) return differs("colour");
  if (x.visible != y.visible) return differs("visibility");
  if (x.opacity != y.opacity) return differs("opacity");
  if (x.threshold != y.threshold) return differs("threshold");
  if (x.provenance.model != y.provenance.model) return differs("model");
  if (x.provenance.modelHash != y.provenance.modelHash) return differs("model hash");
  if (x.provenance.handEdits != y.provenance.handEdits) return differs("hand edit count");
  if (x.provenance.region != y.provenance.region) return differs("query region");
  if (x.probability.region != y.probability.region) return differs("probability region");
  if (x.probability.probability.size() != y.probability.probability.size() ||
      (!x.probability.isEmpty() && cv::norm(x.probability.probability, y.probability.probability, cv::NORM_INF) != 0))
    return differs("probability map");
  const QRect whole(QPoint(0, 0), size);
  if (cv::norm(x.mask(whole), y.mask(whole), cv::NORM_INF) != 0) return differs("mask");
  if (x.added.count() != y.added.count() || x.erased.count() != y.erased.count()) return differs("hand edit mask");
  return {};
}

}  // namespace

QString projectDifference(const Project& a, const Project& b) {
  if (a.sceneCount() != b.sceneCount())
    return QStringLiteral("%1 scenes instead of %2").arg(b.sceneCount()).arg(a.sceneCount());
  for (int s = 0; s < a.sceneCount(); ++s) {
    if (a.scene(s).path != b.scene(s).path) return QStringLiteral("scene %1: path %2").arg(s).arg(b.scene(s).path);
    if (a.scene(s).size != b.scene(s).size) return QStringLiteral("scene %1: size").arg(s);
    const AnnotationDocument* x = a.document(s);
    const AnnotationDocument* y = b.document(s);
    if (x->count() != y->count())
      return QStringLiteral("scene %1: %2 annotations instead of %3").arg(s).arg(y->count()).arg(x->count());
    for (int i = 0; i < x->count(); ++i)
      if (QString d = annotationDifference(x->at(i), y->at(i), a.scene(s).size); !d.isEmpty())
        return QStringLiteral("scene %1: %2").arg(s).arg(d);
  }
  return {};
}

}  // namespace rrsis::test
