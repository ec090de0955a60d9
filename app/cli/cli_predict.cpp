// rrsis predict: the mask of what an expression describes, as a georeferenced GeoTIFF.
#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <opencv2/core.hpp>

#include "cli_common.h"
#include "cli_functions.h"
#include "cli_modelcommon.h"
#include "inference/maskwriter.h"
#include "inference/queryrunner.h"
#include "model/segmenter.h"
#include "raster/scene.h"
#include "engine/nativesegmenter.h"

namespace rrsis::cli {

int runPredict(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      CliText::tr("Find what a referring expression describes in an image and write its mask as a "
                  "georeferenced GeoTIFF (0 = background, 255 = target)."));
  p.addHelpOption();
  p.addOption({QStringLiteral("model"), CliText::tr("Model bundle folder."), QStringLiteral("bundle")});
  p.addOption({QStringLiteral("image"), CliText::tr("Input raster."), QStringLiteral("file")});
  p.addOption({QStringLiteral("text"), CliText::tr("The referring expression."), QStringLiteral("expression")});
  p.addOption({QStringLiteral("aoi"), CliText::tr("Region x,y,w,h in pixels (default: the whole image)."),
               QStringLiteral("x,y,w,h")});
  p.addOption({QStringLiteral("tiled"),
               CliText::tr("Sliding windows at the model's native scale, output at source resolution.")});
  p.addOption({QStringLiteral("out"), CliText::tr("Output mask GeoTIFF."), QStringLiteral("file")});
  p.addOption({QStringLiteral("probability"), CliText::tr("Also write the probability map (0..255) to FILE."),
               QStringLiteral("file")});
  p.addOption(
      {QStringLiteral("threshold"), CliText::tr("Mask threshold 0..1 (default: the bundle's)."), QStringLiteral("t")});
  addComputeOptions(p);
  if (const int code = parseArguments(p, args); code >= 0) return code;
  for (const char* required : {"model", "image", "text", "out"})
    if (!p.isSet(QLatin1String(required))) {
      printErr(CliText::tr("rrsis predict: --%1 is required.").arg(QLatin1String(required)));
      return 2;
    }
  QRect aoi;
  if (p.isSet(QStringLiteral("aoi")) && !parseAoi(p.value(QStringLiteral("aoi")), &aoi)) {
    printErr(CliText::tr("rrsis predict: --aoi must be x,y,w,h with w and h > 0."));
    return 2;
  }
  SegmenterOptions options;
  options.warmUp = false;  // one query: a warm-up run would only double the time
  const bool okThreads = computeOptions(p, &options);
  double threshold = -1;
  const bool okThreshold =
      !p.isSet(QStringLiteral("threshold")) || parseDouble(p.value(QStringLiteral("threshold")), 0, 1, &threshold);
  if (!okThreads || !okThreshold) {
    printErr(CliText::tr(
        "rrsis predict: --threads must be >= 0, --precision auto, fp32 or bf16, and --threshold within 0..1."));
    return 2;
  }

  auto content = loadSceneContent(p.value(QStringLiteral("image")), StretchDefaults{});
  if (!content) {
    printErr(CliText::tr("rrsis predict: %1").arg(content.error()));
    return 1;
  }
  auto segmenter = loadSegmenter(p.value(QStringLiteral("model")), options);
  if (!segmenter) {
    printErr(CliText::tr("rrsis predict: %1").arg(segmenter.error()));
    return 1;
  }
  const RasterInfo& info = content->source->info();
  QueryRequest request;
  request.expression = p.value(QStringLiteral("text"));
  request.region = aoi.isEmpty() ? QRect(0, 0, info.width, info.height) : aoi;
  request.tiled = p.isSet(QStringLiteral("tiled"));
  request.maxOutputSide = std::max(request.region.width(), request.region.height());  // full resolution
  if (!QRect(0, 0, info.width, info.height).contains(request.region)) {
    printErr(CliText::tr("rrsis predict: the area %1,%2,%3,%4 is not inside the %5 x %6 image.")
                 .arg(aoi.x())
                 .arg(aoi.y())
                 .arg(aoi.width())
                 .arg(aoi.height())
                 .arg(info.width)
                 .arg(info.height));
    return 2;
  }
  auto result = runQuery(*content->source, content->mapping, **segmenter, request, [&](int done, int total) {
    if (request.tiled) drawProgress(done, total, -1, CliText::tr("windows "));
    return true;
  });
  if (!result) {
    printErr(CliText::tr("rrsis predict: %1").arg(result.error()));
    return 1;
  }
  if (threshold < 0) threshold = (*segmenter)->manifest().threshold;
  const cv::Mat mask = result->map.mask(threshold);
  Status st = writeRegionGeoTiff(p.value(QStringLiteral("out")), mask, result->map, info.geo);
  if (st && p.isSet(QStringLiteral("probability")))
    st = writeRegionGeoTiff(p.value(QStringLiteral("probability")), result->map.probability, result->map, info.geo);
  if (!st) {
    printErr(CliText::tr("rrsis predict: %1").arg(st.error()));
    return 1;
  }
  const int foreground = cv::countNonZero(mask);
  printOut(CliText::tr("Wrote %1: %2 x %3 pixels, %4 % target (threshold %5); %6 window(s), %7 s "
                       "(model %8 ms) on %9.")
               .arg(p.value(QStringLiteral("out")))
               .arg(mask.cols)
               .arg(mask.rows)
               .arg(100.0 * foreground / std::max<double>(1.0, double(mask.total())), 0, 'f', 2)
               .arg(threshold)
               .arg(result->windows)
               .arg(result->seconds, 0, 'f', 2)
               .arg(result->timing.forwardMs, 0, 'f', 0)
               .arg((*segmenter)->info().device));
  return 0;
}

}  // namespace rrsis::cli
