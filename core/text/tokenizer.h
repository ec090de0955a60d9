#pragma once
#include <cstdint>
#include <vector>

#include <QString>
#include <QStringList>

namespace rrsis {

/** The ids a model receives for one expression: exactly `maxTokens` ids and mask entries. */
struct TokenizedText {
  std::vector<int64_t> ids;            ///< padded with the tokenizer's pad id (0 for BERT)
  std::vector<int64_t> attentionMask;  ///< 1 for real tokens, 0 for padding
  int unknownCount = 0;                ///< how many tokens mapped to the unknown id
  int droppedCount = 0;                ///< how many ids were cut off by truncation
  /** FIANet's object-word and position-phrase masks (same length as ids); empty for other models. */
  std::vector<int64_t> objectMask, positionMask;
};

/**
 * Turns a referring expression into token ids for a model. Implementations are immutable
 * after loading, so one instance may be shared by several threads.
 */
class Tokenizer {
 public:
  virtual ~Tokenizer() = default;
  /** "wordpiece" or "sentencepiece", as in a bundle's manifest. */
  virtual QString kind() const = 0;
  virtual int vocabSize() const = 0;
  /** The text pieces (for display and debugging), without special tokens or padding. */
  virtual QStringList pieces(const QString& text) const = 0;
  /** Encodes with the model's special tokens, truncates and pads to `maxTokens`. */
  virtual TokenizedText encode(const QString& text, int maxTokens) const = 0;
};

}  // namespace rrsis
