#include "annotation/cocorle.h"

#include <algorithm>
#include <climits>
#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace rrsis {

namespace {

struct CocoRleText {
  Q_DECLARE_TR_FUNCTIONS(CocoRle)
};
constexpr std::int64_t kMaxPixels = std::int64_t(1) << 34;
}  // namespace

/** Builds the alternating runs from spans of one value. */
class RunBuilder {
 public:
  explicit RunBuilder(CocoRle& rle) : rle_(rle) {}
  void add(bool on, std::int64_t n) {
    if (n <= 0) return;
    if (on != current_) {
      rle_.counts.push_back(run_);
      run_ = 0;
      current_ = on;
    }
    run_ += n;
  }
  void finish() { rle_.counts.push_back(run_); }

 private:
  CocoRle& rle_;
  bool current_ = false;
  std::int64_t run_ = 0;
};

CocoRle encodeRle(const cv::Mat& mask) { return encodeRle(mask, QPoint(0, 0), QSize(mask.cols, mask.rows)); }

CocoRle encodeRle(const cv::Mat& crop, QPoint offset, QSize imageSize) {
  CocoRle rle;
  rle.height = imageSize.height();
  rle.width = imageSize.width();
  const std::int64_t h = imageSize.height();
  RunBuilder runs(rle);
  runs.add(false, std::int64_t(offset.x()) * h);  // the columns left of the crop
  for (int x = 0; x < crop.cols; ++x) {
    runs.add(false, offset.y());
    for (int y = 0; y < crop.rows; ++y) runs.add(crop.at<uchar>(y, x) != 0, 1);
    runs.add(false, h - offset.y() - crop.rows);
  }
  runs.add(false, std::int64_t(imageSize.width() - offset.x() - crop.cols) * h);  // right of it
  runs.finish();
  return rle;
}

Result<cv::Mat> decodeRle(const CocoRle& rle) {
  if (rle.height <= 0 || rle.width <= 0 || std::int64_t(rle.height) * rle.width > kMaxPixels)
    return Result<cv::Mat>::failure(
        CocoRleText::tr("The mask size %1 x %2 is not valid.").arg(rle.width).arg(rle.height));
  const std::int64_t total = std::int64_t(rle.height) * rle.width;
  std::int64_t sum = 0;
  for (std::int64_t c : rle.counts) {
    if (c < 0 || c > total) return Result<cv::Mat>::failure(CocoRleText::tr("The run-length counts are not valid."));
    sum += c;
  }
  if (sum != total)
    return Result<cv::Mat>::failure(
        CocoRleText::tr("The run-length counts cover %1 pixels, not %2 x %3.").arg(sum).arg(rle.width).arg(rle.height));
  // Column-major: decode into the transpose, then transpose back.
  cv::Mat t(rle.width, rle.height, CV_8U, cv::Scalar(0));
  uchar* p = t.ptr<uchar>();
  std::int64_t at = 0;
  for (size_t i = 0; i < rle.counts.size(); ++i) {
    if (i % 2 == 1) std::fill(p + at, p + at + rle.counts[i], uchar(255));
    at += rle.counts[i];
  }
  return cv::Mat(t.t());
}

QByteArray rleToString(const CocoRle& rle) {
  QByteArray out;
  for (size_t i = 0; i < rle.counts.size(); ++i) {
    std::int64_t x = rle.counts[i];
    if (i > 2) x -= rle.counts[i - 2];
    bool more = true;
    while (more) {
      char c = char(x & 0x1f);
      x >>= 5;  // arithmetic shift keeps the sign
      more = (c & 0x10) ? x != -1 : x != 0;
      if (more) c |= 0x20;
      out.append(char(c + 48));
    }
  }
  return out;
}

