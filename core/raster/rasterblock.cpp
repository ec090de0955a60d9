#include "raster/rasterblock.h"

namespace rrsis {

QString pixelTypeName(PixelType type) {
  switch (type) {
    case PixelType::Byte:
      return QStringLiteral("Byte");
    case PixelType::UInt16:
      return QStringLiteral("UInt16");
    case PixelType::Int16:
      return QStringLiteral("Int16");
    case PixelType::UInt32:
      return QStringLiteral("UInt32");
    case PixelType::Int32:
      return QStringLiteral("Int32");
    case PixelType::Float32:
      return QStringLiteral("Float32");
    case PixelType::Float64:
      return QStringLiteral("Float64");
  }
  return QStringLiteral("?");
}

int pixelTypeSize(PixelType type) {
  switch (type) {
    case PixelType::Byte:
      return 1;
    case PixelType::UInt16:
    case PixelType::Int16:
      return 2;
    case PixelType::UInt32:
    case PixelType::Int32:
    case PixelType::Float32:
      return 4;
    case PixelType::Float64:
      return 8;
  }
  return 1;
}

RasterBlock::RasterBlock(int width, int height, int bandCount, PixelType type)
    : width_(width), height_(height), bands_(bandCount), type_(type) {
  const std::size_t pixels = std::size_t(width) * std::size_t(height);
  data_.resize(pixels * std::size_t(bandCount) * std::size_t(pixelTypeSize(type)));
  validity_.assign(pixels, 255);
}

void* RasterBlock::bandData(int b) {
  return data_.data() + std::size_t(b) * std::size_t(width_) * height_ * pixelTypeSize(type_);
}

const void* RasterBlock::bandData(int b) const {
  return data_.data() + std::size_t(b) * std::size_t(width_) * height_ * pixelTypeSize(type_);
}

double RasterBlock::value(int b, int x, int y) const {
  const std::size_t i = std::size_t(y) * width_ + x;
  double v = 0;
  visitBand(*this, b, [&](const auto* p) { v = static_cast<double>(p[i]); });
  return v;
}

}  // namespace rrsis
