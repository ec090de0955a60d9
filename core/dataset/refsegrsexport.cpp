#include "dataset/refsegrsexport.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>

#include <QCoreApplication>
#include <QFileInfo>
#include <opencv2/imgproc.hpp>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "dataset/refsegrs.h"
#include "inference/regionreader.h"
#include "raster/scene.h"

namespace rrsis {

namespace {

struct ExportText {
  Q_DECLARE_TR_FUNCTIONS(RefSegRsExport)
};

/** One planned sample. */
struct Planned {
  int scene = 0;
  int annotation = 0;  // index in the document
  QRect footprint;
  Split split = Split::Unassigned;
};

/** Union-find over the planned samples: overlapping footprints of one scene join. */
int root(std::vector<int>& parent, int i) {
  while (parent[size_t(i)] != i)
    i = parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
  return i;
}

/** Gives every unassigned sample the split of its overlap group, or one drawn by share and seed. */
void assignSplits(std::vector<Planned>& plan, const RefSegRsExportOptions& o, QStringList& notes) {
  const int n = int(plan.size());
  std::vector<int> parent(static_cast<size_t>(n));
  std::iota(parent.begin(), parent.end(), 0);
  for (int i = 0; i < n; ++i)
    for (int j = i + 1; j < n; ++j)
      if (plan[size_t(i)].scene == plan[size_t(j)].scene && plan[size_t(i)].footprint.intersects(plan[size_t(j)].footprint))
        parent[size_t(root(parent, j))] = root(parent, i);
  std::map<int, std::vector<int>> groups;
  for (int i = 0; i < n; ++i)
    groups[root(parent, i)].push_back(i);
  std::vector<std::vector<int>*> open;
  for (auto& [r, members] : groups) {
    Split fixed = Split::Unassigned;
    for (int i : members) {
      const Split s = plan[size_t(i)].split;
      if (s == Split::Unassigned)
        continue;
      if (fixed != Split::Unassigned && s != fixed)
        notes << ExportText::tr("Overlapping chips carry different splits (%1 and %2): they leak between splits.")
                     .arg(splitName(fixed), splitName(s));
      if (fixed == Split::Unassigned)
        fixed = s;
    }
    if (fixed == Split::Unassigned) {
      open.push_back(&members);
      continue;
    }
    for (int i : members)
      if (plan[size_t(i)].split == Split::Unassigned)
        plan[size_t(i)].split = fixed;
  }
  // Whole groups by share: shuffled with the seed, then cut by sample counts.
  std::mt19937 random(o.seed);
  std::shuffle(open.begin(), open.end(), random);
  int total = 0;
  for (const auto* g : open)
    total += int(g->size());
  int done = 0;
  for (const auto* g : open) {
    const double at = total > 0 ? (done + 0.5 * double(g->size())) / total : 0;
    const Split s = at < o.trainShare ? Split::Train : at < o.trainShare + o.valShare ? Split::Val : Split::Test;
    for (int i : *g)
      plan[size_t(i)].split = s;
    done += int(g->size());
  }
}

/** The chip's mask: the annotation over the footprint, resampled to the chip by area (>= half covered). */
cv::Mat chipMask(const Annotation& a, const QRect& footprint, int chip) {
  const cv::Mat full = a.mask(footprint);
  if (full.cols == chip && full.rows == chip)
    return full;
  cv::Mat area, out;
  cv::resize(full, area, cv::Size(chip, chip), 0, 0, full.cols > chip ? cv::INTER_AREA : cv::INTER_NEAREST);
  cv::threshold(area, out, 127, 255, cv::THRESH_BINARY);
  return out;
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

Result<RefSegRsExportReport> exportRefSegRs(const Project& project, const QString& folder,
                                            const RefSegRsExportOptions& o,
                                            const std::function<bool(int, int)>& progress) {
  using R = Result<RefSegRsExportReport>;
  if (o.chipSize < 16 || o.chipSize > 8192)
    return R::failure(ExportText::tr("The chip size %1 is outside 16..8192 pixels.").arg(o.chipSize));
  auto writer = RefSegRsWriter::open(folder);
  if (!writer)
    return R::failure(writer.error());
  RefSegRsExportReport report;
  std::vector<Planned> plan;
  std::map<int, SceneContent> scenes;
  for (int s = 0; s < project.sceneCount(); ++s) {
    const AnnotationDocument* d = project.document(s);
    if (d->count() == 0)
      continue;
    auto content = loadSceneContent(project.scene(s).path, StretchDefaults());
    if (!content) {
      report.notes << ExportText::tr("%1 skipped: %2").arg(QFileInfo(project.scene(s).path).fileName(), content.error());
      continue;
    }
    double scale = 1.0;
    if (o.groundSampleDistance > 0) {
      const auto gsd = content->source->info().geo.groundSampleDistance();
      if (gsd && *gsd > 0)
        scale = o.groundSampleDistance / *gsd;
      else
        report.notes << ExportText::tr("%1 has no ground resolution: chips keep its pixels.")
                            .arg(QFileInfo(project.scene(s).path).fileName());
    }
    for (int k = 0; k < d->count(); ++k) {
      const Annotation& a = d->at(k);
      if (a.expression.trimmed().isEmpty()) {
        report.notes << ExportText::tr("Annotation %1 has no expression: skipped.").arg(a.id);
        continue;
      }
      plan.push_back({s, k, chipFootprint(a.bounds(), a.provenance.region, d->sceneSize(), scale, o.chipSize), a.split});
    }
    scenes[s] = std::move(*content);
  }
  assignSplits(plan, o, report.notes);
  const int total = int(plan.size());
  for (int i = 0; i < total; ++i) {
    if (progress && !progress(i, total))
      break;
    const Planned& p = plan[size_t(i)];
    const Annotation& a = project.document(p.scene)->at(p.annotation);
    const SceneContent& content = scenes[p.scene];
    auto rgb = readRegionRgb(*content.source, content.mapping, p.footprint, QSize(o.chipSize, o.chipSize));
    if (!rgb)
      return R::failure(ExportText::tr("Cannot read the chip of “%1”: %2").arg(a.expression, rgb.error()));
    const GeoReference& geo = content.source->info().geo;
    const GeoReference chipGeo = geo.hasTransform()
        ? geo.forWindow(p.footprint.x(), p.footprint.y(), double(p.footprint.width()) / o.chipSize,
                        double(p.footprint.height()) / o.chipSize)
        : GeoReference();
    auto id = writer->append(*rgb, chipMask(a, p.footprint, o.chipSize), a.expression.simplified(), splitName(p.split), chipGeo);
    if (!id)
      return R::failure(id.error());
    report.ids << *id;
    ++report.samples;
  }
  if (progress)
    progress(report.samples, total);
  return report;
}

}  // namespace rrsis
