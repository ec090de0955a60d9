#pragma once
#include <cstdint>
#include <list>
#include <unordered_map>

#include <QImage>

namespace rrsis {

/** Identifies a rendered display tile: which scene and display mapping, which level and cell. */
struct TileKey {
  std::uint64_t scene = 0;       ///< serial of the opened scene
  std::uint64_t generation = 0;  ///< bumped whenever the display mapping changes
  int level = 0;
  int x = 0;
  int y = 0;
  bool operator==(const TileKey& o) const {
    return scene == o.scene && generation == o.generation && level == o.level && x == o.x && y == o.y;
  }
};

struct TileKeyHash {
  std::size_t operator()(const TileKey& k) const;
};

/**
 * A byte-bounded least-recently-used cache of rendered tiles. GUI-thread only. Memory stays
 * under the budget whatever the size of the scene.
 */
class TileCache {
 public:
  explicit TileCache(std::size_t maxBytes = std::size_t(256) * 1024 * 1024);

  void setMaxBytes(std::size_t bytes);
  std::size_t maxBytes() const { return maxBytes_; }
  std::size_t bytes() const { return bytes_; }
  std::size_t count() const { return map_.size(); }

  /** The tile, marked as most recently used; null when absent. */
  const QImage* find(const TileKey& key);
  bool contains(const TileKey& key) const { return map_.count(key) != 0; }
  void insert(const TileKey& key, QImage image);
  void clear();

  static std::size_t costOf(const QImage& image);

 private:
  void evict();
  struct Entry {
    TileKey key;
    QImage image;
    std::size_t cost;
  };
  std::list<Entry> lru_;  // front = most recent
  std::unordered_map<TileKey, std::list<Entry>::iterator, TileKeyHash> map_;
  std::size_t maxBytes_;
  std::size_t bytes_ = 0;
};

}  // namespace rrsis
