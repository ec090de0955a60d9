#include "synth/datasetsynthesizer.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>
#include <opencv2/imgproc.hpp>

#include "dataset/refsegrs.h"

namespace rrsis {

namespace {

struct DatasetText {
  Q_DECLARE_TR_FUNCTIONS(Dataset)
};

using Cat = SynthCategory;

bool isVehicle(Cat c) {
  return c == Cat::Car || c == Cat::Van || c == Cat::Truck || c == Cat::Bus || c == Cat::Trailer;
}

QString plural(Cat c) {
  switch (c) {
    case Cat::Bus:
      return QStringLiteral("buses");
    case Cat::LowVegetation:
      return QStringLiteral("low vegetation");
    case Cat::Water:
      return QStringLiteral("water");
    default:
      return synthCategoryName(c) + QLatin1Char('s');
  }
}

/**
 * Which object each pixel shows: objects are drawn in list order, so later ones cover
 * earlier ones (a road over the pond, a car over the road). -1 where none.
 */
cv::Mat objectIds(const SynthScene& s) {
  cv::Mat ids(s.rgb.rows, s.rgb.cols, CV_32S, cv::Scalar(-1));
  for (size_t i = 0; i < s.objects.size(); ++i)
    cv::fillPoly(ids, std::vector<std::vector<cv::Point>>{s.objects[i].polygon}, cv::Scalar(int(i)));
  return ids;
}

/** Objects with enough visible pixels in the chip to be named, with their pixel counts. */
std::vector<const SynthObject*> visible(const SynthScene& s, const cv::Mat& ids,
                                        std::map<const SynthObject*, int>* area) {
  std::vector<int> counts(s.objects.size(), 0);
  for (int y = 0; y < ids.rows; ++y) {
    const int* row = ids.ptr<int>(y);
    for (int x = 0; x < ids.cols; ++x)
      if (row[x] >= 0) ++counts[size_t(row[x])];
  }
  std::vector<const SynthObject*> out;
  for (size_t i = 0; i < s.objects.size(); ++i) {
    (*area)[&s.objects[i]] = counts[i];
    if (counts[i] >= 60) out.push_back(&s.objects[i]);
  }
  return out;
}

cv::Point2d centre(const SynthObject* o) { return {o->box.x + o->box.width / 2.0, o->box.y + o->box.height / 2.0}; }

/** "on the left", "at the top", ... for a point, or "" near the middle. */
QString where(cv::Point2d p, int size) {
  const double fx = p.x / size, fy = p.y / size;
  if (fx < 0.3 && fy > 0.25 && fy < 0.75) return QStringLiteral(" on the left");
  if (fx > 0.7 && fy > 0.25 && fy < 0.75) return QStringLiteral(" on the right");
  if (fy < 0.3 && fx > 0.25 && fx < 0.75) return QStringLiteral(" at the top");
  if (fy > 0.7 && fx > 0.25 && fx < 0.75) return QStringLiteral(" at the bottom");
  return {};
}

/** The visible pixels of the given objects. */
cv::Mat rasterise(const std::vector<const SynthObject*>& objects, const SynthScene& scene, const cv::Mat& ids) {
  cv::Mat mask(ids.size(), CV_8U, cv::Scalar(0));
  for (const SynthObject* o : objects) mask.setTo(255, ids == int(o - scene.objects.data()));
  return mask;
}

}  // namespace

DatasetSynthesizer::DatasetSynthesizer(std::uint64_t seed) : seed_(seed), rng_(seed) {}

SynthSample DatasetSynthesizer::next(int size) {
  SceneSynthesizer synth(seed_ * 1000003ULL + std::uint64_t(index_++));
  SynthScene scene = synth.generate(size, size);
  SynthSample out;
  out.rgb = scene.rgb;
  out.geo = scene.geo;
  const cv::Mat ids = objectIds(scene);
  std::map<const SynthObject*, int> area;
  const auto objects = visible(scene, ids, &area);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  auto pick = [&](std::size_t n) { return std::size_t(unit(rng_) * double(n)) % std::max<std::size_t>(n, 1); };

  // Groups by (category, colour) for vehicles and buildings.
  std::map<std::pair<int, QString>, std::vector<const SynthObject*>> byKind;
  std::map<int, std::vector<const SynthObject*>> byCategory;
  for (const SynthObject* o : objects) {
    byCategory[int(o->category)].push_back(o);
    if (isVehicle(o->category) || o->category == Cat::Building) byKind[{int(o->category), o->colour}].push_back(o);
  }
  std::vector<const SynthObject*> target;
  for (int attempt = 0; attempt < 8 && out.expression.isEmpty(); ++attempt) {
    const double r = unit(rng_);
    if (r < 0.45 && !byKind.empty()) {  // one object
      auto it = byKind.begin();
      std::advance(it, long(pick(byKind.size())));
      const auto& [key, members] = *it;
      const QString noun = synthCategoryName(Cat(key.first));
      const QString adjective = key.second == QLatin1String("dark") ? QStringLiteral("dark") : key.second;
      if (members.size() == 1) {
        out.expression = QStringLiteral("the %1 %2%3").arg(adjective, noun, where(centre(members[0]), size));
        target = members;
      } else {
        // The clearly leftmost / rightmost / topmost / bottommost one.
        const int axis = int(pick(4));
        auto coord = [axis](const SynthObject* o) {
          const cv::Point2d c = centre(o);
          return axis == 0 ? c.x : axis == 1 ? -c.x : axis == 2 ? c.y : -c.y;
        };
        std::vector<const SynthObject*> sorted = members;
        std::sort(sorted.begin(), sorted.end(), [&](auto* a, auto* b) { return coord(a) < coord(b); });
        if (coord(sorted[1]) - coord(sorted[0]) >= 40) {
          static const char* words[] = {"on the left", "on the right", "at the top", "at the bottom"};
          out.expression = QStringLiteral("the %1 %2 %3").arg(adjective, noun, QLatin1String(words[axis]));
          target = {sorted[0]};
        }
      }
      out.kind = QStringLiteral("single");
    } else if (r < 0.75 && !byCategory.empty()) {  // every object of a category, or of a colour
      auto it = byCategory.begin();
      std::advance(it, long(pick(byCategory.size())));
      const Cat c = Cat(it->first);
      if (c == Cat::ImperviousSurface) continue;
      if (isVehicle(c) && unit(rng_) < 0.5) {
        const QString colour = it->second[pick(it->second.size())]->colour;
        for (const SynthObject* o : it->second)
          if (o->colour == colour) target.push_back(o);
        out.expression = QStringLiteral("%1 %2").arg(colour, plural(c));
      } else {
        target = it->second;
        const bool single = c == Cat::Road || c == Cat::Water || c == Cat::LowVegetation;
        out.expression =
            single ? QStringLiteral("the %1").arg(synthCategoryName(c)) : QStringLiteral("all %1").arg(plural(c));
      }
      out.kind = QStringLiteral("group");
    } else if (r < 0.9) {  // relations
      const auto& trees = byCategory[int(Cat::Tree)];
      const auto& water = byCategory[int(Cat::Water)];
      const auto& lots = byCategory[int(Cat::ImperviousSurface)];
      if (unit(rng_) < 0.5 && !trees.empty() && !water.empty()) {
        for (const SynthObject* t : trees)
          for (const SynthObject* w : water) {
            if (area[w] < 400) continue;  // a pond must be plainly visible to be named
            const cv::Rect grown(w->box.x - 40, w->box.y - 40, w->box.width + 80, w->box.height + 80);
            if ((grown & t->box).area() > 0 && std::find(target.begin(), target.end(), t) == target.end())
              target.push_back(t);
          }
        if (!target.empty()) out.expression = QStringLiteral("trees near the water");
      } else if (!lots.empty()) {
        for (const SynthObject* o : objects)
          if (isVehicle(o->category))
            for (const SynthObject* lot : lots)
              if (cv::pointPolygonTest(lot->polygon, cv::Point2f(centre(o)), false) >= 0) {
                target.push_back(o);
                break;
              }
        if (!target.empty()) out.expression = QStringLiteral("vehicles in the parking lot");
      }
      out.kind = QStringLiteral("relation");
    } else {  // something that is not there
      static const char* colours[] = {"yellow", "blue", "green", "red", "white"};
      static const Cat kinds[] = {Cat::Bus, Cat::Truck, Cat::Van};
      const QString colour = QLatin1String(colours[pick(5)]);
      const Cat c = kinds[pick(3)];
      if (byKind.count({int(c), colour}) == 0) {
        out.expression = QStringLiteral("the %1 %2").arg(colour, synthCategoryName(c));
        out.kind = QStringLiteral("none");
      }
    }
    if (out.expression.isEmpty()) target.clear();
  }
  if (out.expression.isEmpty()) {  // every chip has a road or grass
    target = byCategory[int(Cat::LowVegetation)];
    out.expression = QStringLiteral("the low vegetation");
    out.kind = QStringLiteral("group");
  }
  out.mask = rasterise(target, scene, ids);
  return out;
}

Status DatasetSynthesizer::writeRefSegRs(const QString& folder, int count, int size,
                                         const std::function<bool(int, int)>& progress) {
  auto writer = RefSegRsWriter::open(folder);
  if (!writer) return Status::failure(writer.error());
  for (int i = 0; i < count; ++i) {
    if (progress && !progress(i, count))
      return Status::failure(DatasetText::tr("Stopped after %1 of %2 samples.").arg(i).arg(count));
    SynthSample s = next(size);
    const int bucket = i % 10;
    const QString split = bucket < 7   ? QStringLiteral("train")
                          : bucket < 8 ? QStringLiteral("val")
                                       : QStringLiteral("test");
    // The scene's pixels are RGB already (the writer expects RGB).
    auto id = writer->append(s.rgb, s.mask, s.expression, split, s.geo);
    if (!id) return Status::failure(id.error());
  }
  if (progress) progress(count, count);
  return {};
}

}  // namespace rrsis
