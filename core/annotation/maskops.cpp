#include "annotation/maskops.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include <opencv2/imgproc.hpp>

// Brushes and polygons are rasterised here by spans rather than with cv::circle / cv::line /
// cv::fillPoly: OpenCV's fixed-point drawing also sets pixels whose centres lie up to about
// half a pixel outside the shape (a radius-3 dot gets 42 pixels instead of 29, a 10 x 10
// square 121), which a user sees as a brush and a lasso that spill over their outline.
// Grow and shrink use an exact Euclidean distance transform rather than dilate / erode with a
// MORPH_ELLIPSE element: that element rounds its row widths up (17 pixels for radius 2, where
// the disc has 13), and the transform costs the same for any radius.

namespace rrsis::maskops {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// Centres exactly on a brush's edge stay covered despite rounding in the span arithmetic.
constexpr double kEdgeSlack = 1e-9;

/** A pixel index from a double, kept far from int overflow. */
int toPixel(double v) { return int(std::clamp(v, -1e9, 1e9)); }
/** The first pixel whose centre is at or after v. */
int firstCentreFrom(double v) { return toPixel(std::ceil(v - 0.5)); }
/** The last pixel whose centre is at or before v. */
int lastCentreUpTo(double v) { return toPixel(std::floor(v - 0.5)); }
/** The last pixel whose centre is strictly before v. */
int lastCentreBefore(double v) { return toPixel(std::ceil(v - 0.5)) - 1; }

bool allFinite(const std::vector<QPointF>& points) {
  return std::all_of(points.begin(), points.end(),
                     [](const QPointF& p) { return std::isfinite(p.x()) && std::isfinite(p.y()); });
}

/** True when `mask` is a CV_8UC1 buffer of the area's size; anything else is a caller's bug. */
bool fits(const cv::Mat& mask, const QRect& area) {
  const bool ok = mask.type() == CV_8UC1 && mask.cols == area.width() && mask.rows == area.height();
  Q_ASSERT_X(ok, "maskops", "the mask must be CV_8UC1 with the area's size");
  return ok && !mask.empty();
}

/** Sets scene columns [x0, x1] of scene row y, clipped to the area, to v. */
void fillRun(cv::Mat& mask, const QRect& area, int y, int x0, int x1, uchar v) {
  x0 = std::max(x0, area.left());
  x1 = std::min(x1, area.right());
  if (x0 > x1) return;
  uchar* row = mask.ptr<uchar>(y - area.y());
  std::fill(row + (x0 - area.x()), row + (x1 - area.x()) + 1, v);
}

/** A closed interval of scene x, grown by union; empty (lo > hi) until something is added. */
struct Span {
  double lo = kInf;
  double hi = -kInf;
  void add(double a, double b) {
    if (a > b) return;
    lo = std::min(lo, a);
    hi = std::max(hi, b);
  }
};

/** Narrows [lo, hi] to the t with lower <= k * t + m <= upper; false when no t is left. */
bool narrow(double k, double m, double lower, double upper, double& lo, double& hi) {
  if (k == 0) return m >= lower && m <= upper;
  double t0 = (lower - m) / k, t1 = (upper - m) / k;
  if (t0 > t1) std::swap(t0, t1);
  lo = std::max(lo, t0);
  hi = std::min(hi, t1);
  return lo <= hi;
}

/** Adds where the horizontal line y = yc meets the disc of radius r around c. */
void addDisc(Span& span, const QPointF& c, double r, double yc) {
  const double dy = yc - c.y(), h2 = r * r - dy * dy;
  if (h2 < 0) return;
  const double h = std::sqrt(h2);
  span.add(c.x() - h, c.x() + h);
}

/** Adds where y = yc meets the band of points within r of segment ab that project onto it. */
void addBand(Span& span, const QPointF& a, const QPointF& b, double r, double yc) {
  const double dx = b.x() - a.x(), dy = b.y() - a.y(), len2 = dx * dx + dy * dy;
  if (len2 == 0) return;
  const double py = yc - a.y(), rl = r * std::sqrt(len2);
  double lo = -kInf, hi = kInf;                        // t = x - a.x
  if (!narrow(-dy, dx * py, -rl, rl, lo, hi)) return;  // distance from the line: |d x (p - a)| <= r |d|
  if (!narrow(dx, dy * py, 0, len2, lo, hi)) return;   // projection on the segment: 0 <= d . (p - a) <= |d|^2
  span.add(a.x() + lo, a.x() + hi);
}

/** Paints the pixels whose centres lie within r of segment ab (a == b: a disc), clipped to the area. */
void paintCapsule(cv::Mat& mask, const QRect& area, const QPointF& a, const QPointF& b, double r, uchar v) {
  // The same bounds as strokeBounds(), so nothing outside it is ever touched.
  const double xMin = std::min(a.x(), b.x()) - r, xMax = std::max(a.x(), b.x()) + r;
  const int y0 = std::max(area.top(), firstCentreFrom(std::min(a.y(), b.y()) - r));
  const int y1 = std::min(area.bottom(), lastCentreUpTo(std::max(a.y(), b.y()) + r));
  for (int y = y0; y <= y1; ++y) {
    const double yc = y + 0.5;
    Span span;  // the capsule is convex, so its row is one interval: the union of the three parts
    addDisc(span, a, r, yc);
    addDisc(span, b, r, yc);
    addBand(span, a, b, r, yc);
    if (span.lo > span.hi) continue;
    fillRun(mask, area, y, firstCentreFrom(std::max(span.lo, xMin)), lastCentreUpTo(std::min(span.hi, xMax)), v);
  }
}

/** A polygon edge with the pixel rows whose centres it crosses: centre y in [top, bottom). */
struct Edge {
  QPointF top, bottom;
  int firstRow = 0, lastRow = 0;
  int winding = 0;  // +1 going down, -1 going up
  double xAt(double y) const {
    const double x = top.x() + (y - top.y()) * (bottom.x() - top.x()) / (bottom.y() - top.y());
    return std::clamp(x, std::min(top.x(), bottom.x()), std::max(top.x(), bottom.x()));
  }
};

/** The edges that cross at least one row centre, sorted by their first row. */
std::vector<Edge> polygonEdges(const std::vector<QPointF>& polygon) {
  std::vector<Edge> edges;
  for (size_t i = 0; i < polygon.size(); ++i) {
    const QPointF& p = polygon[i];
    const QPointF& q = polygon[(i + 1) % polygon.size()];
    Edge e;
    e.winding = p.y() < q.y() ? 1 : -1;
    e.top = p.y() < q.y() ? p : q;
    e.bottom = p.y() < q.y() ? q : p;
    e.firstRow = firstCentreFrom(e.top.y());
    e.lastRow = lastCentreBefore(e.bottom.y());
    if (e.firstRow <= e.lastRow) edges.push_back(e);
  }
  std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) { return a.firstRow < b.firstRow; });
  return edges;
}

