#pragma once
#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <unordered_map>

#include <QRect>
#include <QString>

#include "inference/queryrunner.h"

namespace rrsis {

/**
 * Finished query results by (scene, display generation, region, mode, expression, model),
 * so re-running a query is instant. Least recently used results go first once the byte
 * budget is exceeded. Thread-safe.
 */
class ResultCache {
 public:
  explicit ResultCache(std::size_t budgetBytes = std::size_t(512) << 20) : budget_(budgetBytes) {}

  /** The key of a query; `scene` and `model` identify the data and the loaded bundle. */
  static QString key(const QString& scene, const QString& model, const QueryRequest& request);

  std::optional<QueryOutcome> find(const QString& key);
  void insert(const QString& key, const QueryOutcome& outcome);
  void clear();
  std::size_t bytes() const;
  int count() const;

 private:
  struct Entry {
    QString key;
    QueryOutcome outcome;
  };
  mutable std::mutex mutex_;
  std::size_t budget_;
  std::size_t bytes_ = 0;
  std::list<Entry> entries_;  // most recent first
  std::unordered_map<QString, std::list<Entry>::iterator> index_;
};

}  // namespace rrsis
