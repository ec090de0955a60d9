#include "synth/scenesynthesizer.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <opencv2/imgproc.hpp>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include "raster/gdalrastersource.h"
#include "raster/overviewbuilder.h"

namespace rrsis {

namespace {

struct SceneSynthesizerText {
  Q_DECLARE_TR_FUNCTIONS(SceneSynthesizer)
};

struct Paint {
  const char* name;
  cv::Scalar rgb;
};

const Paint kCarPaints[] = {{"white", {225, 225, 222}}, {"black", {28, 28, 32}}, {"silver", {170, 172, 176}},
                            {"gray", {110, 112, 116}},  {"red", {175, 30, 30}},  {"blue", {35, 60, 150}},
                            {"yellow", {220, 190, 40}}, {"green", {40, 110, 60}}};
const double kCarPaintWeights[] = {0.26, 0.18, 0.16, 0.12, 0.12, 0.10, 0.03, 0.03};

const Paint kRoofPaints[] = {{"red", {150, 72, 58}},
                             {"gray", {125, 125, 130}},
                             {"dark", {72, 72, 78}},
                             {"white", {215, 215, 208}},
                             {"brown", {118, 88, 62}}};

cv::Scalar shade(const cv::Scalar& c, double f) {
  return cv::Scalar(std::clamp(c[0] * f, 0.0, 255.0), std::clamp(c[1] * f, 0.0, 255.0),
                    std::clamp(c[2] * f, 0.0, 255.0));
}

std::vector<cv::Point> toPolygon(const cv::RotatedRect& r) {
  cv::Point2f pts[4];
  r.points(pts);
  std::vector<cv::Point> poly;
  for (const auto& p : pts) poly.emplace_back(cvRound(p.x), cvRound(p.y));
  return poly;
}

std::vector<cv::Point> circlePolygon(cv::Point2d c, double r) {
  std::vector<cv::Point> poly;
  for (int i = 0; i < 24; ++i) {
    const double a = i * CV_2PI / 24;
    poly.emplace_back(cvRound(c.x + r * std::cos(a)), cvRound(c.y + r * std::sin(a)));
  }
  return poly;
}

void fill(cv::Mat& img, const std::vector<cv::Point>& poly, const cv::Scalar& colour) {
  const cv::Point* pts = poly.data();
  const int n = int(poly.size());
  cv::fillPoly(img, &pts, &n, 1, colour, cv::LINE_AA);
}

/** Blends `colour` over the polygon with opacity `alpha` (shadows). */
void blend(cv::Mat& img, const std::vector<cv::Point>& poly, const cv::Scalar& colour, double alpha) {
  const cv::Rect box = cv::boundingRect(poly) & cv::Rect(0, 0, img.cols, img.rows);
  if (box.empty()) return;
  cv::Mat roi = img(box);
  cv::Mat layer = roi.clone();
  std::vector<cv::Point> shifted;
  for (const auto& p : poly) shifted.emplace_back(p.x - box.x, p.y - box.y);
  fill(layer, shifted, colour);
  cv::addWeighted(layer, alpha, roi, 1.0 - alpha, 0.0, roi);
}

SynthObject makeObject(SynthCategory cat, QString colour, std::vector<cv::Point> poly) {
  SynthObject o;
  o.category = cat;
  o.colour = std::move(colour);
  o.box = cv::boundingRect(poly);
  o.polygon = std::move(poly);
  return o;
}

}  // namespace

QString synthCategoryName(SynthCategory c) {
  switch (c) {
    case SynthCategory::Road:
      return QStringLiteral("road");
    case SynthCategory::RoadMarking:
      return QStringLiteral("road marking");
    case SynthCategory::Sidewalk:
      return QStringLiteral("sidewalk");
    case SynthCategory::Bikeway:
      return QStringLiteral("bikeway");
    case SynthCategory::Building:
      return QStringLiteral("building");
    case SynthCategory::Car:
      return QStringLiteral("car");
    case SynthCategory::Van:
      return QStringLiteral("van");
    case SynthCategory::Truck:
      return QStringLiteral("truck");
    case SynthCategory::Bus:
      return QStringLiteral("bus");
    case SynthCategory::Trailer:
      return QStringLiteral("trailer");
    case SynthCategory::Vehicle:
      return QStringLiteral("vehicle");
    case SynthCategory::Tree:
      return QStringLiteral("tree");
    case SynthCategory::LowVegetation:
      return QStringLiteral("low vegetation");
    case SynthCategory::ImperviousSurface:
      return QStringLiteral("impervious surface");
    case SynthCategory::Water:
      return QStringLiteral("water");
  }
  return {};
}

SceneSynthesizer::SceneSynthesizer(std::uint64_t seed) : rng_(seed) {}

double SceneSynthesizer::uniform(double lo, double hi) {
  // Built from raw engine output so results do not depend on the standard library's distributions.
  const double u = double(rng_() >> 11) * (1.0 / 9007199254740992.0);
  return lo + (hi - lo) * u;
}

int SceneSynthesizer::uniformInt(int lo, int hi) {
  return std::min(hi, lo + int(std::floor(uniform(0, 1) * (hi - lo + 1))));
}

bool SceneSynthesizer::isFree(const SynthScene& s, const cv::Rect& box) const {
  const cv::Rect inside = box & cv::Rect(0, 0, s.rgb.cols, s.rgb.rows);
  if (inside.area() != box.area()) return false;
  return cv::countNonZero(occupied_(inside)) == 0;
}

void SceneSynthesizer::drawGround(SynthScene& s) {
  // Low vegetation with blotchy low-frequency variation.
  cv::Mat blotch(std::max(2, s.rgb.rows / 64), std::max(2, s.rgb.cols / 64), CV_32F);
  for (int y = 0; y < blotch.rows; ++y)
    for (int x = 0; x < blotch.cols; ++x) blotch.at<float>(y, x) = float(uniform(-1, 1));
  cv::Mat up;
  cv::resize(blotch, up, s.rgb.size(), 0, 0, cv::INTER_CUBIC);
  for (int y = 0; y < s.rgb.rows; ++y) {
    auto* row = s.rgb.ptr<cv::Vec3b>(y);
    const float* b = up.ptr<float>(y);
    for (int x = 0; x < s.rgb.cols; ++x) {
      const double v = b[x];
      row[x] = cv::Vec3b(cv::saturate_cast<uchar>(92 + 18 * v), cv::saturate_cast<uchar>(112 + 14 * v),
                         cv::saturate_cast<uchar>(62 + 6 * v));
    }
  }
  s.objects.push_back(makeObject(SynthCategory::LowVegetation, QStringLiteral("green"),
                                 {{0, 0}, {s.rgb.cols, 0}, {s.rgb.cols, s.rgb.rows}, {0, s.rgb.rows}}));
}

void SceneSynthesizer::drawWater(SynthScene& s) {
  const double rx = uniform(0.12, 0.2) * s.rgb.cols, ry = uniform(0.08, 0.14) * s.rgb.rows;
  const cv::Point2d c(uniform(rx, s.rgb.cols - rx), uniform(ry, s.rgb.rows - ry));
  std::vector<cv::Point> poly;
  const double phase = uniform(0, CV_2PI);
  for (int i = 0; i < 48; ++i) {
    const double a = i * CV_2PI / 48;
    const double wobble = 1.0 + 0.12 * std::sin(3 * a + phase) + 0.06 * std::sin(5 * a);
    poly.emplace_back(cvRound(c.x + rx * wobble * std::cos(a)), cvRound(c.y + ry * wobble * std::sin(a)));
  }
  fill(s.rgb, poly, cv::Scalar(52, 86, 96));
  std::vector<cv::Point> inner;
  for (const auto& p : poly) inner.emplace_back(cvRound(c.x + 0.7 * (p.x - c.x)), cvRound(c.y + 0.7 * (p.y - c.y)));
  blend(s.rgb, inner, cv::Scalar(30, 62, 80), 0.6);
  fill(occupied_, poly, cv::Scalar(255));
  s.objects.push_back(makeObject(SynthCategory::Water, QStringLiteral("blue"), std::move(poly)));
}

void SceneSynthesizer::drawRoad(SynthScene& s, cv::Point2d a, cv::Point2d b, double w) {
  const cv::Point2d d = b - a;
  const double len = std::hypot(d.x, d.y);
  const double angle = std::atan2(d.y, d.x) * 180.0 / CV_PI;
  const cv::Point2d mid = (a + b) * 0.5;
  const cv::Point2d n(-d.y / len, d.x / len);
  const double walk = 15;  // ~2 m sidewalks
  const bool bikeway = chance(0.5);
  const double bike = bikeway ? 12 : 0;

  auto strip = [&](double offset, double width) {
    return toPolygon(
        cv::RotatedRect(cv::Point2f(mid + n * offset), cv::Size2f(float(len), float(width)), float(angle)));
  };
  for (int side : {-1, 1}) {
    auto sw = strip(side * (w / 2 + bike + walk / 2), walk);
    fill(s.rgb, sw, cv::Scalar(178, 176, 170));
    s.objects.push_back(makeObject(SynthCategory::Sidewalk, QStringLiteral("gray"), sw));
    if (bikeway) {
      auto bw = strip(side * (w / 2 + bike / 2), bike);
      fill(s.rgb, bw, cv::Scalar(165, 88, 78));
      s.objects.push_back(makeObject(SynthCategory::Bikeway, QStringLiteral("red"), bw));
    }
  }
  auto road = strip(0, w);
  fill(s.rgb, road, cv::Scalar(84, 85, 88));
  fill(occupied_, strip(0, w + 2 * (bike + walk)), cv::Scalar(255));
  s.objects.push_back(makeObject(SynthCategory::Road, QStringLiteral("gray"), road));

  // Edge lines and a dashed centre line (3 m dashes, 6 m gaps).
  for (int side : {-1, 1}) {
    auto edge = strip(side * (w / 2 - 4), 2);
    fill(s.rgb, edge, cv::Scalar(215, 215, 210));
    s.objects.push_back(makeObject(SynthCategory::RoadMarking, QStringLiteral("white"), edge));
  }
  const cv::Point2d u = d / len;
  for (double t = 10; t + 23 < len; t += 69) {
    const cv::Point2d c = a + u * (t + 11.5);
    auto dash = toPolygon(cv::RotatedRect(cv::Point2f(c), cv::Size2f(23, 2.5f), float(angle)));
    fill(s.rgb, dash, cv::Scalar(220, 220, 215));
    s.objects.push_back(makeObject(SynthCategory::RoadMarking, QStringLiteral("white"), dash));
  }
  // Traffic in both lanes.
  for (int lane : {-1, 1}) {
    double t = uniform(20, 200);
    while (t < len - 60) {
      const double r = uniform(0, 1);
      const SynthCategory kind = r < 0.7    ? SynthCategory::Car
                                 : r < 0.85 ? SynthCategory::Van
                                 : r < 0.95 ? SynthCategory::Truck
                                            : SynthCategory::Bus;
      drawVehicle(s, a + u * t + n * (lane * w / 4), angle + (lane > 0 ? 180 : 0), kind);
      t += uniform(110, 420);
    }
  }
}

void SceneSynthesizer::drawVehicle(SynthScene& s, cv::Point2d c, double angle, SynthCategory kind) {
  cv::Size2f size(35, 14);
  if (kind == SynthCategory::Van) size = {42, 16};
  if (kind == SynthCategory::Truck) size = {75, 19};
  if (kind == SynthCategory::Bus) size = {92, 20};
  double r = uniform(0, 1);
  int p = 0;
  while (p < 7 && r > kCarPaintWeights[p]) {
    r -= kCarPaintWeights[p];
    ++p;
  }
  const Paint& paint = kind == SynthCategory::Bus && chance(0.5) ? kCarPaints[6] : kCarPaints[p];
  const double rad = angle * CV_PI / 180.0;
  const cv::Point2d u(std::cos(rad), std::sin(rad));
  auto shadow = toPolygon(cv::RotatedRect(cv::Point2f(c + cv::Point2d(4, 4)), size, float(angle)));
  blend(s.rgb, shadow, cv::Scalar(25, 25, 25), 0.55);
  auto body = toPolygon(cv::RotatedRect(cv::Point2f(c), size, float(angle)));
  fill(s.rgb, body, paint.rgb);
  const double cab = kind == SynthCategory::Truck ? 0.78 : 0.28;
  auto glass = toPolygon(cv::RotatedRect(cv::Point2f(c + u * (size.width * cab * 0.9)),
                                         cv::Size2f(size.width * 0.14f, size.height * 0.8f), float(angle)));
  fill(s.rgb, glass, cv::Scalar(35, 40, 48));
  auto roof = toPolygon(cv::RotatedRect(cv::Point2f(c - u * (size.width * 0.08)),
                                        cv::Size2f(size.width * 0.45f, size.height * 0.7f), float(angle)));
  fill(s.rgb, roof, shade(paint.rgb, paint.rgb[0] > 200 ? 0.93 : 1.15));
  s.objects.push_back(makeObject(kind, QString::fromLatin1(paint.name), body));
}

void SceneSynthesizer::drawParkingLot(SynthScene& s, cv::Rect area) {
  fill(s.rgb, {area.tl(), {area.br().x, area.y}, area.br(), {area.x, area.br().y}}, cv::Scalar(102, 102, 104));
  s.objects.push_back(makeObject(SynthCategory::ImperviousSurface, QStringLiteral("gray"),
                                 {area.tl(), {area.br().x, area.y}, area.br(), {area.x, area.br().y}}));
  const int stall = 22;  // ~2.9 m
  for (int row = 0; row + 40 <= area.height; row += 50) {
    for (int x = area.x + 4; x + stall <= area.br().x - 4; x += stall) {
      cv::line(s.rgb, {x, area.y + row + 4}, {x, area.y + row + 44}, cv::Scalar(215, 215, 210), 2);
      if (chance(0.6))
        drawVehicle(s, cv::Point2d(x + stall / 2.0, area.y + row + 24), chance(0.5) ? 90 : 270,
                    chance(0.85) ? SynthCategory::Car : SynthCategory::Van);
    }
  }
  cv::rectangle(occupied_, area, cv::Scalar(255), cv::FILLED);
}

void SceneSynthesizer::drawBuilding(SynthScene& s, cv::RotatedRect fp) {
  const Paint& paint = kRoofPaints[uniformInt(0, 4)];
  auto poly = toPolygon(fp);
  std::vector<cv::Point> shadow;
  const double h = uniform(8, 22);
  for (const auto& p : poly) shadow.emplace_back(cvRound(p.x + h), cvRound(p.y + h * 0.8));
  blend(s.rgb, shadow, cv::Scalar(30, 34, 28), 0.6);
  fill(s.rgb, poly, paint.rgb);
  // Gable roof: the half towards the light is brighter.
  const bool alongWidth = fp.size.width >= fp.size.height;
  const double rad = fp.angle * CV_PI / 180.0;
  cv::Point2d across =
      alongWidth ? cv::Point2d(-std::sin(rad), std::cos(rad)) : cv::Point2d(std::cos(rad), std::sin(rad));
  const double half = (alongWidth ? fp.size.height : fp.size.width) / 4.0;
  cv::Size2f hs =
      alongWidth ? cv::Size2f(fp.size.width, fp.size.height / 2) : cv::Size2f(fp.size.width / 2, fp.size.height);
  auto lit = toPolygon(cv::RotatedRect(cv::Point2f(cv::Point2d(fp.center) - across * half), hs, fp.angle));
  fill(s.rgb, lit, shade(paint.rgb, 1.12));
  auto dark = toPolygon(cv::RotatedRect(cv::Point2f(cv::Point2d(fp.center) + across * half), hs, fp.angle));
  fill(s.rgb, dark, shade(paint.rgb, 0.85));
  fill(occupied_, poly, cv::Scalar(255));
  s.objects.push_back(makeObject(SynthCategory::Building, QString::fromLatin1(paint.name), poly));
}

void SceneSynthesizer::drawTree(SynthScene& s, cv::Point2d c, double r) {
  blend(s.rgb, circlePolygon(c + cv::Point2d(r * 0.5, r * 0.4), r), cv::Scalar(25, 35, 20), 0.5);
  auto crown = circlePolygon(c, r);
  fill(s.rgb, crown, cv::Scalar(48, 78, 38));
  for (int i = 0; i < 5; ++i) {
    const cv::Point2d o(uniform(-0.5, 0.2) * r, uniform(-0.5, 0.2) * r);
    blend(s.rgb, circlePolygon(c + o, r * uniform(0.25, 0.45)), cv::Scalar(70, 105, 50), 0.6);
  }
  s.objects.push_back(makeObject(SynthCategory::Tree, QStringLiteral("green"), crown));
}

void SceneSynthesizer::addNoise(SynthScene& s) {
  cv::Mat noise(s.rgb.size(), CV_16SC3);
  cv::theRNG().state = rng_();
  cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(5));
  cv::Mat img16;
  s.rgb.convertTo(img16, CV_16SC3);
  img16 += noise;
  img16.convertTo(s.rgb, CV_8UC3);
  cv::GaussianBlur(s.rgb, s.rgb, cv::Size(3, 3), 0.7);
}