/** The 8-connected foreground regions: a label image and each label's pixel count; returns the label count. */
int foregroundRegions(const cv::Mat& mask, cv::Mat& labels, std::vector<int>& areas) {
  cv::Mat stats, centroids;
  const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
  areas.resize(size_t(n));
  for (int i = 0; i < n; ++i) areas[size_t(i)] = stats.at<int>(i, cv::CC_STAT_AREA);
  return n;
}

/** Clears every pixel whose label is not in `keep`. */
void keepLabels(cv::Mat& mask, const cv::Mat& labels, const std::vector<char>& keep) {
  for (int y = 0; y < mask.rows; ++y) {
    uchar* m = mask.ptr<uchar>(y);
    const int* l = labels.ptr<int>(y);
    for (int x = 0; x < mask.cols; ++x)
      if (!keep[size_t(l[x])]) m[x] = 0;
  }
}

/**
 * The largest float distance that still counts as within `pixels`: distances between pixel
 * centres are square roots of integers, and the next one after n is over 1 / (2n + 1) away.
 */
double reach(int pixels) { return pixels + 0.25 / (pixels + 1.0); }

}  // namespace

QRect strokeBounds(const std::vector<QPointF>& points, double radius) {
  if (points.empty() || !(radius >= 0) || !allFinite(points)) return {};
  const double r = radius + kEdgeSlack;
  double x0 = kInf, y0 = kInf, x1 = -kInf, y1 = -kInf;
  for (const QPointF& p : points) {
    x0 = std::min(x0, p.x());
    y0 = std::min(y0, p.y());
    x1 = std::max(x1, p.x());
    y1 = std::max(y1, p.y());
  }
  const QRect bounds(QPoint(firstCentreFrom(x0 - r), firstCentreFrom(y0 - r)),
                     QPoint(lastCentreUpTo(x1 + r), lastCentreUpTo(y1 + r)));
  return bounds.isEmpty() ? QRect() : bounds;
}

