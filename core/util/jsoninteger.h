#pragma once
#include <cmath>

#include <QJsonValue>

namespace rrsis {

/**
 * A JSON number as a whole number, or `fallback` when the value is not a number, not whole,
 * or beyond ±2^53 (where doubles stop holding every integer). Outside data never reaches an
 * out-of-range float-to-integer conversion, which would be undefined.
 */
inline qint64 jsonInteger(const QJsonValue& value, qint64 fallback) {
  if (!value.isDouble()) return fallback;
  const double d = value.toDouble();
  constexpr double kLimit = 9007199254740992.0;  // 2^53
  if (!(std::abs(d) <= kLimit) || d != std::trunc(d)) return fallback;
  return qint64(d);
}

}  // namespace rrsis
