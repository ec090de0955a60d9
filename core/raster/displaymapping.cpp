#include "raster/displaymapping.h"

#include <algorithm>
#include <cmath>

#include "raster/scenestatistics.h"

namespace rrsis {

namespace {

/** Linear stretch of one channel, with a 256-entry table for 8-bit samples. */
struct Stretch {
  double min = 0, scale = 1;
  bool flat = false;
  std::array<std::uint8_t, 256> lut{};

  Stretch(double lo, double hi, PixelType type) : min(lo), flat(!(hi > lo)) {
    scale = flat ? 0.0 : 255.0 / (hi - lo);
    if (type == PixelType::Byte)
      for (int v = 0; v < 256; ++v) lut[v] = map(double(v));
  }
  std::uint8_t map(double v) const {
    if (flat) return v < min ? 0 : 255;
    const double s = (v - min) * scale;
    if (!(s > 0.0))  // also NaN
      return 0;
    return s >= 255.0 ? 255 : static_cast<std::uint8_t>(s + 0.5);
  }
};

/** Writes one channel (shift 16 = red, 8 = green, 0 = blue) of every pixel. */
void fillChannel(const RasterBlock& block, int b, const Stretch& st, std::uint32_t* out, int shift) {
  const std::size_t n = std::size_t(block.width()) * block.height();
  visitBand(block, b, [&](const auto* p) {
    using T = std::decay_t<decltype(*p)>;
    if constexpr (std::is_same_v<T, std::uint8_t>) {
      for (std::size_t i = 0; i < n; ++i) out[i] |= std::uint32_t(st.lut[p[i]]) << shift;
    } else {
      for (std::size_t i = 0; i < n; ++i) out[i] |= std::uint32_t(st.map(double(p[i]))) << shift;
    }
  });
}

}  // namespace

bool DisplayMapping::operator==(const DisplayMapping& o) const {
  return mode == o.mode && bands == o.bands && minimum == o.minimum && maximum == o.maximum &&
         lowPercent == o.lowPercent && highPercent == o.highPercent;
}

DisplayMapping DisplayMapping::defaultFor(const RasterInfo& info, const SceneStatistics& stats,
                                          const StretchDefaults& defaults) {
  DisplayMapping m;
  if (info.bandCount() >= 3) {
    m.mode = Mode::Rgb;
    m.bands = {1, 2, 3};
    std::array<int, 3> byColour{0, 0, 0};
    for (int b = 0; b < info.bandCount(); ++b) {
      const QString& ci = info.bands[b].colorInterpretation;
      if (ci == QLatin1String("Red") && !byColour[0]) byColour[0] = b + 1;
      if (ci == QLatin1String("Green") && !byColour[1]) byColour[1] = b + 1;
      if (ci == QLatin1String("Blue") && !byColour[2]) byColour[2] = b + 1;
    }
    if (byColour[0] && byColour[1] && byColour[2]) m.bands = byColour;
  } else {
    m.mode = Mode::Gray;
    m.bands = {1, 1, 1};
  }
  bool allByte = true;
  for (int c = 0; c < m.channelCount(); ++c) allByte = allByte && info.bands[m.bands[c] - 1].type == PixelType::Byte;
  if (allByte && !defaults.stretchByteImagery) {
    m.minimum = {0, 0, 0};
    m.maximum = {255, 255, 255};
    m.lowPercent = 0;
    m.highPercent = 100;
  } else {
    m.applyPercentiles(stats, defaults.lowPercent, defaults.highPercent);
  }
  return m;
}

void DisplayMapping::applyPercentiles(const SceneStatistics& stats, double low, double high) {
  lowPercent = low;
  highPercent = high;
  for (int c = 0; c < 3; ++c) {
    minimum[c] = stats.percentile(bands[c], low);
    maximum[c] = stats.percentile(bands[c], high);
  }
}

std::vector<int> DisplayMapping::readBands() const {
  std::vector<int> out;
  for (int c = 0; c < channelCount(); ++c)
    if (std::find(out.begin(), out.end(), bands[c]) == out.end()) out.push_back(bands[c]);
  return out;
}

QImage DisplayMapping::render(const RasterBlock& block) const {
  QImage img(block.width(), block.height(), QImage::Format_ARGB32_Premultiplied);
  if (img.isNull() || block.isEmpty()) return img;
  const std::vector<int> order = readBands();
  auto indexOf = [&](int band) { return int(std::find(order.begin(), order.end(), band) - order.begin()); };
  const std::size_t n = std::size_t(block.width()) * block.height();
  std::vector<std::uint32_t> px(n, 0);
  if (mode == Mode::Gray) {
    const Stretch st(minimum[0], maximum[0], block.type());
    fillChannel(block, indexOf(bands[0]), st, px.data(), 0);
    for (auto& v : px) v = v | (v << 8) | (v << 16);
  } else {
    for (int c = 0; c < 3; ++c) {
      const Stretch st(minimum[c], maximum[c], block.type());
      fillChannel(block, indexOf(bands[c]), st, px.data(), 16 - 8 * c);
    }
  }
  const std::uint8_t* valid = block.validity();
  for (int y = 0; y < block.height(); ++y) {
    auto* line = reinterpret_cast<std::uint32_t*>(img.scanLine(y));
    const std::size_t row = std::size_t(y) * block.width();
    for (int x = 0; x < block.width(); ++x) line[x] = valid[row + x] ? (0xFF000000u | px[row + x]) : 0u;
  }
  return img;
}

}  // namespace rrsis