void paintStroke(cv::Mat& mask, const QRect& area, const std::vector<QPointF>& points, double radius, bool value) {
  if (!fits(mask, area) || !strokeBounds(points, radius).intersects(area)) return;
  const double r = radius + kEdgeSlack;
  const uchar v = value ? 255 : 0;
  if (points.size() == 1) paintCapsule(mask, area, points[0], points[0], r, v);
  for (size_t i = 1; i < points.size(); ++i) paintCapsule(mask, area, points[i - 1], points[i], r, v);
}

QRect polygonBounds(const std::vector<QPointF>& polygon) {
  if (polygon.size() < 3 || !allFinite(polygon)) return {};
  double x0 = kInf, y0 = kInf, x1 = -kInf, y1 = -kInf;
  for (const QPointF& p : polygon) {
    x0 = std::min(x0, p.x());
    y0 = std::min(y0, p.y());
    x1 = std::max(x1, p.x());
    y1 = std::max(y1, p.y());
  }
  const QRect bounds(QPoint(firstCentreFrom(x0), firstCentreFrom(y0)),
                     QPoint(lastCentreBefore(x1), lastCentreBefore(y1)));
  return bounds.isEmpty() ? QRect() : bounds;
}

void fillPolygon(cv::Mat& mask, const QRect& area, const std::vector<QPointF>& polygon, bool value) {
  if (!fits(mask, area)) return;
  const QRect rows = polygonBounds(polygon) & area;
  if (rows.isEmpty()) return;
  const uchar v = value ? 255 : 0;
  const std::vector<Edge> edges = polygonEdges(polygon);
  std::vector<const Edge*> active;
  std::vector<std::pair<double, int>> crossings;  // x, winding
  size_t next = 0;
  for (int y = rows.top(); y <= rows.bottom(); ++y) {
    while (next < edges.size() && edges[next].firstRow <= y) active.push_back(&edges[next++]);
    active.erase(std::remove_if(active.begin(), active.end(), [y](const Edge* e) { return e->lastRow < y; }),
                 active.end());
    crossings.clear();
    for (const Edge* e : active) crossings.emplace_back(e->xAt(y + 0.5), e->winding);
    std::sort(crossings.begin(), crossings.end());
    int winding = 0;  // non-zero rule: inside wherever the edges to the left do not cancel out
    for (size_t i = 0; i + 1 < crossings.size(); ++i) {
      winding += crossings[i].second;
      if (winding != 0)
        fillRun(mask, area, y, firstCentreFrom(crossings[i].first), lastCentreBefore(crossings[i + 1].first), v);
    }
  }
}

