#pragma once
#include <algorithm>
#include <cstdint>
#include <vector>

#include "text/tokenizer.h"

namespace rrsis {

/**
 * Keeps the first `maxTokens` of `ids` (so a long expression loses its end token, as LAVT's
 * dataset code does), pads with `padId` and sets the mask to 1 for the kept ids. Counts the
 * kept ids equal to `unkId` and the ids that were cut off.
 */
inline TokenizedText truncateAndPad(const std::vector<int64_t>& ids, int maxTokens, int64_t padId, int64_t unkId) {
  const size_t limit = static_cast<size_t>(std::max(maxTokens, 0));
  const size_t kept = std::min(ids.size(), limit);
  TokenizedText out;
  out.ids.assign(limit, padId);
  out.attentionMask.assign(limit, 0);
  for (size_t i = 0; i < kept; ++i) {
    out.ids[i] = ids[i];
    out.attentionMask[i] = 1;
    if (ids[i] == unkId) ++out.unknownCount;
  }
  out.droppedCount = static_cast<int>(ids.size() - kept);
  return out;
}

}  // namespace rrsis
