#include "inference/resultcache.h"

namespace rrsis {

QString ResultCache::key(const QString& scene, const QString& model, const QueryRequest& r) {
  // The expression goes last: it may contain any character, including the separator.
  return QStringLiteral("%1\x1f%2\x1f%3,%4,%5,%6\x1f%7\x1f%8\x1f%9")
      .arg(scene, model)
      .arg(r.region.x())
      .arg(r.region.y())
      .arg(r.region.width())
      .arg(r.region.height())
      .arg(r.tiled ? QStringLiteral("tiled") : QString::number(r.maxOutputSide))
      .arg(r.expression.simplified());
}

std::optional<QueryOutcome> ResultCache::find(const QString& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = index_.find(key);
  if (it == index_.end()) return std::nullopt;
  entries_.splice(entries_.begin(), entries_, it->second);
  return it->second->outcome;
}

void ResultCache::insert(const QString& key, const QueryOutcome& outcome) {
  std::lock_guard<std::mutex> lock(mutex_);
  const std::size_t size = outcome.map.bytes();
  if (size > budget_) return;
  if (auto it = index_.find(key); it != index_.end()) {
    bytes_ -= it->second->outcome.map.bytes();
    entries_.erase(it->second);
    index_.erase(it);
  }
  entries_.push_front({key, outcome});
  index_[key] = entries_.begin();
  bytes_ += size;
  while (bytes_ > budget_ && !entries_.empty()) {
    bytes_ -= entries_.back().outcome.map.bytes();
    index_.erase(entries_.back().key);
    entries_.pop_back();
  }
}

void ResultCache::clear() {
  std::lock_guard<std::mutex> lock(mutex_);
  entries_.clear();
  index_.clear();
  bytes_ = 0;
}

std::size_t ResultCache::bytes() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return bytes_;
}

int ResultCache::count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return int(entries_.size());
}

}  // namespace rrsis