SynthScene SceneSynthesizer::generate(int width, int height) {
  SynthScene s;
  s.rgb = cv::Mat(height, width, CV_8UC3);
  occupied_ = cv::Mat::zeros(height, width, CV_8U);
  drawGround(s);
  if (chance(0.7) && width >= 512 && height >= 512) drawWater(s);

  // A road grid: one or two roads each way across the scene.
  const int nh = std::max(1, uniformInt(1, std::max(1, height / 900)));
  const int nv = std::max(1, uniformInt(1, std::max(1, width / 900)));
  for (int i = 0; i < nh; ++i) {
    const double y = height * (i + uniform(0.35, 0.65)) / nh;
    const double tilt = uniform(-0.04, 0.04) * width;
    drawRoad(s, {-20, y - tilt}, {width + 20.0, y + tilt}, uniform(48, 60));
  }
  for (int i = 0; i < nv; ++i) {
    const double x = width * (i + uniform(0.3, 0.7)) / nv;
    drawRoad(s, {x, -20}, {x, height + 20.0}, uniform(48, 60));
  }

  // Parking lots and buildings in the free blocks.
  const int attempts = width * height / 20000;
  for (int i = 0, lots = 0; i < attempts / 4 && lots < std::max(1, width * height / 2000000); ++i) {
    const cv::Rect area(uniformInt(0, width - 260), uniformInt(0, height - 160), uniformInt(180, 260),
                        uniformInt(100, 150));
    if (isFree(s, area + cv::Size(30, 30) - cv::Point(15, 15))) {
      drawParkingLot(s, area);
      ++lots;
    }
  }
  for (int i = 0; i < attempts; ++i) {
    const cv::Size2f size(float(uniform(80, 220)), float(uniform(70, 160)));
    const cv::Point2f c(float(uniform(0, width)), float(uniform(0, height)));
    const float angle = float((chance(0.5) ? 0 : 90) + uniform(-4, 4));
    const cv::RotatedRect fp(c, size, angle);
    const cv::Rect box = fp.boundingRect() + cv::Size(60, 60) - cv::Point(30, 30);
    if (isFree(s, box)) drawBuilding(s, fp);
  }
  // Trees, singly and in clusters, wherever there is open ground.
  for (int i = 0; i < attempts * 2; ++i) {
    const double r = uniform(14, 36);
    const cv::Point2d c(uniform(0, width), uniform(0, height));
    const cv::Rect box(cvRound(c.x - r - 6), cvRound(c.y - r - 6), cvRound(2 * r + 12), cvRound(2 * r + 12));
    if (isFree(s, box)) {
      drawTree(s, c, r);
      cv::circle(occupied_, c, cvRound(r * 0.6), cv::Scalar(255), cv::FILLED);
    }
  }
  addNoise(s);

  // An arbitrary place in UTM zone 32N, north up, 13 cm pixels.
  OGRSpatialReference srs;
  srs.importFromEPSG(32632);
  char* wkt = nullptr;
  srs.exportToWkt(&wkt);
  s.geo = GeoReference({500000.0, s.groundSampleDistance, 0.0, 5400000.0, 0.0, -s.groundSampleDistance},
                       QString::fromUtf8(wkt));
  CPLFree(wkt);
  return s;
}

