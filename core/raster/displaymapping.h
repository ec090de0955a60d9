#pragma once
#include <array>
#include <vector>

#include <QImage>

#include "raster/rasterblock.h"
#include "raster/rasterinfo.h"

namespace rrsis {

class SceneStatistics;

/** The defaults a new scene's stretch starts from (a preference). */
struct StretchDefaults {
  double lowPercent = 2.0;
  double highPercent = 98.0;
  /** 8-bit imagery is shown as stored (0..255) unless this is set. */
  bool stretchByteImagery = false;
};

/**
 * Turns 1..N bands of any sample type into display RGB: which band feeds which channel, and
 * a linear stretch [min, max] -> [0, 255] per channel. Nodata and masked pixels come out
 * fully transparent. A value type; the scene owns the current one.
 */
class DisplayMapping {
 public:
  enum class Mode { Rgb, Gray };

  Mode mode = Mode::Rgb;
  std::array<int, 3> bands{1, 2, 3};  ///< 1-based; Gray uses bands[0]
  std::array<double, 3> minimum{0, 0, 0};
  std::array<double, 3> maximum{255, 255, 255};
  double lowPercent = 2.0;  ///< the percentiles minimum/maximum came from, for the dialog
  double highPercent = 98.0;

  bool operator==(const DisplayMapping& o) const;
  bool operator!=(const DisplayMapping& o) const { return !(*this == o); }

  /** RGB from the bands marked red/green/blue (else 1-3), gray for 1-2 bands. */
  static DisplayMapping defaultFor(const RasterInfo& info, const SceneStatistics& stats,
                                   const StretchDefaults& defaults);

  /** Sets every channel's min/max to the given percentiles of its band. */
  void applyPercentiles(const SceneStatistics& stats, double low, double high);

  int channelCount() const { return mode == Mode::Gray ? 1 : 3; }
  /** The distinct bands a block must hold for render(), in this order. */
  std::vector<int> readBands() const;

  /** Renders a block read with readBands() into an ARGB32 premultiplied image. */
  QImage render(const RasterBlock& block) const;
};

}  // namespace rrsis