cv::Mat magicWand(const cv::Mat& image, const QRect& area, QPoint seed, int tolerance) {
  const bool ok =
      (image.type() == CV_8UC3 || image.type() == CV_8UC1) && image.cols == area.width() && image.rows == area.height();
  Q_ASSERT_X(ok, "maskops::magicWand", "the image must be CV_8UC3 or CV_8UC1 with the area's size");
  cv::Mat result(image.size(), CV_8U, cv::Scalar(0));
  if (!ok || image.empty() || !area.contains(seed)) return result;
  cv::Mat region(image.rows + 2, image.cols + 2, CV_8U, cv::Scalar(0));
  cv::Mat source = image;  // floodFill wants an output array; FLOODFILL_MASK_ONLY leaves it untouched
  const cv::Scalar diff = cv::Scalar::all(std::clamp(tolerance, 0, 255));
  cv::floodFill(source, region, cv::Point(seed.x() - area.x(), seed.y() - area.y()), cv::Scalar(), nullptr, diff, diff,
                4 | cv::FLOODFILL_FIXED_RANGE | cv::FLOODFILL_MASK_ONLY | (255 << 8));
  region(cv::Rect(1, 1, image.cols, image.rows)).copyTo(result);
  return result;
}

void fillHoles(cv::Mat& mask) {
  if (mask.empty()) return;
  Q_ASSERT(mask.type() == CV_8UC1);
  // A background frame joins every border-touching background region; what the flood from
  // its corner does not reach is a hole.
  cv::Mat framed;
  cv::copyMakeBorder(mask, framed, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
  cv::floodFill(framed, cv::Point(0, 0), cv::Scalar(255), nullptr, cv::Scalar(), cv::Scalar(), 4);
  const cv::Mat holes = framed(cv::Rect(1, 1, mask.cols, mask.rows)) == 0;
  mask.setTo(255, holes);
}

void removeSmallRegions(cv::Mat& mask, int minPixels) {
  if (mask.empty() || minPixels <= 1) return;
  Q_ASSERT(mask.type() == CV_8UC1);
  cv::Mat labels;
  std::vector<int> areas;
  const int n = foregroundRegions(mask, labels, areas);
  std::vector<char> keep(size_t(n), 1);
  for (int i = 1; i < n; ++i) keep[size_t(i)] = areas[size_t(i)] >= minPixels;
  keepLabels(mask, labels, keep);
}

void grow(cv::Mat& mask, int pixels) {
  if (mask.empty() || pixels <= 0 || cv::countNonZero(mask) == 0) return;
  Q_ASSERT(mask.type() == CV_8UC1);
  // Distance from every background pixel to the nearest foreground one (exact Euclidean).
  cv::Mat distance;
  cv::distanceTransform(mask == 0, distance, cv::DIST_L2, cv::DIST_MASK_PRECISE, CV_32F);
  mask.setTo(255, distance <= reach(pixels));
}

void shrink(cv::Mat& mask, int pixels) {
  if (mask.empty() || pixels <= 0) return;
  Q_ASSERT(mask.type() == CV_8UC1);
  // A background frame stands for everything outside; the nearest outside pixel is always in it.
  cv::Mat framed, distance;
  cv::copyMakeBorder(mask, framed, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
  cv::distanceTransform(framed, distance, cv::DIST_L2, cv::DIST_MASK_PRECISE, CV_32F);
  mask.setTo(0, distance(cv::Rect(1, 1, mask.cols, mask.rows)) <= reach(pixels));
}

void keepLargest(cv::Mat& mask) {
  if (mask.empty()) return;
  Q_ASSERT(mask.type() == CV_8UC1);
  cv::Mat labels;
  std::vector<int> areas;
  const int n = foregroundRegions(mask, labels, areas);
  if (n <= 2) return;  // no region or just one
  const int largest = *std::max_element(areas.begin() + 1, areas.end());
  // OpenCV's block-based labelling does not number regions in raster order, so the tie-break
  // scans for the first pixel of a largest region.
  int winner = 0;
  for (int y = 0; y < labels.rows && winner == 0; ++y) {
    const int* l = labels.ptr<int>(y);
    for (int x = 0; x < labels.cols && winner == 0; ++x)
      if (l[x] > 0 && areas[size_t(l[x])] == largest) winner = l[x];
  }
  std::vector<char> keep(size_t(n), 0);
  keep[size_t(winner)] = 1;
  keepLabels(mask, labels, keep);
}

void clear(cv::Mat& mask) { mask.setTo(0); }

}  // namespace rrsis::maskops
