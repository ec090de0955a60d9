#pragma once
#include <QPoint>
#include <QRect>
#include <QSize>
#include <cstdint>
#include <vector>

#include <QByteArray>
#include <QJsonValue>
#include <opencv2/core/mat.hpp>

#include "util/result.h"

namespace rrsis {

/**
 * COCO run-length encoding of a binary mask: runs alternate background / foreground,
 * starting with background, over the pixels in column-major order. The compressed string
 * form stores each count in 5-bit groups (+48), counts after the second as differences
 * from the count two before, as pycocotools does.
 */
struct CocoRle {
  int height = 0;
  int width = 0;
  std::vector<std::int64_t> counts;
};

/** Encodes a CV_8U mask (non-zero = foreground). */
CocoRle encodeRle(const cv::Mat& mask);
/**
 * Encodes an image of `imageSize` pixels that is empty except for `crop` (CV_8U, non-zero =
 * foreground) at `offset`: a large scene's mask from its bounding box alone. The crop must lie
 * inside the image.
 */
CocoRle encodeRle(const cv::Mat& crop, QPoint offset, QSize imageSize);
/** Decodes to CV_8U 0/255; an error when the counts do not add up to height x width. */
Result<cv::Mat> decodeRle(const CocoRle& rle);
/** The compressed string form of the counts. */
QByteArray rleToString(const CocoRle& rle);
/** Parses the compressed string form; bounds and overflow checked. */
Result<CocoRle> rleFromString(const QByteArray& text, int height, int width);
/**
 * A COCO "segmentation" value as a mask of height x width: an RLE dict ({"size", "counts"}
 * with string or integer counts) or a list of polygons [x1, y1, x2, y2, ...].
 */
Result<cv::Mat> decodeSegmentation(const QJsonValue& segmentation, int height, int width);

/** A mask as its bounding box (image pixels) and the pixels inside it (CV_8U 0/255). */
struct MaskCrop {
  QRect box;  ///< empty for an empty mask
  cv::Mat crop;
};
/**
 * decodeSegmentation without the whole image: only the mask's bounding box is allocated, so a
 * small object on a 30000 x 30000 scene costs its own size. Polygon parts outside the image
 * are clipped.
 */
Result<MaskCrop> decodeSegmentationCrop(const QJsonValue& segmentation, int height, int width);

}  // namespace rrsis
