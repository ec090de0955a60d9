#pragma once
// What every tokenizer's encoding of arbitrary bytes must give (the WordPiece and SentencePiece
// harnesses).
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QString>

#include "text/tokenizer.h"

namespace rrsis::fuzz {

/** Encodes `data` as UTF-8 text; aborts unless the ids fit the vocabulary and the asked length. */
inline QString checkEncoding(const Tokenizer& tokenizer, const std::uint8_t* data, std::size_t size) {
  const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
  const int maxTokens = 1 + int(size % 40);
  const TokenizedText t = tokenizer.encode(text, maxTokens);
  if (int(t.ids.size()) != maxTokens || t.attentionMask.size() != t.ids.size()) std::abort();
  for (const auto id : t.ids)
    if (id < 0 || id >= tokenizer.vocabSize()) std::abort();
  return text;
}

}  // namespace rrsis::fuzz