Result<CocoRle> rleFromString(const QByteArray& text, int height, int width) {
  CocoRle rle;
  rle.height = height;
  rle.width = width;
  qsizetype p = 0;
  while (p < text.size()) {
    // Bits are gathered unsigned: shifting into or past the sign bit of a signed value is undefined.
    std::uint64_t bits = 0;
    int k = 0;
    bool more = true;
    while (more) {
      if (p >= text.size() || k > 12)
        return Result<CocoRle>::failure(CocoRleText::tr("The run-length string is truncated or malformed."));
      const int c = int(uchar(text[p])) - 48;
      if (c < 0 || c > 63)
        return Result<CocoRle>::failure(
            CocoRleText::tr("The run-length string has an invalid character at %1.").arg(p));
      bits |= std::uint64_t(c & 0x1f) << (5 * k);
      more = (c & 0x20) != 0;
      ++p;
      ++k;
      if (!more && (c & 0x10) && 5 * k < 64) bits |= ~std::uint64_t(0) << (5 * k);  // sign extension
    }
    std::int64_t x = std::int64_t(bits);
    if (rle.counts.size() > 2 && __builtin_add_overflow(x, rle.counts[rle.counts.size() - 2], &x))
      return Result<CocoRle>::failure(CocoRleText::tr("The run-length string is truncated or malformed."));
    rle.counts.push_back(x);
  }
  return rle;
}

namespace {

Result<CocoRle> rleOfSegmentation(const QJsonObject& o, int height, int width) {
  const QJsonArray size = o.value(QStringLiteral("size")).toArray();
  const int h = size.size() == 2 ? size[0].toInt() : height;
  const int w = size.size() == 2 ? size[1].toInt() : width;
  if ((h != height || w != width) && height > 0 && width > 0)
    return Result<CocoRle>::failure(
        CocoRleText::tr("The segmentation is %1 x %2 but its image is %3 x %4.").arg(w).arg(h).arg(width).arg(height));
  const QJsonValue counts = o.value(QStringLiteral("counts"));
  CocoRle rle;
  if (counts.isString()) {
    auto parsed = rleFromString(counts.toString().toLatin1(), h, w);
    if (!parsed) return parsed;
    rle = std::move(*parsed);
  } else if (counts.isArray()) {
    rle.height = h;
    rle.width = w;
    for (const QJsonValue& c : counts.toArray()) {
      const double n = c.toDouble(-1);
      rle.counts.push_back(n >= 0 && n <= double(kMaxPixels) ? std::int64_t(n) : -1);
    }
  } else {
    return Result<CocoRle>::failure(CocoRleText::tr("The segmentation has no counts."));
  }
  std::int64_t total = 0;
  for (const std::int64_t n : rle.counts) {
    if (n < 0 || n > kMaxPixels)
      return Result<CocoRle>::failure(CocoRleText::tr("The run-length counts are not valid."));
    total += n;
  }
  if (h <= 0 || w <= 0 || total != std::int64_t(h) * w)
    return Result<CocoRle>::failure(
        CocoRleText::tr("The run-length counts cover %1 pixels, not %2 x %3.").arg(total).arg(w).arg(h));
  return rle;
}

/** The bounding box and pixels of a run-length mask, never the whole image. */
MaskCrop cropOfRle(const CocoRle& rle) {
  const std::int64_t h = rle.height;
  int x0 = INT_MAX, y0 = INT_MAX, x1 = -1, y1 = -1;
  std::int64_t at = 0;
  for (size_t i = 0; i < rle.counts.size(); at += rle.counts[i], ++i) {
    if (i % 2 == 0 || rle.counts[i] == 0) continue;
    const std::int64_t first = at, last = at + rle.counts[i] - 1;
    const int c0 = int(first / h), c1 = int(last / h);
    x0 = std::min(x0, c0), x1 = std::max(x1, c1);
    // A run over more than one column covers the end of one and the start of the next: every row.
    y0 = std::min(y0, c0 == c1 ? int(first % h) : 0);
    y1 = std::max(y1, c0 == c1 ? int(last % h) : int(h - 1));
  }
  MaskCrop out;
  if (x1 < 0) return out;
  out.box = QRect(QPoint(x0, y0), QPoint(x1, y1));
  out.crop = cv::Mat(out.box.height(), out.box.width(), CV_8U, cv::Scalar(0));
  at = 0;
  for (size_t i = 0; i < rle.counts.size(); at += rle.counts[i], ++i) {
    if (i % 2 == 0) continue;
    for (std::int64_t p = at, end = at + rle.counts[i]; p < end;) {
      const int column = int(p / h), row = int(p % h);
      const std::int64_t stop = std::min(end, (std::int64_t(column) + 1) * h);
      out.crop(cv::Rect(column - x0, row - y0, 1, int(stop - p))).setTo(255);
      p = stop;
    }
  }
  return out;
}

}  // namespace

