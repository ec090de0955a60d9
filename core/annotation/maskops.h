#pragma once
#include <vector>

#include <QPoint>
#include <QPointF>
#include <QRect>
#include <opencv2/core/mat.hpp>

/**
 * Edits of binary annotation masks, the pixel work behind the brush, eraser, lasso, magic
 * wand and mask clean-up actions. Masks are CV_8UC1 with 0 / 255 (any non-zero value counts
 * as foreground). Geometry is in scene pixel coordinates (level-0 pixels): pixel (x, y)
 * covers [x, x + 1) x [y, y + 1) and its centre is (x + 0.5, y + 0.5). A mask buffer covers
 * the scene rectangle `area` passed with it, so buffer pixel (c, r) is scene pixel
 * (area.x() + c, area.y() + r); its size must be area.size(). Geometry outside the buffer
 * is clipped. Brush and polygon rasterisation is exact (a pixel is covered when its centre
 * is), so what is painted does not depend on where the buffer starts. The functions own
 * nothing and keep no state; they may run on any thread, one mask per thread at a time.
 *
 * Connectivity: foreground regions are 8-connected, background regions 4-connected (the
 * dual pair, so a diagonal line of foreground encloses what lies behind it); the magic wand
 * grows 4-connected so it does not leak through diagonal gaps.
 */
namespace rrsis::maskops {

/** Scene-pixel bounding box of the pixels that paintStroke() may change (clipped by nothing); empty for no points. */
QRect strokeBounds(const std::vector<QPointF>& points, double radius);
/**
 * Paints (`value` true -> 255) or clears (false -> 0) a round brush of `radius` scene pixels
 * swept along the polyline `points` (one point is a dot). Samples are joined by straight
 * segments, so there are no gaps however far apart they are. A pixel is covered when its
 * centre is within `radius` (inclusive) of the polyline. A negative radius paints nothing.
 */
void paintStroke(cv::Mat& mask, const QRect& area, const std::vector<QPointF>& points, double radius, bool value);

/** Scene-pixel bounding box of the pixels that fillPolygon() may change; empty for fewer than 3 vertices. */
QRect polygonBounds(const std::vector<QPointF>& polygon);
/**
 * Fills (`value` true -> 255, false -> 0) the closed polygon with vertices in scene
 * coordinates (a freehand lasso is just many vertices). A pixel is covered when its centre
 * is inside; a centre exactly on an edge counts when the inside lies to its right or below
 * it (half-open), so polygons sharing an edge cover each pixel once. Self-intersecting
 * polygons use the non-zero winding rule: a lasso that loops over itself keeps the overlap.
 * Fewer than 3 vertices: no-op.
 */
void fillPolygon(cv::Mat& mask, const QRect& area, const std::vector<QPointF>& polygon, bool value);

/**
 * Magic wand: the 4-connected region of `image` (CV_8UC3 or CV_8UC1, covering `area`) around
 * the scene pixel `seed` whose every channel differs from the seed pixel's by at most
 * `tolerance` (0..255, fixed range: compared with the seed, not with the neighbour). Returns a
 * 0/255 mask the size of `image`; all zero when the seed is outside `area`.
 */
cv::Mat magicWand(const cv::Mat& image, const QRect& area, QPoint seed, int tolerance);

/** Fills holes: background regions (4-connected) that do not touch the buffer border become foreground. */
void fillHoles(cv::Mat& mask);
/** Clears the 8-connected foreground regions with fewer than `minPixels` pixels. */
void removeSmallRegions(cv::Mat& mask, int minPixels);
/**
 * Grows the foreground by `pixels`: every pixel whose centre is within `pixels` of a
 * foreground pixel's centre becomes foreground (dilation by a disc of diameter
 * 2 * pixels + 1). No-op for pixels <= 0.
 */
void grow(cv::Mat& mask, int pixels);
/**
 * Shrinks the foreground by `pixels`: clears every foreground pixel with a background pixel
 * within `pixels` of it (erosion by the same disc); pixels outside the buffer count as
 * background. No-op for pixels <= 0.
 */
void shrink(cv::Mat& mask, int pixels);
/** Keeps only the largest 8-connected foreground region (ties: the one whose first pixel comes first in raster order). */
void keepLargest(cv::Mat& mask);
/** Sets every pixel to 0. */
void clear(cv::Mat& mask);

}  // namespace rrsis::maskops
