#pragma once
#include <memory>
#include <string>

#include <QHash>
#include <QString>
#include <QStringList>

#include "text/tokenizer.h"
#include "util/result.h"

namespace rrsis {

/**
 * The BERT WordPiece tokenizer exactly as LAVT uses it (its vendored
 * `bert/tokenization_bert.py` loaded with `from_pretrained('bert-base-uncased')`, then
 * `encode(text, add_special_tokens=True)`, cut to the first `maxTokens` ids and zero-padded).
 *
 * Faithful to that code, including what it does not do: no NFKC (full-width letters stay
 * full-width), no removal of control characters (LAVT never calls `_clean_text`, so a word
 * containing one becomes [UNK]), accents kept when not lower-casing. Special tokens typed in
 * the text ([CLS], [SEP], [PAD], [UNK], [MASK], upper case) are kept whole.
 *
 * Immutable after `load`; one instance may be used by several threads at once.
 */
class WordPieceTokenizer : public Tokenizer {
 public:
  /**
   * Reads a BERT `vocab.txt` (one token per line, the id is the line number). Fails with a
   * message naming the file when it is missing, unreadable, empty, not UTF-8, or lacks one of
   * [CLS], [SEP], [UNK], [PAD].
   */
  static Result<std::unique_ptr<WordPieceTokenizer>> load(const QString& vocabPath, bool lowercase = true);

  QString kind() const override;
  /** The number of distinct tokens in the vocabulary file. */
  int vocabSize() const override;
  /** Same as tokenize(). */
  QStringList pieces(const QString& text) const override;
  /** [CLS] ids [SEP], the first `maxTokens` kept, zero-padded; unknownCount counts kept ids. */
  TokenizedText encode(const QString& text, int maxTokens) const override;

  /** The word pieces ("##" marks a continuation), "[UNK]" for words that do not split. */
  QStringList tokenize(const QString& text) const;
  /** The id of one token; the [UNK] id when the vocabulary lacks it. */
  int tokenId(const QString& token) const;
  bool lowercase() const { return lowercase_; }

 private:
  WordPieceTokenizer(QHash<QString, int> vocab, bool lowercase);
  void tokenizeSegment(const QString& segment, QStringList& out) const;
  void appendWordPieces(const std::u32string& word, QStringList& out) const;

  QHash<QString, int> vocab_;
  bool lowercase_;
  int unkId_ = 0;
  int clsId_ = 0;
  int sepId_ = 0;
  int maskId_ = 0;
};

}  // namespace rrsis
