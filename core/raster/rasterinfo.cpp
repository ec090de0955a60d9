#include "raster/rasterinfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace rrsis {

namespace {

struct RasterInfoText {
  Q_DECLARE_TR_FUNCTIONS(RasterInfo)
};

}  // namespace

double RasterInfo::levelFactor(int level) const {
  if (level <= 0 || level >= int(levels.size()) || levels[level].width() <= 0) return 1.0;
  return double(width) / double(levels[level].width());
}

QString describeRasterInfo(const RasterInfo& info) {
  QStringList lines;
  lines << RasterInfoText::tr("File: %1").arg(info.path);
  lines << RasterInfoText::tr("Driver: %1 (%2)").arg(info.driver, info.driverLong);
  lines
      << RasterInfoText::tr("Size: %1 x %2 pixels, %3 band(s)").arg(info.width).arg(info.height).arg(info.bandCount());
  lines << RasterInfoText::tr("Block size: %1 x %2").arg(info.blockSize.width()).arg(info.blockSize.height());
  for (int b = 0; b < info.bandCount(); ++b) {
    const BandInfo& band = info.bands[b];
    QString line =
        RasterInfoText::tr("Band %1: %2, %3").arg(b + 1).arg(pixelTypeName(band.type), band.colorInterpretation);
    if (band.nodata) line += RasterInfoText::tr(", nodata %1").arg(*band.nodata, 0, 'g', 17);
    if (band.hasMask) line += RasterInfoText::tr(", masked");
    if (!band.description.isEmpty()) line += QStringLiteral(", \"%1\"").arg(band.description);
    lines << line;
  }
  if (info.overviewCount() == 0) {
    lines << RasterInfoText::tr("Overviews: none");
  } else {
    QStringList sizes;
    for (int l = 1; l < int(info.levels.size()); ++l)
      sizes << QStringLiteral("%1x%2").arg(info.levels[l].width()).arg(info.levels[l].height());
    lines << RasterInfoText::tr("Overviews: %1").arg(sizes.join(QStringLiteral(", ")));
  }
  const GeoReference& geo = info.geo;
  if (!geo.hasTransform()) {
    lines << RasterInfoText::tr("Georeferencing: none (pixel coordinates only)");
  } else {
    const auto& gt = geo.transform();
    lines << RasterInfoText::tr("Origin: (%1, %2)").arg(gt[0], 0, 'f', 6).arg(gt[3], 0, 'f', 6);
    lines << RasterInfoText::tr("Pixel size: (%1, %2)").arg(gt[1], 0, 'g', 12).arg(gt[5], 0, 'g', 12);
    if (geo.isRotated())
      lines << RasterInfoText::tr("Rotation terms: (%1, %2)").arg(gt[2], 0, 'g', 12).arg(gt[4], 0, 'g', 12);
    const QPointF c0 = geo.pixelToMap({0, 0});
    const QPointF c1 = geo.pixelToMap({double(info.width), double(info.height)});
    lines << RasterInfoText::tr("Extent: (%1, %2) - (%3, %4)")
                 .arg(c0.x(), 0, 'f', 3)
                 .arg(c0.y(), 0, 'f', 3)
                 .arg(c1.x(), 0, 'f', 3)
                 .arg(c1.y(), 0, 'f', 3);
  }
  if (geo.hasCrs()) {
    QString crs = geo.crsName();
    if (!geo.crsAuthority().isEmpty()) crs += QStringLiteral(" (%1)").arg(geo.crsAuthority());
    lines << RasterInfoText::tr("CRS: %1").arg(crs);
  } else {
    lines << RasterInfoText::tr("CRS: none");
  }
  return lines.join(QLatin1Char('\n'));
}

QJsonObject rasterInfoToJson(const RasterInfo& info) {
  QJsonObject o;
  o[QStringLiteral("path")] = info.path;
  o[QStringLiteral("driver")] = info.driver;
  o[QStringLiteral("width")] = info.width;
  o[QStringLiteral("height")] = info.height;
  o[QStringLiteral("block_size")] = QJsonArray{info.blockSize.width(), info.blockSize.height()};
  QJsonArray bands;
  for (const BandInfo& band : info.bands) {
    QJsonObject b;
    b[QStringLiteral("type")] = pixelTypeName(band.type);
    b[QStringLiteral("color_interpretation")] = band.colorInterpretation;
    b[QStringLiteral("nodata")] = band.nodata ? QJsonValue(*band.nodata) : QJsonValue();
    b[QStringLiteral("masked")] = band.hasMask;
    b[QStringLiteral("description")] = band.description;
    bands.append(b);
  }
  o[QStringLiteral("bands")] = bands;
  QJsonArray overviews;
  for (int l = 1; l < int(info.levels.size()); ++l)
    overviews.append(QJsonArray{info.levels[l].width(), info.levels[l].height()});
  o[QStringLiteral("overviews")] = overviews;
  if (info.geo.hasTransform()) {
    QJsonArray gt;
    for (double v : info.geo.transform()) gt.append(v);
    o[QStringLiteral("geotransform")] = gt;
    o[QStringLiteral("rotated")] = info.geo.isRotated();
  } else {
    o[QStringLiteral("geotransform")] = QJsonValue();
  }
  o[QStringLiteral("crs_name")] = info.geo.hasCrs() ? QJsonValue(info.geo.crsName()) : QJsonValue();
  o[QStringLiteral("crs_authority")] =
      info.geo.crsAuthority().isEmpty() ? QJsonValue() : QJsonValue(info.geo.crsAuthority());
  o[QStringLiteral("crs_wkt")] = info.geo.hasCrs() ? QJsonValue(info.geo.crsWkt()) : QJsonValue();
  return o;
}

}  // namespace rrsis