Status SceneSynthesizer::writeGeoTiff(const SynthScene& scene, const QString& path, int jpegQuality) {
  ensureGdalInitialized();
  GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
  GDALDriver* gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
  if (!mem || !gtiff) return Status::failure(SceneSynthesizerText::tr("GDAL lacks the MEM or GTiff driver."));
  const int w = scene.rgb.cols, h = scene.rgb.rows;
  std::unique_ptr<GDALDataset> src(mem->Create("", w, h, 3, GDT_Byte, nullptr));
  for (int b = 0; b < 3; ++b) {
    cv::Mat channel;
    cv::extractChannel(scene.rgb, channel, b);
    if (src->GetRasterBand(b + 1)->RasterIO(GF_Write, 0, 0, w, h, channel.data, w, h, GDT_Byte, 0, int(channel.step)) !=
        CE_None)
      return Status::failure(lastGdalError());
  }
  const auto& gt = scene.geo.transform();
  double g[6] = {gt[0], gt[1], gt[2], gt[3], gt[4], gt[5]};
  src->SetGeoTransform(g);
  if (scene.geo.hasCrs()) src->SetProjection(scene.geo.crsWkt().toUtf8().constData());
  const QByteArray quality = QByteArray::number(jpegQuality);
  const QByteArray qualityOption = "JPEG_QUALITY=" + quality;
  const char* options[] = {"TILED=YES", "COMPRESS=JPEG", "PHOTOMETRIC=YCBCR", qualityOption.constData(), nullptr};
  const QByteArray p = path.toUtf8();
  CPLErrorReset();
  GDALDataset* out = gtiff->CreateCopy(p.constData(), src.get(), FALSE, const_cast<char**>(options), nullptr, nullptr);
  if (!out) return Status::failure(SceneSynthesizerText::tr("Cannot write “%1”: %2").arg(path, lastGdalError()));
  std::vector<int> factors = OverviewBuilder::factorsFor(w, h);
  CPLSetThreadLocalConfigOption("COMPRESS_OVERVIEW", "JPEG");
  CPLSetThreadLocalConfigOption("PHOTOMETRIC_OVERVIEW", "YCBCR");
  CPLSetThreadLocalConfigOption("JPEG_QUALITY_OVERVIEW", quality.constData());
  const CPLErr err = factors.empty() ? CE_None
                                     : out->BuildOverviews("AVERAGE", int(factors.size()), factors.data(), 0, nullptr,
                                                           nullptr, nullptr);
  CPLSetThreadLocalConfigOption("COMPRESS_OVERVIEW", nullptr);
  CPLSetThreadLocalConfigOption("PHOTOMETRIC_OVERVIEW", nullptr);
  CPLSetThreadLocalConfigOption("JPEG_QUALITY_OVERVIEW", nullptr);
  const QString msg = lastGdalError();
  GDALClose(out);
  if (err != CE_None)
    return Status::failure(SceneSynthesizerText::tr("Cannot build overviews in “%1”: %2").arg(path, msg));
  return Status();
}

}  // namespace rrsis
