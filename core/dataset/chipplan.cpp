#include "dataset/chipplan.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include <QCoreApplication>
#include <QFileInfo>
#include <opencv2/imgproc.hpp>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "raster/regionreader.h"

namespace rrsis {

namespace {

struct ChipText {
  Q_DECLARE_TR_FUNCTIONS(RefSegRsExport)
};

/** Union-find over the planned chips: overlapping footprints of one scene join. */
int root(std::vector<int>& parent, int i) {
  while (parent[size_t(i)] != i) i = parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
  return i;
}

/** Groups of chips whose footprints overlap (transitively), per scene; sorted by position so that a sweep finds them fast. */
std::map<int, std::vector<int>> overlapGroups(const std::vector<PlannedChip>& plan) {
  const int n = int(plan.size());
  std::vector<int> parent(static_cast<size_t>(n)), order(static_cast<size_t>(n));
  std::iota(parent.begin(), parent.end(), 0);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    const PlannedChip &pa = plan[size_t(a)], &pb = plan[size_t(b)];
    return pa.scene != pb.scene ? pa.scene < pb.scene : pa.footprint.left() < pb.footprint.left();
  });
  for (size_t i = 0; i < order.size(); ++i) {
    const PlannedChip& a = plan[size_t(order[i])];
    for (size_t j = i + 1; j < order.size(); ++j) {
      const PlannedChip& b = plan[size_t(order[j])];
      if (b.scene != a.scene || b.footprint.left() > a.footprint.right()) break;
      if (a.footprint.intersects(b.footprint)) parent[size_t(root(parent, order[j]))] = root(parent, order[i]);
    }
  }
  std::map<int, std::vector<int>> groups;
  for (int i = 0; i < n; ++i) groups[root(parent, i)].push_back(i);
  return groups;
}

/** Gives every unassigned chip the split of its overlap group, or one drawn by share and seed. */
void assignSplits(std::vector<PlannedChip>& plan, const ChipOptions& o, QStringList& notes) {
  std::map<int, std::vector<int>> groups = overlapGroups(plan);
  std::vector<std::vector<int>*> open;
  for (auto& [r, members] : groups) {
    Split fixed = Split::Unassigned;
    for (int i : members) {
      const Split s = plan[size_t(i)].split;
      if (s == Split::Unassigned) continue;
      if (fixed != Split::Unassigned && s != fixed)
        notes << ChipText::tr("Overlapping chips carry different splits (%1 and %2): they leak between splits.")
                     .arg(splitName(fixed), splitName(s));
      if (fixed == Split::Unassigned) fixed = s;
    }
    if (fixed == Split::Unassigned) {
      open.push_back(&members);
      continue;
    }
    for (int i : members)
      if (plan[size_t(i)].split == Split::Unassigned) plan[size_t(i)].split = fixed;
  }
  // Whole groups by share: shuffled with the seed, then cut by chip counts.
  std::mt19937 random(o.seed);
  std::shuffle(open.begin(), open.end(), random);
  int total = 0;
  for (const auto* g : open) total += int(g->size());
  int done = 0;
  for (const auto* g : open) {
    const double at = total > 0 ? (done + 0.5 * double(g->size())) / total : 0;
    const Split s = at < o.trainShare ? Split::Train : at < o.trainShare + o.valShare ? Split::Val : Split::Test;
    for (int i : *g) plan[size_t(i)].split = s;
    done += int(g->size());
  }
}

}  // namespace

QRect chipFootprint(const QRect& maskBounds, const QRect& queryRegion, QSize sceneSize, double scale, int chip) {
  const QRect scene(QPoint(0, 0), sceneSize);
  const QRect anchor = !maskBounds.isEmpty() ? maskBounds : !queryRegion.isEmpty() ? queryRegion : scene;
  int side = std::max(1, int(std::lround(chip * scale)));
  side = std::max({side, maskBounds.width(), maskBounds.height()});
  const int w = std::min(side, sceneSize.width()), h = std::min(side, sceneSize.height());
  const QPoint c(anchor.x() + anchor.width() / 2, anchor.y() + anchor.height() / 2);
  const int x = std::clamp(c.x() - w / 2, 0, sceneSize.width() - w);
  const int y = std::clamp(c.y() - h / 2, 0, sceneSize.height() - h);
  return QRect(x, y, w, h).intersected(scene);
}

Result<ChipPlan> ChipPlan::make(const Project& project, const ChipOptions& o) {
  using R = Result<ChipPlan>;
  if (o.chipSize < 16 || o.chipSize > 8192)
    return R::failure(ChipText::tr("The chip size %1 is outside 16..8192 pixels.").arg(o.chipSize));
  ChipPlan plan;
  plan.chipSize_ = o.chipSize;
  for (int s = 0; s < project.sceneCount(); ++s) {
    const AnnotationDocument* d = project.document(s);
    if (d->count() == 0) continue;
    const QString name = QFileInfo(project.scene(s).path).fileName();
    auto content = loadSceneContent(project.scene(s).path, StretchDefaults());
    if (!content) {
      plan.notes_ << ChipText::tr("%1 skipped: %2").arg(name, content.error());
      continue;
    }
    double scale = 1.0;
    if (o.groundSampleDistance > 0) {
      const auto gsd = content->source->info().geo.groundSampleDistance();
      if (gsd && *gsd > 0)
        scale = o.groundSampleDistance / *gsd;
      else
        plan.notes_ << ChipText::tr("%1 has no ground resolution: chips keep its pixels.").arg(name);
    }
    for (int k = 0; k < d->count(); ++k) {
      const Annotation& a = d->at(k);
      if (a.expression.trimmed().isEmpty()) {
        plan.notes_ << ChipText::tr("Annotation %1 has no expression: skipped.").arg(a.id);
        continue;
      }
      plan.chips_.push_back(
          {s, k, chipFootprint(a.bounds(), a.provenance.region, d->sceneSize(), scale, o.chipSize), a.split});
    }
    plan.scenes_[s] = std::move(*content);
  }
  assignSplits(plan.chips_, o, plan.notes_);
  return plan;
}

Result<cv::Mat> ChipPlan::readRgb(const PlannedChip& chip) const {
  const SceneContent& content = scenes_.at(chip.scene);
  return readRegionRgb(*content.source, content.mapping, chip.footprint, QSize(chipSize_, chipSize_));
}

cv::Mat ChipPlan::readMask(const Annotation& a, const PlannedChip& chip) const {
  const cv::Mat full = a.mask(chip.footprint);
  if (full.cols == chipSize_ && full.rows == chipSize_) return full;
  cv::Mat area, out;
  cv::resize(full, area, cv::Size(chipSize_, chipSize_), 0, 0,
             full.cols > chipSize_ ? cv::INTER_AREA : cv::INTER_NEAREST);
  cv::threshold(area, out, 127, 255, cv::THRESH_BINARY);
  return out;
}

GeoReference ChipPlan::geoReference(const PlannedChip& chip) const {
  const GeoReference& geo = scenes_.at(chip.scene).source->info().geo;
  if (!geo.hasTransform()) return {};
  return geo.forWindow(chip.footprint.x(), chip.footprint.y(), double(chip.footprint.width()) / chipSize_,
                       double(chip.footprint.height()) / chipSize_);
}

}  // namespace rrsis
