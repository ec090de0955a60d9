#include "raster/tilecache.h"

#include <functional>

namespace rrsis {

std::size_t TileKeyHash::operator()(const TileKey& k) const {
  std::size_t h = std::hash<std::uint64_t>()(k.scene * 0x9E3779B97F4A7C15ull ^ k.generation);
  h ^= std::hash<std::uint64_t>()((std::uint64_t(std::uint32_t(k.level)) << 48) ^
                                  (std::uint64_t(std::uint32_t(k.x)) << 24) ^ std::uint32_t(k.y)) +
       0x9E3779B9 + (h << 6) + (h >> 2);
  return h;
}

TileCache::TileCache(std::size_t maxBytes) : maxBytes_(maxBytes) {}

void TileCache::setMaxBytes(std::size_t bytes) {
  maxBytes_ = bytes;
  evict();
}

std::size_t TileCache::costOf(const QImage& image) { return std::size_t(image.sizeInBytes()) + sizeof(Entry) + 64; }

const QImage* TileCache::find(const TileKey& key) {
  auto it = map_.find(key);
  if (it == map_.end()) return nullptr;
  lru_.splice(lru_.begin(), lru_, it->second);
  return &it->second->image;
}

void TileCache::insert(const TileKey& key, QImage image) {
  auto it = map_.find(key);
  if (it != map_.end()) {
    bytes_ -= it->second->cost;
    lru_.erase(it->second);
    map_.erase(it);
  }
  const std::size_t cost = costOf(image);
  lru_.push_front(Entry{key, std::move(image), cost});
  map_[key] = lru_.begin();
  bytes_ += cost;
  evict();
}

void TileCache::clear() {
  lru_.clear();
  map_.clear();
  bytes_ = 0;
}

void TileCache::evict() {
  // Keep at least the newest tile so a tiny budget still shows something.
  while (bytes_ > maxBytes_ && lru_.size() > 1) {
    const Entry& last = lru_.back();
    bytes_ -= last.cost;
    map_.erase(last.key);
    lru_.pop_back();
  }
}

}  // namespace rrsis