Result<MaskCrop> decodeSegmentationCrop(const QJsonValue& segmentation, int height, int width) {
  using R = Result<MaskCrop>;
  if (segmentation.isObject()) {
    auto rle = rleOfSegmentation(segmentation.toObject(), height, width);
    if (!rle) return R::failure(rle.error());
    return cropOfRle(*rle);
  }
  if (!segmentation.isArray()) return R::failure(CocoRleText::tr("The segmentation is neither an RLE nor polygons."));
  if (height <= 0 || width <= 0 || std::int64_t(height) * width > kMaxPixels)
    return R::failure(CocoRleText::tr("The mask size %1 x %2 is not valid.").arg(width).arg(height));
  std::vector<std::vector<cv::Point>> polygons;
  int x0 = INT_MAX, y0 = INT_MAX, x1 = INT_MIN, y1 = INT_MIN;
  for (const QJsonValue& poly : segmentation.toArray()) {
    const QJsonArray xy = poly.toArray();
    if (xy.size() < 6 || xy.size() % 2 != 0)
      return R::failure(CocoRleText::tr("A polygon needs at least three x, y pairs."));
    std::vector<cv::Point> pts;
    for (qsizetype i = 0; i < xy.size(); i += 2) {
      const double x = xy[i].toDouble(), y = xy[i + 1].toDouble();
      if (!(std::abs(x) < 1e8 && std::abs(y) < 1e8))
        return R::failure(CocoRleText::tr("A polygon has a coordinate out of range."));
      pts.emplace_back(int(std::lround(x)), int(std::lround(y)));
      x0 = std::min(x0, pts.back().x), y0 = std::min(y0, pts.back().y);
      x1 = std::max(x1, pts.back().x), y1 = std::max(y1, pts.back().y);
    }
    polygons.push_back(std::move(pts));
  }
  MaskCrop out;
  const QRect box =
      polygons.empty() ? QRect() : QRect(QPoint(x0, y0), QPoint(x1, y1)).intersected(QRect(0, 0, width, height));
  if (box.isEmpty()) return out;
  out.box = box;
  out.crop = cv::Mat(box.height(), box.width(), CV_8U, cv::Scalar(0));
  cv::fillPoly(out.crop, polygons, cv::Scalar(255), cv::LINE_8, 0, cv::Point(-box.x(), -box.y()));
  return out;
}

Result<cv::Mat> decodeSegmentation(const QJsonValue& segmentation, int height, int width) {
  if (height <= 0 || width <= 0 || std::int64_t(height) * width > kMaxPixels)
    return Result<cv::Mat>::failure(CocoRleText::tr("The mask size %1 x %2 is not valid.").arg(width).arg(height));
  auto crop = decodeSegmentationCrop(segmentation, height, width);
  if (!crop) return Result<cv::Mat>::failure(crop.error());
  cv::Mat mask(height, width, CV_8U, cv::Scalar(0));
  if (!crop->box.isEmpty())
    crop->crop.copyTo(mask(cv::Rect(crop->box.x(), crop->box.y(), crop->box.width(), crop->box.height())));
  return mask;
}

}  // namespace rrsis
