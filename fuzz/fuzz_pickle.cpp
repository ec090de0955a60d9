// The pickle reader (refs(unc).p, checkpoint metadata) on arbitrary bytes: it must answer with a
// value or a message, never crash, hang or read out of bounds. What it reads must survive
// writePickle and a second read unchanged in shape (a property of the writer and reader together).
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "util/pickle.h"

namespace {

/** Counts the values in a tree (bounded depth: shared containers may repeat, not loop). */
std::size_t countValues(const rrsis::PickleValue& v, int depth = 0) {
  if (depth > 64) return 1;
  std::size_t n = 1;
  if (v.items)
    for (const auto& item : *v.items) n += countValues(item, depth + 1);
  if (v.pairs)
    for (const auto& [key, value] : *v.pairs) n += countValues(key, depth + 1) + countValues(value, depth + 1);
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
  auto value = rrsis::readPickle(bytes);
  if (!value) {
    if (value.error().isEmpty()) std::abort();  // every failure says why
    return 0;
  }
  if (countValues(*value) > 200000) return 0;  // the memo can make deep sharing; skip the rewrite
  auto again = rrsis::readPickle(rrsis::writePickle(*value));
  if (!again || countValues(*again) != countValues(*value)) std::abort();
  return 0;
}
