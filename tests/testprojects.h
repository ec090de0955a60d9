#pragma once
// Comparing projects in tests: every scene, annotation property and mask pixel.
#include <functional>
#include <memory>
#include <vector>

#include <QPointF>
#include <QRect>

#include <QString>
#include <QStringList>
#include <opencv2/core/mat.hpp>

namespace rrsis {
class Project;
}

namespace rrsis::test {

constexpr int kShapesWidth = 900, kShapesHeight = 700;

/** Writes `dir`/scene.tif, 900 x 700, georeferenced (UTM 32N, 0.5 m), a gradient; "" on failure. */
QString writeShapesScene(const QString& dir);

/**
 * A project on writeShapesScene with five annotations: a square field with a square hole
 * (low vegetation, train), a mask in two parts, a triangle (building), an expression that
 * refers to nothing ("no boats here"), and one without expression; nullptr on failure.
 */
std::unique_ptr<Project> makeShapesProject(const QString& dir);

/** The corners of a pixel rectangle as a polygon that covers exactly its pixels. */
std::vector<QPointF> boxPolygon(const QRect& r);

/**
 * Runs tests/independent_decoder.py (`mode` coco or refer, see there) with Debian's python3
 * and returns its output lines; sets `*skip` instead when python3 or numpy is missing, and
 * `*error` when the script failed.
 */
QStringList runIndependentDecoder(const QString& mode, const QString& path, QString* skip, QString* error);

/** Intersection over union of two 0/255 masks (1 when both are empty). */
double maskIou(const cv::Mat& a, const cv::Mat& b);

/**
 * Writes `dir`/scene.tif (1800 x 600, georeferenced, a bright square every 600 px) and
 * `dir`/work.rrsisproj with `count` annotations "the bright square": apart (chips that do not
 * overlap, up to 3) or all of the first square; `paint` false leaves every mask empty.
 * Returns the project file, or "" on failure.
 */
QString writeSquaresProject(const QString& dir, int count, bool paint, bool apart);

/** The first difference between two projects (scenes, annotations, masks), or "" when equal. */
QString projectDifference(const Project& expected, const Project& actual);

/**
 * Runs `work` while this process's files may not grow past `bytes` (a full disk: SIGXFSZ is
 * ignored, so writes fail with EFBIG) and returns `work`'s result; the limit and the signal's
 * handler are restored afterwards. In-process, not in a fork: a forked child of a process with
 * threads (Qt's image conversion pool) can deadlock. -1 when the limit cannot be set.
 */
int runUnderFileSizeLimit(long bytes, const std::function<int()>& work);

}  // namespace rrsis::test
