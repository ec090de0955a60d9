#pragma once
#include <cstdint>
#include <random>
#include <vector>

#include <QString>
#include <opencv2/core.hpp>

#include "raster/georeference.h"
#include "util/result.h"

namespace rrsis {

/** What a synthetic object is; the RefSegRS categories plus water. */
enum class SynthCategory {
  Road,
  RoadMarking,
  Sidewalk,
  Bikeway,
  Building,
  Car,
  Van,
  Truck,
  Bus,
  Trailer,
  Vehicle,
  Tree,
  LowVegetation,
  ImperviousSurface,
  Water
};

/** "road", "road marking", ... as RefSegRS names the category. */
QString synthCategoryName(SynthCategory category);

/** One object drawn into a synthetic scene, with what an expression may say about it. */
struct SynthObject {
  SynthCategory category = SynthCategory::Road;
  QString colour;                  ///< colour word ("red", "white"), empty where meaningless
  std::vector<cv::Point> polygon;  ///< outline in scene pixels
  cv::Rect box;                    ///< bounding box in scene pixels
};

/** A synthetic aerial scene: 8-bit RGB pixels, the objects drawn, and where it lies. */
struct SynthScene {
  cv::Mat rgb;  ///< CV_8UC3, RGB order
  std::vector<SynthObject> objects;
  GeoReference geo;
  double groundSampleDistance = 0.13;  ///< metres per pixel
};

/**
 * Draws aerial-like scenes at about 13 cm per pixel (the RefSegRS ground scale): roads with
 * markings and sidewalks, buildings with roofs and shadows, vehicles of several colours on
 * roads and parking lots, trees, low vegetation, water. Deterministic for a given seed on a
 * given platform. Everything it draws is synthetic; no real place is depicted.
 */
class SceneSynthesizer {
 public:
  explicit SceneSynthesizer(std::uint64_t seed);

  /** A scene of `width` x `height` pixels placed in UTM zone 32N (EPSG:32632). */
  SynthScene generate(int width, int height);

  /** Writes a scene as a tiled, JPEG-compressed, georeferenced GeoTIFF with overviews. */
  static Status writeGeoTiff(const SynthScene& scene, const QString& path, int jpegQuality = 85);

 private:
  double uniform(double lo, double hi);
  int uniformInt(int lo, int hi);  // inclusive
  bool chance(double p) { return uniform(0, 1) < p; }

  void drawGround(SynthScene& s);
  void drawWater(SynthScene& s);
  void drawRoad(SynthScene& s, cv::Point2d a, cv::Point2d b, double widthPx);
  void drawParkingLot(SynthScene& s, cv::Rect area);
  void drawBuilding(SynthScene& s, cv::RotatedRect footprint);
  void drawVehicle(SynthScene& s, cv::Point2d centre, double angleDeg, SynthCategory kind);
  void drawTree(SynthScene& s, cv::Point2d centre, double radius);
  bool isFree(const SynthScene& s, const cv::Rect& box) const;
  void addNoise(SynthScene& s);

  std::mt19937_64 rng_;
  cv::Mat occupied_;  // CV_8U: 255 where a solid object (road, building, water) already is
};

}  // namespace rrsis
