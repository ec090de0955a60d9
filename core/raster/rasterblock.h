#pragma once
#include <cstdint>
#include <vector>

#include <QString>

namespace rrsis {

/** The sample types a raster band can hold (the ones RRSIS Studio reads). */
enum class PixelType { Byte, UInt16, Int16, UInt32, Int32, Float32, Float64 };

/** "Byte", "UInt16", ... as GDAL names them. */
QString pixelTypeName(PixelType type);
/** Bytes per sample. */
int pixelTypeSize(PixelType type);

/**
 * A window of raster samples in its native type, band-sequential (all of band 0, then band
 * 1, ...), plus one validity byte per pixel (0 = nodata/masked in any band, 255 = valid).
 * A value type: owns its memory, cheap to move.
 */
class RasterBlock {
 public:
  RasterBlock() = default;
  RasterBlock(int width, int height, int bandCount, PixelType type);

  int width() const { return width_; }
  int height() const { return height_; }
  int bandCount() const { return bands_; }
  PixelType type() const { return type_; }
  bool isEmpty() const { return width_ <= 0 || height_ <= 0 || bands_ <= 0; }

  /** Raw samples of band `b` (0-based): width*height values of type(). */
  void* bandData(int b);
  const void* bandData(int b) const;

  /** Sample of band `b` at (x, y) converted to double. */
  double value(int b, int x, int y) const;

  /** Per-pixel validity (width*height bytes, 255 valid, 0 invalid). */
  std::uint8_t* validity() { return validity_.data(); }
  const std::uint8_t* validity() const { return validity_.data(); }
  bool isValid(int x, int y) const { return validity_[std::size_t(y) * width_ + x] != 0; }

 private:
  int width_ = 0;
  int height_ = 0;
  int bands_ = 0;
  PixelType type_ = PixelType::Byte;
  std::vector<std::uint8_t> data_;
  std::vector<std::uint8_t> validity_;
};

/** Calls f(const T* samples) with band `b`'s samples typed as their C++ type. */
template <class F>
void visitBand(const RasterBlock& block, int b, F&& f) {
  const void* p = block.bandData(b);
  switch (block.type()) {
    case PixelType::Byte:
      f(static_cast<const std::uint8_t*>(p));
      break;
    case PixelType::UInt16:
      f(static_cast<const std::uint16_t*>(p));
      break;
    case PixelType::Int16:
      f(static_cast<const std::int16_t*>(p));
      break;
    case PixelType::UInt32:
      f(static_cast<const std::uint32_t*>(p));
      break;
    case PixelType::Int32:
      f(static_cast<const std::int32_t*>(p));
      break;
    case PixelType::Float32:
      f(static_cast<const float*>(p));
      break;
    case PixelType::Float64:
      f(static_cast<const double*>(p));
      break;
  }
}

}  // namespace rrsis
