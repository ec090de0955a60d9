// COCO run-length strings and "segmentation" values (run-length dicts, count lists, polygons)
// on arbitrary bytes and image sizes: a mask or a message, never a crash. A decoded crop must lie
// inside the image and agree with the whole-image decoding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <opencv2/core.hpp>

#include "annotation/cocorle.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const int height = 1 + data[0] % 64, width = 1 + data[1] % 64;
  const QByteArray rest(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
  if (auto rle = rrsis::rleFromString(rest, height, width); rle) {
    if (auto mask = rrsis::decodeRle(*rle); mask && (mask->rows != height || mask->cols != width)) std::abort();
  }
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(rest, &error);
  if (doc.isNull()) return 0;
  const QJsonValue segmentation = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
  auto crop = rrsis::decodeSegmentationCrop(segmentation, height, width);
  auto whole = rrsis::decodeSegmentation(segmentation, height, width);
  if (bool(crop) != bool(whole)) std::abort();
  if (!crop) return 0;
  if (!crop->box.isEmpty()) {
    if (crop->box.left() < 0 || crop->box.top() < 0 || crop->box.right() >= width || crop->box.bottom() >= height)
      std::abort();
    const cv::Rect r(crop->box.x(), crop->box.y(), crop->box.width(), crop->box.height());
    if (cv::countNonZero(crop->crop) != cv::countNonZero(*whole) ||
        cv::norm(crop->crop, (*whole)(r), cv::NORM_INF) != 0)
      std::abort();
  } else if (cv::countNonZero(*whole) != 0) {
    std::abort();
  }
  return 0;
}
